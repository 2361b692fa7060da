/**
 * Authorising an NPQ statement for payment (finance dashboard §3, with the ECF texts of finance dashboard §1.8): its summary, the assurance
 * checkbox and "Authorise for payment". Posting without the box ticked shows the error; with it, the statement is
 * marked paid by the same command as `POST /__sandbox/statements/{id}/mark-paid`.
 */
import type { NpqStatementPayments } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { renderPage } from "../components/layout.ts";
import { npqStatementSummary } from "../components/npq-statement-summary.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { statementName } from "../format.ts";
import { npqStatementFigures } from "../npq-statement-figures.ts";
import { authoriseErrorSummary, authoriseForm } from "./authorise-page.ts";

export function npqAuthorisePage(payments: NpqStatementPayments, voidedCount: number, { error = false } = {}): string {
  const { statement } = payments;
  return renderPage(
    { title: "Authorise for payment", back: FINANCE_PATHS.npqStatement(statement.id) },
    error ? authoriseErrorSummary() : null,
    h(
      "h1",
      { class: "govuk-heading-l" },
      `Check ${statementName(statement)} statement details before authorising for payment`,
    ),
    npqStatementSummary({
      statement,
      totals: payments.calculation.totals,
      figures: npqStatementFigures(payments.calculation),
      voidedCount,
    }),
    authoriseForm({
      action: FINANCE_PATHS.npqAuthorisations(statement.id),
      cancel: FINANCE_PATHS.npqStatement(statement.id),
      error,
    }),
  );
}
