/**
 * Output payments per band (finance dashboard §1.4): for each declaration type a row of counts per band, then its
 * fee per participant in each band and the type's total; the structure's output payment total underneath. The
 * 2025 layout draws the ECTs' table with its own labels.
 */
import { jsx as h } from "hono/jsx";
import { formatPounds } from "../format.ts";
import type { BandedFigures } from "../statement-figures.ts";
import { panelRow } from "./panel-row.ts";
import { numeric, rowHeader, table } from "./table.ts";

export interface OutputPaymentsLabels {
  readonly caption: string;
  readonly feeLabel: string;
  readonly totalLabel: string;
}

export const OUTPUT_PAYMENTS_LABELS: OutputPaymentsLabels = {
  caption: "Output payments",
  feeLabel: "Fee per participant",
  totalLabel: "Output payment total",
};

export const ECT_OUTPUT_PAYMENTS_LABELS: OutputPaymentsLabels = {
  caption: "Early career teacher (ECT) output payments",
  feeLabel: "Fee per ECT",
  totalLabel: "ECTs output payment total",
};

export function outputPaymentsTable(figures: BandedFigures, labels: OutputPaymentsLabels) {
  return h(
    "div",
    // The total sits under the table; space before the next table's caption.
    { class: "govuk-!-margin-bottom-8" },
    table({
      caption: labels.caption,
      captionSize: "m",
      head: [
        "Outputs",
        ...figures.bands.map((band) => ({ content: `Band ${band}`, numeric: true })),
        { content: "Payments", numeric: true },
      ],
      rows: figures.outputs.flatMap((row) => [
        [rowHeader(row.label), ...row.counts.map((count) => numeric(String(count))), numeric("")],
        [labels.feeLabel, ...row.unitFees.map((fee) => numeric(formatPounds(fee))), numeric(formatPounds(row.total))],
      ]),
    }),
    panelRow(labels.totalLabel, formatPounds(figures.calculation.totals.outputPayment), { strong: true }),
  );
}
