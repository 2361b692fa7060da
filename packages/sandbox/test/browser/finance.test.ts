/**
 * The finance dashboard in real Chromium, served over a socket: each flow a contract manager walks (the statement list
 * of both programmes, open a statement, its voided declarations, the CSV download, voiding a paid declaration into a
 * clawback, adding and removing an adjustment, authorising a statement),
 * every page checked by axe (no serious or critical violation), and not one request to anywhere but the sandbox.
 */
import { readFile } from "node:fs/promises";
import { displayPounds } from "@lpkit/engine";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createSandbox } from "../../src/index.ts";
import { NON_LOOPBACK_HOST, SKIP_BROWSER } from "../helpers/chromium.ts";
import { AMBITION, API } from "../helpers/ecf.ts";
import {
  csvRecords,
  outputStatementsWithBreakdowns,
  type StatementSummary,
  statementPath,
} from "../helpers/finance.ts";
import { axeViolations, useServedBrowser } from "../helpers/served-browser.ts";
import { SpecClient } from "../helpers/spec-client.ts";
import { TEST_NOW } from "../helpers/test-sandbox.ts";

const sandbox = createSandbox({ now: TEST_NOW, allowedHosts: [NON_LOOPBACK_HOST] });
const client = new SpecClient((request) => sandbox.app.request(request));
const served = useServedBrowser(sandbox);

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL asked for beyond the sandbox (aborted, so that a failing run still sends nothing out). */
  readonly offOrigin: string[];
  readonly errors: string[];
  /** Every page the flow looked at, with axe's serious findings on it. */
  readonly violations: Record<string, string[]>;
}

/** A browser session whose pages may run axe (injected past the policy, as an extension would be). */
async function session(): Promise<Session> {
  const context = await served.browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  const offOrigin: string[] = [];
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      errors.push(message.text());
    }
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === served.origin) {
      return route.continue();
    }
    offOrigin.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, page, offOrigin, errors, violations: {} };
}

/** Records axe's findings on the page now shown. */
async function check(current: Session): Promise<void> {
  await current.page.waitForLoadState("networkidle");
  current.violations[new URL(current.page.url()).pathname] = await axeViolations(current.page, { seriousOnly: true });
}

/** Checks what the session saw; `expectedErrors`: console lines the flow causes on purpose (a form sent back). */
async function finish(current: Session, expectedErrors: readonly RegExp[] = []): Promise<void> {
  expect(current.offOrigin).toEqual([]);
  expect(current.errors.filter((error) => !expectedErrors.some((expected) => expected.test(error)))).toEqual([]);
  expect(Object.values(current.violations).flat()).toEqual([]);
  expect(Object.keys(current.violations).length).toBeGreaterThan(0);
  await current.context.close();
}

async function statementsWhere(
  predicate: (
    statement: StatementSummary,
    breakdown: { calculation: { cohort: number; totals: Record<string, string> } },
  ) => boolean,
) {
  const statements = await outputStatementsWithBreakdowns(client);
  const found = statements.find(({ statement, breakdown }) => predicate(statement, breakdown));
  if (found === undefined) {
    throw new Error("no statement in the seeded world fits this test");
  }
  return found.statement;
}

