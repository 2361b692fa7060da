/**
 * The statement list of both programmes and the NPQ statement it opens, over HTTP (finance dashboard §2.1, §3.1 and
 * §3.2): filters, status tags and links, held against the control API's `GET /__sandbox/statements`.
 */
import { monthName } from "@lpkit/engine/internal";
import { describe, expect, it } from "vitest";
import { statusTag } from "../../src/finance/components/status-tag.ts";
import { pageRows, textOf } from "../helpers/finance.ts";
import type { SpecClient } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

/** "March" → 3, as the engine names months. */
const MONTH_NUMBERS = new Map(Array.from({ length: 12 }, (_, index) => [monthName(index + 1), index + 1]));

interface ControlStatement {
  readonly id: string;
  readonly programme: "ecf" | "npq";
  readonly lead_provider_id: string;
  readonly lead_provider_name: string;
  readonly cohort: string;
  readonly month: string;
  readonly year: string;
  readonly fee_type: string;
  readonly status: string;
  readonly cut_off_date: string;
  readonly payment_date: string;
}

async function controlStatements(client: SpecClient, query = ""): Promise<ControlStatement[]> {
  return (await client.get(`/__sandbox/statements${query}`)).body.data as ControlStatement[];
}

/** The ids of the statements a list page links to, in page order. */
function linkedIds(html: string): string[] {
  return [
    ...html.matchAll(/href="\/finance\/(?:npq\/statements|ecf\/payment_breakdowns\/[^/"]+\/statements)\/([^"/?]+)"/g),
  ].map((match) => match[1] ?? "");
}

/** How many statements the list finds: its "Showing … of N statements", or its rows when they fit on one page. */
async function listedCount(client: SpecClient, query: string): Promise<number> {
  const html = (await client.get(`/finance/statements?${query}`)).text;
  const total = /of (\d+) statements/.exec(textOf(html))?.[1];
  return total === undefined ? linkedIds(html).length : Number(total);
}

/** The statement's date as the filter sends it: `2025-11`. */
function statementDate(statement: ControlStatement): string {
  return `${statement.year}-${String(MONTH_NUMBERS.get(statement.month) ?? 0).padStart(2, "0")}`;
}

