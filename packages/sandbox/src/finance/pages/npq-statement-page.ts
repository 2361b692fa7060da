/**
 * An NPQ statement (finance dashboard §3): the heading "{lead provider}, {Month YYYY}", the rounding note,
 * "Authorise for payment" while the statement can be authorised and "Download declarations (CSV)", the "Statement
 * summary", an "Overview" of the statement, "Manual adjustments", each course's "Course finance details" (titled with
 * the course's name), and the special courses' "Standalone payments". Every figure comes from the engine's calculation of the statement (`payments`).
 */
import type { NpqCohort, NpqLeadProvider, NpqStatement, NpqStatementPayments } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { renderPage } from "../components/layout.ts";
import { npqAdjustmentsTable } from "../components/npq-adjustments-table.ts";
import { npqCourseCard } from "../components/npq-course-card.ts";
import { npqStatementSummary } from "../components/npq-statement-summary.ts";
import { summaryCard } from "../components/summary-card.ts";
import { summaryList } from "../components/summary-list.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatDate, statementName } from "../format.ts";
import { npqAdjustmentsViewQuery } from "../npq-adjustment-form.ts";
import { npqStatementFigures } from "../npq-statement-figures.ts";

const STATUS_TEXTS = { open: "Open", payable: "Payable", paid: "Paid" } as const;

const ROUNDING_NOTE =
  "Calculations may have minor rounding discrepancies. Contact your contract manager for clarification.";

export interface NpqStatementPageModel {
  readonly statement: NpqStatement;
  readonly leadProvider: NpqLeadProvider;
  readonly cohort: NpqCohort;
  readonly voidedCount: number;
  /** Each course's declarations on the statement that are ineligible or voided. */
  readonly notEligibleByCourse: ReadonlyMap<string, number>;
  /** The engine's calculation of the statement (`npqStatementPayments`): every figure on the page comes from it. */
  readonly payments: NpqStatementPayments;
  /** Whether "Authorise for payment" is offered (the ECF conditions, finance dashboard §1.8 and §3). */
  readonly authorisable: boolean;
}

export function npqCohortName(cohort: NpqCohort): string {
  return cohort.suffix === "a" ? String(cohort.startYear) : cohort.id;
}

/**
 * "Manual adjustments": the statement's adjustments with the calculation's total, and while the statement is not
 * paid, "Make adjustment" and (once there is one) "Change or remove". The service's headings are h1 and h2; here they
 * are h2 and h3, under the page's one h1.
 */
function manualAdjustments(statement: NpqStatement, payments: NpqStatementPayments) {
  const { adjustments } = payments;
  return [
    h("h2", { class: "govuk-heading-l" }, "Manual adjustments"),
    h("h3", { class: "govuk-heading-m" }, "Additional adjustments"),
    npqAdjustmentsTable(adjustments, { total: payments.calculation.totals.adjustments }),
    statement.status === "paid"
      ? null
      : h(
          "div",
          { class: "govuk-button-group" },
          h(
            "a",
            {
              class: "govuk-button",
              href: `${FINANCE_PATHS.npqNewAdjustment(statement.id)}${npqAdjustmentsViewQuery(FROM_STATEMENT)}`,
              role: "button",
              draggable: "false",
            },
            "Make adjustment",
          ),
          adjustments.length === 0
            ? null
            : h(
                "a",
                {
                  class: "govuk-link",
                  href: `${FINANCE_PATHS.npqAdjustments(statement.id)}${npqAdjustmentsViewQuery(ALL_ADJUSTMENTS)}`,
                },
                "Change or remove",
              ),
        ),
  ];
}

const FROM_STATEMENT = { showAll: false, created: [] } as const;
const ALL_ADJUSTMENTS = { showAll: true, created: [] } as const;

export function npqStatementPage(model: NpqStatementPageModel): string {
  const { statement, leadProvider, cohort, payments } = model;
  const heading = `${leadProvider.name}, ${statementName(statement)}`;
  const figures = npqStatementFigures(payments.calculation);
  return renderPage(
    { title: heading, back: FINANCE_PATHS.statements },
    h("h1", { class: "govuk-heading-l" }, heading),
    h("div", { class: "govuk-inset-text" }, ROUNDING_NOTE),
    h(
      "div",
      { class: "govuk-button-group" },
      model.authorisable
        ? h(
            "a",
            {
              class: "govuk-button",
              href: FINANCE_PATHS.npqAuthorise(statement.id),
              role: "button",
              draggable: "false",
            },
            "Authorise for payment",
          )
        : null,
      h(
        "a",
        { class: "govuk-link", href: FINANCE_PATHS.npqCsv(statement.id), download: true },
        "Download declarations (CSV)",
      ),
    ),
    npqStatementSummary({
      statement,
      totals: payments.calculation.totals,
      figures,
      voidedCount: model.voidedCount,
    }),
    summaryCard(
      "Overview",
      "overview",
      summaryList([
        { key: "Cohort", value: npqCohortName(cohort) },
        { key: "Output payment date", value: formatDate(statement.paymentDate) },
        { key: "Status", value: STATUS_TEXTS[statement.status] },
        { key: "Statement ID", value: statement.id },
        { key: "Output statement", value: statement.feeType === "output" ? "Yes" : "No" },
      ]),
    ),
    manualAdjustments(statement, payments),
    h("h2", { class: "govuk-heading-l" }, "Course finance details"),
    ...figures.courses.map((course) => npqCourseCard(course, model.notEligibleByCourse.get(course.course) ?? 0)),
    figures.standalone.length === 0 ? null : h("h2", { class: "govuk-heading-l" }, "Standalone payments"),
    ...figures.standalone.map((course) => npqCourseCard(course, model.notEligibleByCourse.get(course.course) ?? 0)),
  );
}
