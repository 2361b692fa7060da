/**
 * The summary panel of a cohort with mentor funding (2025 on, finance dashboard §1.4): the two dates, then a table
 * captioned with the total, ECT and mentor output payments and clawbacks on their own lines.
 */
import { jsx as h } from "hono/jsx";
import { formatDate, formatPounds } from "../format.ts";
import { feeStructures } from "../statement-figures.ts";
import type { StatementPageModel } from "../statement-page-model.ts";
import { panelRow } from "./panel-row.ts";
import { numeric, rowHeader, table } from "./table.ts";

export function ectMentorPanel(model: StatementPageModel) {
  const { statement, payments } = model;
  const { totals } = payments.calculation;
  const { banded, mentors } = feeStructures(payments.calculation);
  const zero = "0.00";
  const line = (label: string, amount: string) => [rowHeader(label), numeric(formatPounds(amount))];
  return h(
    "div",
    { class: "finance-panel", "data-testid": "summary-panel" },
    panelRow("Milestone cut off date", formatDate(statement.deadlineDate)),
    panelRow("Payment date", formatDate(statement.paymentDate)),
    table({
      caption: `Total ${formatPounds(totals.total)}`,
      captionSize: "l",
      head: [
        { content: h("span", { class: "govuk-visually-hidden" }, "Payment type") },
        { content: h("span", { class: "govuk-visually-hidden" }, "Amount"), numeric: true },
      ],
      rows: [
        line("ECTs output payment", banded?.totals.outputPayment ?? zero),
        line("Mentors output payment", mentors?.totals.outputPayment ?? zero),
        line("Service fee", totals.serviceFee),
        line("ECT clawbacks", banded?.totals.clawbacks ?? zero),
        line("Mentor clawbacks", mentors?.totals.clawbacks ?? zero),
        line("Additional adjustments", totals.adjustments),
        line("VAT", totals.vat),
      ],
    }),
  );
}
