/**
 * The oracle: for seeded sandbox worlds at several points of a cohort's life, the forecast made from nothing but the
 * Lead Provider API's responses (and the contract's terms) equals DfE finance's own calculation of every statement
 * of every lead provider, `GET /__sandbox/statements/{id}/breakdown`, to the penny. Where the API cannot reveal a
 * figure, the forecast must say so: voided counts always, uplift fees of started declarations not yet paid.
 */
import {
  forecastStatements,
  type StatementCalculation,
  type StatementsForecast,
  statementDeclarationsCsv,
} from "@lpkit/engine";
import { buildDeclaration, createEcfClient, type SandboxClient, type SandboxLeadProvider } from "@lpkit/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncProviderData } from "../src/sync-provider-data.ts";
import { withoutUpliftFigures, withoutVoidedCounts } from "./support/comparable-calculation.ts";
import { contractTermsFromBreakdowns } from "./support/contract-terms-from-breakdowns.ts";
import { ecfCalculation } from "./support/ecf-calculation.ts";
import { type RunningSandbox, startSandbox } from "./support/start-sandbox.ts";

let running: RunningSandbox;
beforeAll(async () => {
  running = await startSandbox({ now: "2025-10-01T09:30:00Z" });
});
afterAll(() => running.close());

/** What the oracle saw, summed over a world, so that each test can show the cases it covered were there. */
interface Coverage {
  statements: number;
  exact: number;
  upliftUndetermined: number;
  clawbacks: number;
  upliftFees: number;
  mentorFlatRate: number;
  serviceFee: number;
  /** Declarations compared row by row with DfE finance's CSV. */
  declarationRows: number;
}

const emptyCoverage: Coverage = {
  statements: 0,
  exact: 0,
  upliftUndetermined: 0,
  clawbacks: 0,
  upliftFees: 0,
  mentorFlatRate: 0,
  serviceFee: 0,
  declarationRows: 0,
};

/** `rows`: compare each statement's declarations with DfE finance's CSV too (a request per statement, so not always). */
async function expectForecastsToMatchBreakdowns(control: SandboxClient, { rows = false } = {}): Promise<Coverage> {
  const coverage = { ...emptyCoverage };
  for (const provider of await control.leadProviders()) {
    await expectProviderToMatch(control, provider, coverage, rows);
  }
  return coverage;
}

async function expectProviderToMatch(
  control: SandboxClient,
  provider: SandboxLeadProvider,
  coverage: Coverage,
  rows: boolean,
) {
  const data = await syncProviderData({ baseUrl: running.ecfBaseUrl, token: provider.token });
  const summaries = await control.statements({ lead_provider_id: provider.id });
  const breakdowns = new Map<string, StatementCalculation>();
  for (const summary of summaries) {
    breakdowns.set(summary.id, await ecfCalculation(control, summary.id));
  }
  const outputIds = summaries.filter((summary) => summary.fee_type === "output").map((summary) => summary.id);
  const contract = contractTermsFromBreakdowns([...breakdowns.values()], outputIds);
  const forecast = forecastStatements({ contract, ...data });

  expect(forecast.problems).toEqual([]);
  // The API lists exactly the output statements; the forecast covers each of them.
  expect(forecast.forecasts.map((statement) => statement.statementId).sort()).toEqual(outputIds.toSorted());
  for (const statement of forecast.forecasts) {
    const breakdown = withoutVoidedCounts(breakdowns.get(statement.statementId) as StatementCalculation);
    coverage.statements += 1;
    expect(statement.undetermined.map(({ figure }) => figure)).toContain("voided");
    const uplift = statement.undetermined.find(({ figure }) => figure === "upliftFees");
    if (uplift === undefined) {
      expect(statement.calculation, `statement ${statement.statementId}`).toEqual(breakdown);
      // Declaration by declaration too: the band and amount of each, as DfE finance's CSV has them (voided rows
      // aside, for the same reason as the counts). A statement without any is the header alone, and the
      // calculation above already shows it has none.
      if (rows && statement.declarations.length > 0) {
        const csv = statementDeclarationsCsv({
          statementId: statement.statementId,
          rows: statement.declarations,
          calculation: statement.calculation,
        });
        const finance = await control.statementDeclarationsCsv(statement.statementId);
        const notVoided = finance.split("\r\n").filter((line) => line.split(",")[8] !== "voided");
        expect(csv.split("\r\n"), `statement ${statement.statementId}`).toEqual(notVoided);
        coverage.declarationRows += statement.declarations.length;
      }
      coverage.exact += 1;
    } else {
      // The API hides the uplifts of declarations not paid yet: the forecast may count fewer, never more, and
      // misses at most the declarations it names; every other figure agrees.
      const missing = upliftsOf(breakdown) - upliftsOf(statement.calculation);
      expect(missing).toBeGreaterThanOrEqual(0);
      expect(missing).toBeLessThanOrEqual(uplift.declarations ?? 0);
      expect(withoutUpliftFigures(statement.calculation)).toEqual(withoutUpliftFigures(breakdown));
      coverage.upliftUndetermined += 1;
    }
    coverage.clawbacks += statement.calculation.totals.clawbacks === "0.00" ? 0 : 1;
    coverage.upliftFees += statement.calculation.totals.upliftFees === "0.00" ? 0 : 1;
    coverage.mentorFlatRate += statement.calculation.feeStructures.some(
      (fees) => fees.model === "ecf-mentor-flat-rate" && fees.totals.outputPayment !== "0.00",
    )
      ? 1
      : 0;
  }
  expectServiceFeeStatementsToMatch(forecast, summaries, breakdowns, coverage);
}

