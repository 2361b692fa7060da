/**
 * A clawbacks table (finance dashboard §1.4): one row per declaration type and band taken back, the fee shown
 * negative; before 2025 an "Uplift clawbacks" row always comes first; then the total.
 */
import type { PoundsString } from "@lpkit/engine";
import { formatPounds } from "../format.ts";
import type { ClawbackRow } from "../statement-figures.ts";
import { numeric, rowHeader, table } from "./table.ts";

export interface ClawbacksTableOptions {
  readonly caption: string;
  readonly captionSize: "m" | "s";
  readonly rows: readonly ClawbackRow[];
  readonly total: PoundsString;
  readonly testId: string;
}

export function clawbacksTable(options: ClawbacksTableOptions) {
  return table({
    caption: options.caption,
    captionSize: options.captionSize,
    testId: options.testId,
    head: [
      "Payment type",
      { content: "Number of participants", numeric: true },
      { content: "Fee per participant", numeric: true },
      { content: "Payments", numeric: true },
    ],
    rows: [
      ...options.rows.map((row) => [
        rowHeader(row.label),
        numeric(String(row.participants)),
        numeric(formatPounds(row.fee)),
        numeric(formatPounds(row.payments)),
      ]),
      [rowHeader("Total"), numeric(""), numeric(""), numeric(formatPounds(options.total))],
    ],
  });
}
