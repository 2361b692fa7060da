/**
 * The finance team's command against the kit's sandbox: it syncs the lead provider's statements and declarations,
 * prints each breakdown and writes the CSVs, and refuses bad options and bad terms files with every problem listed.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { displayPounds, npqStatementDeclarationsCsvHeader, readForecastContract } from "@lpkit/engine";
import type { SandboxLeadProvider } from "@lpkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runForecast } from "../src/run-forecast.ts";
import { contractTermsFromBreakdowns } from "./support/contract-terms-from-breakdowns.ts";
import { ecfCalculation } from "./support/ecf-calculation.ts";
import { npqBreakdown } from "./support/npq-calculation.ts";
import { npqContractTermsFromBreakdowns } from "./support/npq-contract-terms-from-breakdowns.ts";
import { type RunningSandbox, startSandbox } from "./support/start-sandbox.ts";

let running: RunningSandbox;
let provider: SandboxLeadProvider;
let folder: string;
beforeAll(async () => {
  running = await startSandbox({ now: "2025-10-01T09:30:00Z", seed: 7 });
  const found = (await running.control.leadProviders()).find(({ name }) => name === "Ambition Institute");
  if (found === undefined) {
    throw new Error("Ambition Institute is not in the seeded world");
  }
  provider = found;
  folder = await mkdtemp(join(tmpdir(), "forecast-statements-"));
});
afterAll(async () => {
  await running.close();
  await rm(folder, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = { LEAD_PROVIDER_API_TOKEN: provider.token }) {
  let out = "";
  let error = "";
  const code = await runForecast(argv, {
    env,
    out: (text) => {
      out += text;
    },
    error: (text) => {
      error += text;
    },
  });
  return { code, out, error };
}

/** The seeded contracts' terms, as the lead provider would copy them from its contracts into the file. */
async function writeTermsFile(): Promise<string> {
  const summaries = await running.control.statements({ lead_provider_id: provider.id });
  const calculations = [];
  for (const summary of summaries) {
    calculations.push(await ecfCalculation(running.control, summary.id));
  }
  const path = join(folder, "contract-terms.json");
  await writeFile(path, JSON.stringify(contractTermsFromBreakdowns(calculations, [])));
  return path;
}

/** The seeded NPQ contracts' terms, from DfE finance's view of the provider's NPQ statements. */
async function writeNpqTermsFile(leadProviderId: string): Promise<string> {
  const summaries = await running.control.statements({ lead_provider_id: leadProviderId, programme: "npq" });
  const breakdowns = [];
  for (const summary of summaries) {
    breakdowns.push(await npqBreakdown(running.control, summary.id));
  }
  const path = join(folder, "npq-contract-terms.json");
  await writeFile(path, JSON.stringify(npqContractTermsFromBreakdowns(breakdowns)));
  return path;
}