/**
 * Service fee statements are not in the API, so the forecast cannot place them among the cohort's statements: each
 * pays its cohort's monthly service fee and VAT, which is what is compared (their band rows would show the earlier
 * statements' counts, which move no money on a statement without declarations).
 */
function expectServiceFeeStatementsToMatch(
  forecast: StatementsForecast,
  summaries: readonly { id: string; fee_type: string; cohort: string }[],
  breakdowns: ReadonlyMap<string, StatementCalculation>,
  coverage: Coverage,
) {
  for (const summary of summaries.filter(({ fee_type }) => fee_type === "service")) {
    const cohort = forecast.serviceFeeStatements.find((statement) => String(statement.cohort) === summary.cohort);
    expect(cohort && moneyOf(cohort.calculation), `service fee statement ${summary.id}`).toEqual(
      moneyOf(breakdowns.get(summary.id) as StatementCalculation),
    );
    coverage.serviceFee += 1;
  }
}

/** A statement's money: the service fee's working, VAT and every total. */
function moneyOf(calculation: StatementCalculation) {
  const banded = calculation.feeStructures.find((fees) => fees.model === "ecf-banded");
  return {
    serviceFee: banded?.model === "ecf-banded" ? banded.serviceFee : undefined,
    vat: calculation.vat,
    totals: calculation.totals,
  };
}

function upliftsOf(calculation: StatementCalculation): number {
  const banded = calculation.feeStructures.find((fees) => fees.model === "ecf-banded");
  return banded?.model === "ecf-banded" ? banded.uplift.billable : 0;
}

