/**
 * An NPQ statement's "Statement summary" card (finance dashboard §3): the declarations received per type, then the
 * payment details, every amount from the statement's calculation: output payment, the declaration deadline, targeted
 * delivery funding where it applies, voids with "View Voids", clawbacks, adjustments, the service fee unless zero, and
 * "Total net VAT" (NPQ statements carry no VAT).
 */
import type { NpqStatement, NpqStatementTotals } from "@lpkit/engine";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatDate, formatPounds } from "../format.ts";
import type { NpqStatementFigures } from "../npq-statement-figures.ts";
import { summaryCard } from "./summary-card.ts";
import { type SummaryRow, summaryList } from "./summary-list.ts";
import { numeric, table } from "./table.ts";

export function npqStatementSummary(options: {
  statement: NpqStatement;
  totals: NpqStatementTotals;
  figures: NpqStatementFigures;
  voidedCount: number;
}) {
  const { statement, totals, figures } = options;
  const rows: SummaryRow[] = [
    { key: "Output payment", value: formatPounds(totals.outputPayment) },
    { key: "Declaration deadline", value: formatDate(statement.deadlineDate) },
    ...(figures.targetedDeliveryFunding
      ? [{ key: "Targeted delivery funding", value: formatPounds(totals.targetedDeliveryFunding) }]
      : []),
    {
      key: "Voids",
      value: String(options.voidedCount),
      action: { href: FINANCE_PATHS.npqVoided(statement.id), text: "View Voids", hidden: "voided declarations" },
    },
    { key: "Clawbacks", value: formatPounds(totals.clawbacks) },
    { key: "Adjustments", value: formatPounds(totals.adjustments) },
    ...(/^0(\.0+)?$/.test(totals.serviceFee) ? [] : [{ key: "Service fee", value: formatPounds(totals.serviceFee) }]),
    { key: "Total net VAT", value: formatPounds(totals.total) },
  ];
  return summaryCard(
    "Statement summary",
    "statement-summary",
    table({
      head: ["Declaration type", { content: "Received", numeric: true }],
      rows: figures.received.map((row) => [row.label, numeric(String(row.count))]),
    }),
    summaryList(rows),
  );
}