describe("bash scripts/kit.sh forecast", () => {
  it("prints each statement's breakdown and writes a CSV of every statement that matches DfE finance's", async () => {
    const contract = await writeTermsFile();
    const out = join(folder, "out");
    const result = await run(["--api", running.ecfBaseUrl, "--contract", contract, "--out", out]);
    expect(result).toMatchObject({ code: 0, error: "" });
    expect(result.out).toContain("November 2025 statement, 2025 cohort (to be paid 2025-11-25");
    expect(result.out).toContain("adjustments: The API does not show a statement's adjustments");
    expect(result.out).toContain("On every statement: The API shows no statement_id for a declaration voided");

    const csv = (await readFile(join(out, "statements.csv"), "utf8")).trimEnd().split("\r\n");
    expect(csv[0]).toBe(
      "statement_id,cohort,month,year,cut_off_date,payment_date,paid,output_payment,uplift_fees,service_fee,clawbacks,adjustments,subtotal,vat,total,not_determined",
    );
    const outputStatements = await running.control.statements({ lead_provider_id: provider.id, fee_type: "output" });
    expect(csv).toHaveLength(outputStatements.length + 1);
    // A paid statement's total is DfE finance's, to the penny.
    const paid = outputStatements.find(({ status }) => status === "paid");
    const row = csv.find((line) => line.startsWith(`${paid?.id},`))?.split(",");
    const calculation = await ecfCalculation(running.control, paid?.id as string);
    expect(row?.[14]).toBe(calculation.totals.total);

    // Each declaration paid or clawed back on it, banded as DfE finance bands it; voided ones show no statement in
    // the API, so the sandbox's voided rows are the only ones missing.
    const declarations = await readFile(
      join(out, `${paid?.cohort}-cohort-${paid?.year}-${paid?.month.toLowerCase()}-statement.csv`),
      "utf8",
    );
    const finance = await running.control.statementDeclarationsCsv(paid?.id as string);
    const notVoided = finance.split("\r\n").filter((line) => line.split(",")[8] !== "voided");
    expect(declarations.split("\r\n")).toEqual(notVoided);
    expect(notVoided.length).toBeGreaterThan(2);
  });

  it("--programme npq forecasts the NPQ statements from the NPQ API, each as DfE finance calculates it", async () => {
    const npqProvider = (await running.control.npqLeadProviders()).find(({ name }) => name === "Ambition Institute");
    const contract = await writeNpqTermsFile(npqProvider?.id as string);
    const out = join(folder, "npq-out");
    const result = await run(
      ["--programme", "npq", "--api", running.control.npqBaseUrl, "--contract", contract, "--out", out],
      {
        LEAD_PROVIDER_API_TOKEN: npqProvider?.token as string,
      },
    );
    // The next year's two cohorts share a start year, and no one has declared on their statements yet: the API
    // cannot tell which cohort's each is. Nothing is wrong, so the command prints what each would pay and exits 0.
    expect(result.error).toBe("");
    expect(result.code).toBe(0);
    const awaiting = [
      ...result.out.matchAll(
        /statement, start year \d{4} \([^,]+, (\S+)\): cohort not known yet\n(?:.*\n){2}((?: {4}\S+ {2}.*\n)+)/g,
      ),
    ];
    expect(awaiting.length).toBeGreaterThan(0);
    expect(result.out).toMatch(
      new RegExp(`${awaiting.length} statements? with no declarations yet could not be told apart from another cohort`),
    );
    // One of the figures given is the statement's total in DfE finance's view: the one of its real cohort.
    for (const [, statementId, figures] of awaiting) {
      const breakdown = await npqBreakdown(running.control, statementId as string);
      expect(figures).toContain(`    ${breakdown.cohort}  £`);
      const figure = new RegExp(`^ {4}${breakdown.cohort} {2}(.*)$`, "m").exec(figures as string)?.[1];
      expect(figure).toBe(displayPounds(breakdown.calculation.totals.total));
    }
    expect(result.out).toMatch(/NPQ \w+ \d{4} statement, 2024a cohort \(paid \d{4}-\d{2}-\d{2}/);
    expect(result.out).toContain("Targeted delivery funding");
    expect(result.out).toContain("Each NPQ service fee statement, 2025a cohort");

    const csv = (await readFile(join(out, "statements.csv"), "utf8")).trimEnd().split("\r\n");
    expect(csv[0]).toBe(
      "statement_id,cohort,month,year,cut_off_date,payment_date,paid,output_payment,service_fee,targeted_delivery_funding,clawbacks,adjustments,total,special_courses,not_determined",
    );
    // A paid statement with declarations: its total is DfE finance's, to the penny, and so is each declaration's row.
    const paid = csv
      .slice(1)
      .map((line) => line.split(","))
      .find((row) => row[6] === "true" && row[7] !== "0.00");
    const breakdown = await npqBreakdown(running.control, paid?.[0] as string);
    expect(paid?.[12]).toBe(breakdown.calculation.totals.total);
    const declarations = await readFile(
      join(out, `${paid?.[1]}-cohort-${paid?.[3]}-${paid?.[2]?.toLowerCase()}-statement.csv`),
      "utf8",
    );
    const finance = await running.control.statementDeclarationsCsv(paid?.[0] as string);
    const countedAs = npqStatementDeclarationsCsvHeader.indexOf("counted_as");
    const notVoided = finance.split("\r\n").filter((line) => line.split(",")[countedAs] !== "voided");
    expect(declarations.split("\r\n")).toEqual(notVoided);
    expect(notVoided.length).toBeGreaterThan(2);
  });

  it("refuses an unknown --programme", async () => {
    const result = await run(["--programme", "itt", "--api", "lpkit", "--contract", "terms.json"]);
    expect(result.code).toBe(2);
    expect(result.error).toContain('--programme must be ecf or npq, not "itt"');
  });

  it("refuses a terms file with every problem listed, and exits 2", async () => {
    const path = join(folder, "broken.json");
    await writeFile(path, JSON.stringify({ contracts: [{ cohort: 2019 }] }));
    const result = await run(["--api", running.ecfBaseUrl, "--contract", path]);
    expect(result.code).toBe(2);
    expect(result.error).toContain("Nothing could be forecast:");
    expect(result.error).toContain("contracts[0].cohort must be a whole number, from 2021 to 2100");
    expect(result.error).toContain("contracts[0].banded is required and must be an object");
  });

  it("needs --api, --contract and the token, and says so with the usage", async () => {
    const result = await run([], {});
    expect(result.code).toBe(2);
    expect(result.error).toContain("--api is required\n--contract is required\nLEAD_PROVIDER_API_TOKEN is not set");
    expect(result.error).toContain("Usage: bash scripts/kit.sh forecast");
  });

  it("ships an example terms file the forecast accepts", async () => {
    const example = JSON.parse(await readFile(new URL("../contract-terms.example.json", import.meta.url), "utf8"));
    expect(readForecastContract(example).ok).toBe(true);
  });
});
