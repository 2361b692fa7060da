/**
 * The statement's summary panel for cohorts without mentor funding (finance dashboard §1.4): the total with VAT, its
 * six lines, the two dates and the declaration counts, with a link to the voided declarations. On the authorisation
 * page it has no link, and "Total extended" only when there are some (finance dashboard §1.8).
 */
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatDate, formatPounds } from "../format.ts";
import { bandedCounts, feeStructures } from "../statement-figures.ts";
import type { StatementPageModel } from "../statement-page-model.ts";
import { panelRow } from "./panel-row.ts";

export function summaryPanel(model: StatementPageModel, { forAuthorisation = false } = {}) {
  const { statement, payments } = model;
  const { totals } = payments.calculation;
  const { banded } = feeStructures(payments.calculation);
  const counts = banded === undefined ? undefined : bandedCounts(banded);
  return h(
    "div",
    { class: "finance-panel", "data-testid": "summary-panel" },
    h("h4", { class: "govuk-heading-l" }, `Total ${formatPounds(totals.total)}`),
    panelRow("Output payment", formatPounds(totals.outputPayment)),
    panelRow("Service fee", formatPounds(totals.serviceFee)),
    panelRow("Uplift fees", formatPounds(totals.upliftFees)),
    panelRow("Clawbacks", formatPounds(totals.clawbacks)),
    panelRow("Additional adjustments", formatPounds(totals.adjustments)),
    panelRow("VAT", formatPounds(totals.vat)),
    h("hr", { class: "govuk-section-break govuk-section-break--m govuk-section-break--visible" }),
    panelRow("Milestone cut off date", formatDate(statement.deadlineDate)),
    panelRow("Payment date", formatDate(statement.paymentDate)),
    h("hr", { class: "govuk-section-break govuk-section-break--m govuk-section-break--visible" }),
    counts === undefined
      ? null
      : [
          panelRow("Total starts", String(counts.started)),
          panelRow("Total retained", String(counts.retained)),
          panelRow("Total completed", String(counts.completed)),
          !forAuthorisation || counts.extended > 0 ? panelRow("Total extended", String(counts.extended)) : null,
          panelRow("Total clawed back", String(counts.clawedBack)),
          panelRow(
            "Total voided",
            !forAuthorisation
              ? [
                  `${counts.voided} `,
                  h(
                    "a",
                    { class: "govuk-link", href: FINANCE_PATHS.voided(statement.leadProviderId, statement.id) },
                    "View",
                    h("span", { class: "govuk-visually-hidden" }, " voided declarations"),
                  ),
                ]
              : String(counts.voided),
          ),
        ],
  );
}
