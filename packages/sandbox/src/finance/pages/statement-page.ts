/**
 * The statement page (finance dashboard §1.4): the selector, the summary panel, the action row and the tables, in
 * the layout of the statement's cohort: before mentor funding, one banded structure with uplift fees; from 2025, ECT
 * and mentor tables side by side with the declarations summary. Every figure comes from `model.payments`.
 */
import { jsx as h } from "hono/jsx";
import { actionRow, csvLink } from "../components/action-row.ts";
import { adjustmentsTable } from "../components/adjustments-table.ts";
import { clawbacksTable } from "../components/clawbacks-table.ts";
import { contractInformation } from "../components/contract-information.ts";
import { declarationsSummary } from "../components/declarations-summary.ts";
import { details } from "../components/details.ts";
import { ectMentorPanel } from "../components/ect-mentor-panel.ts";
import { renderPage } from "../components/layout.ts";
import { mentorOutputTable } from "../components/mentor-output-table.ts";
import {
  ECT_OUTPUT_PAYMENTS_LABELS,
  OUTPUT_PAYMENTS_LABELS,
  outputPaymentsTable,
} from "../components/output-payments-table.ts";
import { providerTargets } from "../components/provider-targets.ts";
import { statementSelector } from "../components/statement-selector.ts";
import { summaryPanel } from "../components/summary-panel.ts";
import { upliftTable } from "../components/uplift-table.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { adjustmentsEditable } from "../finance-queries.ts";
import { statementName } from "../format.ts";
import { bandedCounts, bandedFigures, feeStructures, mentorCounts, mentorFigures } from "../statement-figures.ts";
import type { StatementPageModel } from "../statement-page-model.ts";

const ROUNDING_GUIDANCE =
  "Due to the way payments per participant are made, there may be rounding errors in some of the individual " +
  "sub-calculations. The total output fees displayed are correct. Contact your contract manager if you have any queries.";

const UPDATED_DESIGN_GUIDANCE =
  "We've updated the financial statements from June 2025 onwards to reflect changes to the payment schedules. " +
  "We've split out ECT and mentor output payments, removed uplift fees, and deleted Band D from the ECT payment bands.";

function roundingErrors() {
  return details("Calculation rounding errors", h("p", { class: "govuk-body" }, ROUNDING_GUIDANCE));
}

/** Cohorts without mentor funding: one banded structure for ECTs and mentors, with uplift fees. */
function bandedLayout(model: StatementPageModel) {
  const { banded } = feeStructures(model.payments.calculation);
  if (banded === undefined) {
    return [];
  }
  const figures = bandedFigures(banded);
  const { uplift } = banded;
  return [
    outputPaymentsTable(figures, OUTPUT_PAYMENTS_LABELS),
    upliftTable(banded),
    h("h2", { class: "govuk-heading-m" }, "Adjustments"),
    clawbacksTable({
      caption: "Clawbacks",
      captionSize: "s",
      testId: "clawbacks",
      rows: [
        {
          label: "Uplift clawbacks",
          participants: uplift.refundable,
          fee: uplift.feePerDeclaration === null ? "0.00" : `-${uplift.feePerDeclaration}`,
          payments: uplift.clawbacks,
        },
        ...figures.clawbacks,
      ],
      total: model.payments.calculation.totals.clawbacks,
    }),
    ...adjustmentsTable(model.payments, "s", { editable: adjustmentsEditable(model.statement) }),
    contractInformation(model.leadProvider.name, model.payments.contract, banded),
    roundingErrors(),
  ];
}

/** Cohorts with mentor funding (2025 on): ECTs banded, mentors at a flat rate, each with its own tables. */
function ectMentorLayout(model: StatementPageModel) {
  const { banded, mentors } = feeStructures(model.payments.calculation);
  const ectFigures = banded === undefined ? undefined : bandedFigures(banded);
  const mentorTables = mentors === undefined ? undefined : mentorFigures(mentors);
  const noCounts = { started: 0, retained: 0, completed: 0, extended: 0, clawedBack: 0, voided: 0 };
  return [
    declarationsSummary(
      model.statement,
      banded === undefined ? noCounts : bandedCounts(banded),
      mentors === undefined ? noCounts : mentorCounts(mentors),
    ),
    csvLink(model.statement.id),
    ectFigures === undefined ? null : outputPaymentsTable(ectFigures, ECT_OUTPUT_PAYMENTS_LABELS),
    mentorTables === undefined ? null : mentorOutputTable(mentorTables),
    ectFigures === undefined
      ? null
      : clawbacksTable({
          caption: "ECT clawbacks",
          captionSize: "m",
          testId: "ect-clawbacks",
          rows: ectFigures.clawbacks,
          total: ectFigures.calculation.totals.clawbacks,
        }),
    mentorTables === undefined
      ? null
      : clawbacksTable({
          caption: "Mentor clawbacks",
          captionSize: "m",
          testId: "mentor-clawbacks",
          rows: mentorTables.clawbacks,
          total: mentorTables.calculation.totals.clawbacks,
        }),
    ...adjustmentsTable(model.payments, "m", { editable: adjustmentsEditable(model.statement) }),
    providerTargets(model.payments.contract, banded, mentors),
    details("Updated financial statement design", h("p", { class: "govuk-body" }, UPDATED_DESIGN_GUIDANCE)),
    roundingErrors(),
  ];
}

/** Whether the statement's contract funds mentors on their own (the 2025+ layout). */
export function hasMentorFunding(model: StatementPageModel): boolean {
  return feeStructures(model.payments.calculation).mentors !== undefined;
}

export function statementPage(model: StatementPageModel): string {
  const mentorFunding = hasMentorFunding(model);
  return renderPage(
    { title: "ECF Payment Breakdown", back: FINANCE_PATHS.chooseProvider },
    h(
      "h1",
      { class: "govuk-heading-l" },
      h("span", { class: "govuk-caption-l" }, model.leadProvider.name),
      mentorFunding
        ? "Early career teacher programme: financial statements"
        : "Initial teacher training and early career framework (ITTECF)",
    ),
    h("h2", { class: "govuk-heading-m" }, statementName(model.statement)),
    statementSelector(model),
    mentorFunding ? ectMentorPanel(model) : summaryPanel(model),
    actionRow(model, { withCsv: !mentorFunding }),
    ...(mentorFunding ? ectMentorLayout(model) : bandedLayout(model)),
  );
}
