/**
 * "Additional adjustments" (finance dashboard §1.4): each adjustment's name and amount, an empty row at £0.00 when
 * there are none, and the total. Adding, changing and removing come with the adjustments store (not yet here).
 */
import type { StatementCalculation } from "@lpkit/engine";
import { formatPounds } from "../format.ts";
import { numeric, rowHeader, table } from "./table.ts";

export function adjustmentsTable(calculation: StatementCalculation, captionSize: "m" | "s") {
  const { adjustments, totals } = calculation;
  return table({
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
  });
}
