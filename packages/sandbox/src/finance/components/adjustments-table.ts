/**
 * "Additional adjustments" (finance dashboard §1.4, §1.9): each adjustment's name and amount, an empty row at £0.00
 * when there are none, and the total; while the statement takes adjustments (an output statement not paid), the
 * "Add" link, and "Change or remove" once it has an adjustment.
 */
import type { StatementPayments } from "@lpkit/engine";
import { jsx as h } from "hono/jsx";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatPounds } from "../format.ts";
import { numeric, rowHeader, table } from "./table.ts";

export function adjustmentsTable(payments: StatementPayments, captionSize: "m" | "s", { editable = false } = {}) {
  const { adjustments, totals } = payments.calculation;
  const statementId = payments.statement.id;
  return [
    table({
      caption: "Additional adjustments",
      captionSize,
      testId: "additional-adjustments",
      head: ["Payment type", { content: "Payments", numeric: true }],
      rows: [
        ...(adjustments.length === 0
          ? [["", numeric(formatPounds("0.00"))]]
          : adjustments.map((adjustment) => [adjustment.description, numeric(formatPounds(adjustment.amount))])),
        [rowHeader("Total"), numeric(formatPounds(totals.adjustments))],
      ],
    }),
    editable
      ? h(
          "p",
          { class: "govuk-body", "data-testid": "adjustment-links" },
          h(
            "a",
            { class: "govuk-link", href: FINANCE_PATHS.newAdjustment(statementId) },
            "Add",
            h("span", { class: "govuk-visually-hidden" }, " adjustment"),
          ),
          // DfE's app offers "Change or remove" only once there is an adjustment to change.
          adjustments.length === 0
            ? null
            : [
                " ",
                h(
                  "a",
                  { class: "govuk-link govuk-!-margin-left-3", href: FINANCE_PATHS.adjustments(statementId) },
                  "Change or remove",
                  h("span", { class: "govuk-visually-hidden" }, " adjustment"),
                ),
              ],
        )
      : null,
  ];
}