describe("the statement list", () => {
  it("is the landing page's way in, shows output statements of both programmes by default, twenty to a page", async () => {
    const { client } = testSandbox();
    const landing = await client.get("/finance/manage-cpd-contracts");
    expect(landing.text).toContain('<a class="govuk-link" href="/finance/statements">View financial statements</a>');

    const page = await client.get("/finance/statements");
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain("Statements Lead provider All");
    expect(page.text).toMatch(/<optgroup label="ECF">.*<\/optgroup><optgroup label="NPQ">/);
    expect(page.text).toMatch(/<option value="output_fee" selected="">Output statements<\/option>/);
    for (const name of ["lead_provider_id", "contract_period_year", "statement_date"]) {
      expect(page.text).toMatch(
        new RegExp(
          `<select class="govuk-select" id="${name}" name="${name}"><option value="" selected="">All</option>`,
        ),
      );
    }
    expect(pageRows(page.text)[0]).toEqual(["Lead provider", "Contract year", "Statement", "Status", "Actions"]);

    const outputs = await controlStatements(client, "?fee_type=output");
    expect(outputs.some((statement) => statement.programme === "npq")).toBe(true);
    expect(text).toContain(`Showing 1 to 20 of ${outputs.length} statements`);
    const ids = linkedIds(page.text);
    expect(ids).toHaveLength(20);
    // By statement date: the first page holds the earliest statements of both worlds.
    const earliest = outputs.map(statementDate).sort()[0];
    const firstMonth = outputs.filter((statement) => statementDate(statement) === earliest);
    expect(ids.slice(0, Math.min(20, firstMonth.length)).every((id) => firstMonth.some((s) => s.id === id))).toBe(true);

    const last = Math.ceil(outputs.length / 20);
    const lastPage = await client.get(`/finance/statements?statement_type=output_fee&page=${last + 5}`);
    expect(textOf(lastPage.text)).toContain(`of ${outputs.length} statements`);
    expect(linkedIds(lastPage.text)).toHaveLength(outputs.length - (last - 1) * 20);
  });

  it("filters by lead provider, contract year, statement date and type, and links each row to its programme's page", async () => {
    const { client } = testSandbox();
    const all = await controlStatements(client);
    const npqPaid = all.find(
      (statement) => statement.programme === "npq" && statement.status === "paid" && statement.fee_type === "output",
    );
    const ecfOpen = all.find(
      (statement) => statement.programme === "ecf" && statement.status === "open" && statement.fee_type === "output",
    );
    if (npqPaid === undefined || ecfOpen === undefined) {
      throw new Error("the seeded world has no paid NPQ or open ECF output statement");
    }

    const npqPage = await client.get(
      `/finance/statements?lead_provider_id=${npqPaid.lead_provider_id}&statement_date=${statementDate(npqPaid)}&statement_type=all`,
    );
    const npqExpected = all.filter(
      (statement) =>
        statement.lead_provider_id === npqPaid.lead_provider_id && statementDate(statement) === statementDate(npqPaid),
    );
    expect(linkedIds(npqPage.text).sort()).toEqual(npqExpected.map((statement) => statement.id).sort());
    expect(npqPage.text).toContain(`href="/finance/npq/statements/${npqPaid.id}"`);
    expect(npqPage.text).toContain(
      `<option value="${npqPaid.lead_provider_id}" selected="">${npqPaid.lead_provider_name}</option>`,
    );
    const npqRow = pageRows(npqPage.text).find((row) => row[2] === `${npqPaid.month} ${npqPaid.year}`);
    expect(npqRow).toEqual([
      `${npqPaid.lead_provider_name} NPQ`,
      npqPaid.cohort.replace(/a$/, ""),
      `${npqPaid.month} ${npqPaid.year}`,
      "Authorised for payment",
      `View NPQ statement for ${npqPaid.lead_provider_name} in ${npqPaid.month} ${npqPaid.year}`,
    ]);
    expect(npqPage.text).toContain('<strong class="govuk-tag govuk-tag--green">Authorised for payment</strong>');

    const ecfPage = await client.get(
      `/finance/statements?lead_provider_id=${ecfOpen.lead_provider_id}&contract_period_year=${ecfOpen.cohort}`,
    );
    const ecfExpected = all.filter(
      (statement) =>
        statement.lead_provider_id === ecfOpen.lead_provider_id &&
        statement.cohort === ecfOpen.cohort &&
        statement.fee_type === "output",
    );
    expect(linkedIds(ecfPage.text)).toEqual(ecfExpected.slice(0, 20).map((statement) => statement.id));
    expect(
      await listedCount(client, `lead_provider_id=${ecfOpen.lead_provider_id}&contract_period_year=${ecfOpen.cohort}`),
    ).toBe(ecfExpected.length);
    expect(ecfPage.text).toContain(`href="/finance/ecf/payment_breakdowns/${ecfOpen.lead_provider_id}/statements/`);
    expect(textOf(ecfPage.text)).toContain(`${ecfOpen.lead_provider_name} ECF ${ecfOpen.cohort}`);
    expect(ecfPage.text).toContain('<strong class="govuk-tag govuk-tag--blue">Open</strong>');
  });

  it("counts each filter's statements as the control API does", async () => {
    const { client } = testSandbox();
    const all = await controlStatements(client);
    const showing = (query: string) => listedCount(client, query);
    expect(await showing("statement_type=all")).toBe(all.length);
    expect(await showing("statement_type=service_fee")).toBe(all.filter((s) => s.fee_type === "service").length);
    expect(await showing("contract_period_year=2024")).toBe(
      all.filter((s) => s.fee_type === "output" && s.cohort.startsWith("2024")).length,
    );
    // A payable statement is yellow; a paid service fee statement (none is seeded) reads "Paid", in green.
    const payable = all.find((s) => s.status === "payable");
    if (payable === undefined) {
      throw new Error("the seeded world has no payable statement");
    }
    const page = await client.get(
      `/finance/statements?lead_provider_id=${payable.lead_provider_id}&statement_date=${statementDate(payable)}&statement_type=all`,
    );
    expect(page.text).toContain('<strong class="govuk-tag govuk-tag--yellow">Payable</strong>');
    expect(String(statusTag({ status: "paid", feeType: "service" }))).toBe(
      '<strong class="govuk-tag govuk-tag--green">Paid</strong>',
    );
  });

  it("says none was found for a filter that names nothing", async () => {
    const { client } = testSandbox();
    for (const query of ["lead_provider_id=nobody", "contract_period_year=twenty", "statement_date=1999-01"]) {
      const page = await client.get(`/finance/statements?${query}`);
      expect(page.status).toBe(200);
      expect(textOf(page.text)).toContain("No financial statements found");
      expect(linkedIds(page.text)).toEqual([]);
    }
  });
});

describe("an NPQ statement", () => {
  it("shows its heading, dates and status, and links to its voided declarations", async () => {
    const { client } = testSandbox();
    const npq = (await controlStatements(client, "?programme=npq&fee_type=output&status=paid"))[0];
    if (npq === undefined) {
      throw new Error("the seeded world has no paid NPQ output statement");
    }
    const page = await client.get(`/finance/npq/statements/${npq.id}`);
    expect(page.status).toBe(200);
    const text = textOf(page.text);
    expect(text).toContain(`${npq.lead_provider_name}, ${npq.month} ${npq.year}`);
    expect(text).toContain("Status Paid");
    expect(text).toContain(`Statement ID ${npq.id}`);
    expect(text).toContain("Output statement Yes");
    expect(text).toContain("Voids 0 View Voids voided declarations");
    expect(page.text).toContain('href="/finance/statements"');

    const voided = await client.get(`/finance/npq/statements/${npq.id}/voided`);
    expect(voided.status).toBe(200);
    expect(pageRows(voided.text)[0]).toEqual(["Declaration ID", "Participant ID", "Type", "Course"]);
    expect(textOf(voided.text)).toContain("Voided declarations");
    expect(voided.text).toContain(`href="/finance/npq/statements/${npq.id}"`);
  });

  it("is a 404 page for an id that is no NPQ statement", async () => {
    const { client } = testSandbox();
    const ecf = (await controlStatements(client, "?programme=ecf"))[0];
    for (const path of ["/finance/npq/statements/nonsense", `/finance/npq/statements/${ecf?.id}/voided`]) {
      const page = await client.get(path);
      expect(page.status).toBe(404);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    }
  });
});
