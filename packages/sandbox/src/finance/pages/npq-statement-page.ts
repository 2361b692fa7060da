/**
 * An NPQ statement (finance dashboard §3.1), for now without its money: the heading "{lead provider}, {Month YYYY}",
 * then the statement's cohort, declaration deadline, output payment date, status, id and fee type, and its voids
 * with the "View Voids" link. The payments come with the sandbox's NPQ breakdown (a later slice); the page says so.
 */
import type { NpqCohort, NpqLeadProvider, NpqStatement } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { renderPage } from "../components/layout.ts";
import { summaryList } from "../components/summary-list.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatDate, statementName } from "../format.ts";

const STATUS_TEXTS = { open: "Open", payable: "Payable", paid: "Paid" } as const;

export interface NpqStatementPageModel {
  readonly statement: NpqStatement;
  readonly leadProvider: NpqLeadProvider;
  readonly cohort: NpqCohort;
  readonly voidedCount: number;
}

export function npqStatementPage({ statement, leadProvider, cohort, voidedCount }: NpqStatementPageModel): string {
  const heading = `${leadProvider.name}, ${statementName(statement)}`;
  return renderPage(
    { title: heading, back: FINANCE_PATHS.statements },
    h("h1", { class: "govuk-heading-l" }, heading),
    h(
      "p",
      { class: "govuk-inset-text", "data-testid": "payments-not-shown" },
      "This sandbox does not show an NPQ statement's payments yet: they will appear here once it calculates NPQ statements.",
    ),
    summaryList([
      { key: "Cohort", value: cohort.suffix === "a" ? String(cohort.startYear) : cohort.id },
      { key: "Declaration deadline", value: formatDate(statement.deadlineDate) },
      { key: "Output payment date", value: formatDate(statement.paymentDate) },
      { key: "Status", value: STATUS_TEXTS[statement.status] },
      { key: "Statement ID", value: statement.id },
      { key: "Output statement", value: statement.feeType === "output" ? "Yes" : "No" },
      {
        key: "Voids",
        value: String(voidedCount),
        action: { href: FINANCE_PATHS.npqVoided(statement.id), text: "View Voids", hidden: "voided declarations" },
      },
    ]),
  );
}
