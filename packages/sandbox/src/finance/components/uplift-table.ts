/** "Uplift fees" (finance dashboard §1.4, cohorts before 2025): participants, fee per participant, payments. */
import type { EcfBandedCalculation } from "@lpkit/engine";
import { formatPounds } from "../format.ts";
import { numeric, table } from "./table.ts";

export function upliftTable(calculation: EcfBandedCalculation) {
  const { uplift } = calculation;
  return table({
    caption: "Uplift fees",
    captionSize: "m",
    head: [
      "Number of participants",
      { content: "Fee per participant", numeric: true },
      { content: "Payments", numeric: true },
    ],
    rows: [
      [
        String(uplift.billable),
        numeric(formatPounds(uplift.feePerDeclaration ?? "0.00")),
        numeric(formatPounds(uplift.upliftFees)),
      ],
    ],
  });
}