describe.skipIf(SKIP_BROWSER)("the finance dashboard in Chromium", { timeout: 120_000 }, () => {
  it("opens a statement from the landing page, follows its Voided link, and downloads its assurance report", async () => {
    const open = await statementsWhere(
      (statement, breakdown) =>
        statement.status === "open" &&
        statement.lead_provider_name === "Ambition Institute" &&
        breakdown.calculation.totals.outputPayment !== "0.00",
    );
    // A declaration voided through the API, so that the voided page has a row.
    const declarationId =
      csvRecords((await client.get(`/__sandbox/statements/${open.id}/declarations.csv`)).text)[0]?.declaration_id ?? "";
    expect(
      (await client.put(`${API}/participant-declarations/${declarationId}/void`, { token: AMBITION })).status,
    ).toBe(200);

    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}/finance`);
    await check(current);
    await page.getByRole("link", { name: "View financial statements" }).click();
    await page.getByRole("heading", { name: "Statements" }).waitFor();
    await check(current);
    // The list, filtered to the statement with the voided declaration, opens it.
    await page.getByLabel("Lead provider").selectOption(open.lead_provider_id);
    await page.getByLabel("Contract year").selectOption(open.cohort);
    await page.getByLabel("Statement date").selectOption({ label: `${open.month} ${open.year}` });
    await page.getByRole("button", { name: "View" }).click();
    await page.waitForURL(/lead_provider_id=/);
    expect(await page.getByRole("link", { name: /^View ECF statement/ }).count()).toBe(1);
    await page
      .getByRole("link", { name: `View ECF statement for ${open.lead_provider_name} in ${open.month} ${open.year}` })
      .click();
    await page.waitForURL(`${served.origin}${statementPath(open)}`);
    await check(current);
    expect(await page.locator("h2").first().textContent()).toBe(`${open.month} ${open.year}`);
    // Its back link chooses a provider, whose choice opens the provider's current statement.
    await page.getByRole("link", { name: "Back" }).click();
    await check(current);
    await page.getByLabel(open.lead_provider_name).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(/\/statements\//);
    // The selector takes us back to the one with the voided declaration.
    await page.getByLabel("View a different cohort").selectOption(open.cohort);
    await page.getByLabel("View a different statement").selectOption({ label: `${open.month} ${open.year}` });
    await page.getByRole("button", { name: "View" }).click();
    await page.waitForURL(`${served.origin}${statementPath(open)}`);

    await page.getByRole("link", { name: "View voided declarations" }).click();
    await page.getByRole("heading", { name: "Voided declarations" }).waitFor();
    await check(current);
    expect(await page.locator("table").textContent()).toContain(declarationId);
    await page.getByRole("link", { name: "Back" }).click();
    await page.waitForURL(`${served.origin}${statementPath(open)}`);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download declarations (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `ECF-Declarations-AmbitionInstitute-Cohort${open.cohort}-${open.month}${open.year}.csv`,
    );
    // DfE's assurance report: its line items are the control API's CSV's, the columns both have agree.
    const downloaded = csvRecords(await readFile(await download.path(), "utf8"));
    const control = csvRecords((await client.get(`/__sandbox/statements/${open.id}/declarations.csv`)).text);
    expect(
      downloaded
        .map((row) => [row["Declaration ID"], row["Participant ID"], row["Declaration Type"], row["Declaration Date"]])
        .sort(),
    ).toEqual(
      control.map((row) => [row.declaration_id, row.participant_id, row.declaration_type, row.declaration_date]).sort(),
    );
    expect(downloaded.find((row) => row["Declaration ID"] === declarationId)?.["Declaration Status"]).toBe("voided");

    // The 2025 layout, and its ECT voided declarations through the declarations summary's link.
    const ectMentor = await statementsWhere((_, breakdown) => Number(breakdown.calculation.cohort) >= 2025);
    await page.goto(`${served.origin}${statementPath(ectMentor)}`);
    await page.getByRole("heading", { name: /Early career teacher programme/ }).waitFor();
    await check(current);
    await page.getByRole("link", { name: /ECT voided declarations/ }).click();
    await page.getByRole("heading", { name: "ECT voided declarations" }).waitFor();
    await check(current);
    await finish(current);
  });

  it("opens an NPQ statement from the list, and its voided declarations", async () => {
    const npq = (
      (await client.get("/__sandbox/statements?programme=npq&fee_type=output&status=paid")).body
        .data as StatementSummary[]
    )[0];
    if (npq === undefined) {
      throw new Error("no paid NPQ output statement in the seeded world");
    }
    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}/finance/statements`);
    await page.getByLabel("Lead provider").selectOption(npq.lead_provider_id);
    await page.getByLabel("Statement date").selectOption({ label: `${npq.month} ${npq.year}` });
    await page.getByRole("button", { name: "View" }).click();
    await page.waitForURL(/lead_provider_id=/);
    await check(current);
    expect(await page.getByText("Authorised for payment", { exact: true }).count()).toBeGreaterThan(0);
    await page
      .getByRole("link", { name: `View NPQ statement for ${npq.lead_provider_name} in ${npq.month} ${npq.year}` })
      .click();
    await page.getByRole("heading", { name: `${npq.lead_provider_name}, ${npq.month} ${npq.year}` }).waitFor();
    await check(current);
    await page.getByRole("link", { name: "View Voids voided declarations" }).click();
    await page.getByRole("heading", { name: "Voided declarations" }).waitFor();
    await check(current);
    // A page past the first of the whole list, through the pagination.
    await page.goto(`${served.origin}/finance/statements`);
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL(/page=2/);
    await check(current);
    await finish(current);
  });

  it("shows an NPQ statement's money, and authorises a payable one for payment", async () => {
    const statements = (await client.get("/__sandbox/statements?programme=npq&fee_type=output&status=payable")).body
      .data as StatementSummary[];
    const withPayments = await Promise.all(
      statements.map(async (statement) => ({
        statement,
        outputPayment: (await client.get(`/__sandbox/statements/${statement.id}/breakdown`)).body.data.calculation
          .totals.outputPayment as string,
      })),
    );
    const payable = withPayments.find(
      ({ statement, outputPayment }) => statement.cut_off_date < TEST_NOW && outputPayment !== "0.00",
    )?.statement as StatementSummary;
    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}/finance/npq/statements/${payable.id}`);
    await page.getByText("Total net VAT").waitFor();
    await page.getByRole("heading", { name: "Course finance details" }).waitFor();
    await check(current);
    await page.getByRole("button", { name: "Authorise for payment" }).click();
    await page.getByRole("heading", { name: /statement details before authorising for payment/ }).waitFor();
    await check(current);
    await page.getByRole("button", { name: "Authorise for payment" }).click();
    await page.getByText("There is a problem").waitFor();
    await check(current);
    await page.getByLabel("Yes, I'm ready to authorise this for payment").check();
    await page.getByRole("button", { name: "Authorise for payment" }).click();
    await page.getByText("Paid", { exact: true }).waitFor();
    // The form sent back with its error answers 422, which Chromium logs.
    await finish(current, [/status of 422/]);
  });

  it("voids a paid declaration from the participant's page and shows it as a clawback on the next output statement", async () => {
    const statements = (await outputStatementsWithBreakdowns(client)).map(({ statement }) => statement);
    const ambition = statements.filter((statement) => statement.lead_provider_name === "Ambition Institute");
    let target: { declarationId: string; next: StatementSummary } | undefined;
    for (const paid of ambition.filter((statement) => statement.status === "paid")) {
      const next = ambition.find(
        (statement) => statement.cohort === paid.cohort && statement.cut_off_date >= TEST_NOW.slice(0, 10),
      );
      const row = csvRecords((await client.get(`/__sandbox/statements/${paid.id}/declarations.csv`)).text).find(
        (record) => record.state === "paid",
      );
      if (next !== undefined && row?.declaration_id !== undefined) {
        target = { declarationId: row.declaration_id, next };
        break;
      }
    }
    if (target === undefined) {
      throw new Error("no paid declaration of Ambition's with a statement to come");
    }
    const before = (await client.get(`/__sandbox/statements/${target.next.id}/breakdown`)).body.data.calculation;

    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}/finance/participants`);
    await check(current);
    await page.getByLabel("Search records").fill(target.declarationId);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("heading", { name: "Participant", exact: true }).waitFor();
    await check(current);
    await page.getByRole("link", { name: `Void declaration ${target.declarationId}` }).click();
    await page.getByRole("heading", { name: "Void declaration" }).waitFor();
    await check(current);
    await page.getByRole("button", { name: "Void declaration" }).click();
    await page.getByText("Declaration voided successfully.").waitFor();
    // The voided declaration's state history now ends with its clawback (checked by axe with the rest of the page).
    const history = page.locator('[data-testid="declaration-state-history"]', { hasText: "awaiting-clawback" });
    expect(await history.getByRole("columnheader").allTextContents()).toEqual(["State", "Changed at", "Reason"]);
    await check(current);

    await page.goto(`${served.origin}${statementPath(target.next)}`);
    await check(current);
    const after = (await client.get(`/__sandbox/statements/${target.next.id}/breakdown`)).body.data.calculation;
    expect(after.totals.clawbacks).not.toBe(before.totals.clawbacks);
    expect(await page.locator("body").textContent()).toMatch(/Clawback for [A-Z][a-z]+( \d)? \(Band: [A-C]\)/);
    await finish(current);
  });

  it("adds an adjustment to an open statement and removes it, the statement's total following", async () => {
    const statements = await outputStatementsWithBreakdowns(client);
    // The last open statement: one no other flow here looks at.
    const open = statements.findLast(({ statement }) => statement.status === "open")?.statement as StatementSummary;
    const totalOf = async () =>
      displayPounds(
        (await client.get(`/__sandbox/statements/${open.id}/breakdown`)).body.data.calculation.totals.total,
      );
    const before = await totalOf();

    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}${statementPath(open)}`);
    await page.getByText(`Total ${before}`).first().waitFor();
    await page.getByRole("link", { name: "Add adjustment" }).click();
    await page.getByLabel("What is the name of the adjustment").waitFor();
    await check(current);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("There is a problem").waitFor();
    await check(current);
    await page.getByLabel("What is the name of the adjustment").fill("IT consultant fee");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("How much is the payment?").fill("250.75");
    await check(current);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Check your answers" }).waitFor();
    await check(current);
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await page.getByRole("heading", { name: "You have added an adjustment" }).waitFor();
    await check(current);
    await page.getByLabel("No").check();
    await page.getByRole("button", { name: "Continue" }).click();

    const added = await totalOf();
    expect(added).not.toBe(before);
    await page.getByText(`Total ${added}`).first().waitFor();
    await page.getByRole("link", { name: "Change or remove adjustment" }).click();
    await page.getByRole("heading", { name: /Additional adjustments/ }).waitFor();
    await check(current);
    await page.getByRole("link", { name: "Remove IT consultant fee" }).click();
    await page
      .getByRole("heading", { name: "Are you sure you want to remove the 'IT consultant fee' adjustment?" })
      .waitFor();
    await check(current);
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await page.getByText(`Total ${before}`).first().waitFor();
    expect(await totalOf()).toBe(before);
    // The forms sent back with their errors answer 422, which Chromium logs.
    await finish(current, [/status of 422/]);
  });

  it("makes, changes and removes an NPQ statement's manual adjustment, the statement's total following", async () => {
    const statements = (await client.get("/__sandbox/statements?programme=npq&fee_type=output&status=open")).body
      .data as StatementSummary[];
    // The last open NPQ statement: one no other flow here looks at.
    const open = statements.at(-1) as StatementSummary;
    const totalOf = async () =>
      displayPounds(
        (await client.get(`/__sandbox/statements/${open.id}/breakdown`)).body.data.calculation.totals.total,
      );
    const before = await totalOf();

    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}/finance/npq/statements/${open.id}`);
    await page.getByText("There are no adjustments.").waitFor();
    await page.getByRole("button", { name: "Make adjustment" }).click();
    await page.getByRole("heading", { name: "Make adjustment" }).waitFor();
    await check(current);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("There is a problem").waitFor();
    await check(current);
    await page.getByLabel("Make adjustment").fill("IT consultant fee");
    await page.getByLabel("Amount").fill("19000");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "You’ve made an adjustment" }).waitFor();
    await check(current);
    await page.getByLabel("No").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Manual adjustments" }).waitFor();
    expect(await page.getByTestId("npq-adjustments").textContent()).toContain("IT consultant fee£19,000.00");
    await check(current);
    expect(await totalOf()).not.toBe(before);

    await page.getByRole("link", { name: "Change or remove" }).click();
    await page.getByRole("link", { name: "Edit IT consultant fee" }).click();
    await page.getByLabel("Amount").fill("18000");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("link", { name: "Remove IT consultant fee" }).click();
    await page.getByRole("heading", { name: "Are you sure you want to remove this adjustment?" }).waitFor();
    expect(await page.locator("table").textContent()).toContain("£18,000.00");
    await check(current);
    await page.getByRole("button", { name: "Remove" }).click();
    await page.getByText("There are no adjustments.").waitFor();
    await check(current);
    expect(await totalOf()).toBe(before);
    // The form sent back with its errors answers 422, which Chromium logs.
    await finish(current, [/status of 422/]);
  });

  it("authorises a payable statement for payment, and the API's declarations on it become paid", async () => {
    const payable = await statementsWhere(
      (statement, breakdown) =>
        statement.status === "payable" &&
        statement.lead_provider_name === "Teach First" &&
        statement.cut_off_date < TEST_NOW &&
        breakdown.calculation.totals.outputPayment !== "0.00",
    );
    const declarations = csvRecords((await client.get(`/__sandbox/statements/${payable.id}/declarations.csv`)).text)
      .filter((row) => row.state === "payable")
      .map((row) => row.declaration_id);
    expect(declarations.length).toBeGreaterThan(0);

    const current = await session();
    const { page } = current;
    await page.goto(`${served.origin}${statementPath(payable)}`);
    // A link drawn as a button, as GOV.UK Frontend's start buttons are.
    await page.getByRole("button", { name: "Authorise for payment" }).click();
    await page.getByRole("heading", { name: /statement details before authorising for payment/ }).waitFor();
    await check(current);
    await page.getByRole("button", { name: "Authorise for payment" }).click();
    await page.getByText("There is a problem").waitFor();
    await check(current);
    await page.getByLabel("Yes, I'm ready to authorise this for payment").check();
    await page.getByRole("button", { name: "Authorise for payment" }).click();
    await page.getByText(/Authorised for payment at/).waitFor();
    await check(current);

    for (const id of declarations) {
      const declaration = await client.get(`${API}/participant-declarations/${id}`, { token: "teach-first" });
      expect(declaration.body.data.attributes.state).toBe("paid");
    }
    // The form sent back with its error answers 422, which Chromium logs.
    await finish(current, [/status of 422/]);
  });
});