/** DfE's part: time passes beyond the statement's cut-off date, then DfE makes it payable and pays it. */
async function payStatement(control: SandboxClient, statementId: string) {
  const [summary] = (await control.statements()).filter(({ id }) => id === statementId);
  if (summary === undefined) {
    throw new Error(`Statement ${statementId} is not in the world`);
  }
  await control.setClock(`${nextDay(summary.cut_off_date)}T09:00:00Z`);
  const { status } = (await control.statements()).find(({ id }) => id === statementId) ?? summary;
  if (status === "open") {
    await control.markStatementPayable(statementId);
  }
  await control.markStatementPaid(statementId);
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Coverage of several oracle runs, summed. */
function summed(runs: readonly Coverage[]): Coverage {
  const total = { ...emptyCoverage };
  for (const run of runs) {
    for (const key of Object.keys(total) as (keyof Coverage)[]) {
      total[key] += run[key];
    }
  }
  return total;
}

/**
 * A cohort's life for two new participants of the first lead provider, with an uplift each: their started
 * declarations wait on a statement (uplifts the API does not show yet), are paid, then the ECT's is voided and
 * clawed back on a later statement, which is paid too. The oracle runs after every step.
 */
async function liveThroughCohort(control: SandboxClient, cohort: string, now: string): Promise<Coverage[]> {
  const [provider] = await control.leadProviders();
  if (provider === undefined) {
    throw new Error("The seeded world has no lead provider");
  }
  const client = createEcfClient({ baseUrl: running.ecfBaseUrl, token: provider.token, throwOnError: true });
  const declare = async (courseIdentifier: "ecf-induction" | "ecf-mentor", uplift: object) => {
    const participant = await control.createParticipant({
      lead_provider_id: provider.id,
      course_identifier: courseIdentifier,
      cohort,
      schedule_identifier: "ecf-extended-september",
      ...uplift,
    });
    const { data } = await client.POST("/api/v3/participant-declarations", {
      body: buildDeclaration({
        cohort,
        participant_id: participant.id,
        course_identifier: courseIdentifier,
        declaration_type: "started",
        declaration_date: now,
      }),
    });
    return data.data;
  };
  const ect = await declare("ecf-induction", { pupil_premium_uplift: true });
  await declare("ecf-mentor", { sparsity_uplift: true });
  expect(ect.attributes.state).toBe("eligible");
  const runs = [await expectForecastsToMatchBreakdowns(control)];

  await payStatement(control, ect.attributes.statement_id as string);
  runs.push(await expectForecastsToMatchBreakdowns(control));

  const { data } = await client.PUT("/api/v3/participant-declarations/{id}/void", {
    params: { path: { id: ect.id } },
  });
  expect(data.data.attributes).toMatchObject({ state: "awaiting-clawback", uplift_paid: true });
  runs.push(await expectForecastsToMatchBreakdowns(control));

  await payStatement(control, data.data.attributes.clawback_statement_id as string);
  runs.push(await expectForecastsToMatchBreakdowns(control, { rows: true }));
  return runs;
}

describe("the forecast from the API's responses equals DfE finance's breakdown of every statement", () => {
  // A seed, a clock inside a cohort's life, and that cohort (one that still takes declarations and voids).
  const worlds = [
    { seed: 7, now: "2025-10-01T09:30:00Z", cohort: "2024" },
    { seed: 1201, now: "2023-01-20T10:00:00Z", cohort: "2022" },
    { seed: 424242, now: "2026-06-15T08:00:00Z", cohort: "2024" },
  ];

  for (const { seed, now, cohort } of worlds) {
    it(`seed ${seed} at ${now}: as seeded, then through the ${cohort} cohort's payments and a clawback`, async () => {
      const { control } = running;
      await control.reset({ seed, now });
      const seeded = await expectForecastsToMatchBreakdowns(control, { rows: true });
      expect(seeded.statements).toBeGreaterThan(0);
      expect(seeded.exact).toBeGreaterThan(0);
      expect(seeded.serviceFee).toBeGreaterThan(0);
      expect(seeded.declarationRows).toBeGreaterThan(0);

      const lived = summed(await liveThroughCohort(control, cohort, now));
      expect(lived.upliftUndetermined).toBeGreaterThan(0);
      expect(lived.upliftFees).toBeGreaterThan(0);
      expect(lived.clawbacks).toBeGreaterThan(0);
    });
  }

  it("covers mentors on the flat rate (2025 on) and clawbacks in a seeded world", async () => {
    const { control } = running;
    await control.reset({ seed: 7, now: "2026-03-01T09:30:00Z" });
    const coverage = await expectForecastsToMatchBreakdowns(control);
    expect(coverage.mentorFlatRate).toBeGreaterThan(0);
    expect(coverage.clawbacks).toBeGreaterThan(0);
    expect(coverage.upliftFees).toBeGreaterThan(0);
  });
});
