import { renderStatementBreakdown, type StatementForecast, type StatementsForecast } from "@lpkit/engine";
import { csvDocument } from "./csv-document.ts";

/**
 * Each statement's breakdown as the finance team reads it, with what the API could not tell us under it. The voided
 * counts are unknown on every statement and move no money, so they are said once, at the end.
 */
export function forecastText(forecast: StatementsForecast): string {
  const sections = forecast.forecasts.map((statement) => {
    const title = `${statement.month} ${statement.year} statement, ${statement.cohort} cohort (${statement.paid ? "paid" : "to be paid"} ${statement.paymentDate}, ${statement.statementId})`;
    const notes = statement.undetermined
      .filter(({ figure }) => figure !== "voided")
      .map(({ figure, detail }) => `  - ${figure}: ${detail}`);
    const breakdown = renderStatementBreakdown(statement.calculation, title);
    return notes.length === 0 ? breakdown : [breakdown, "Not determined by the API:", ...notes].join("\n");
  });
  for (const { cohort, calculation } of forecast.serviceFeeStatements) {
    sections.push(renderStatementBreakdown(calculation, `Each service fee statement, ${cohort} cohort`));
  }
  const voided = forecast.forecasts[0]?.undetermined.find(({ figure }) => figure === "voided");
  if (voided !== undefined) {
    sections.push(`On every statement: ${voided.detail}.`);
  }
  return `${sections.join("\n\n")}\n`;
}

const summaryHeader = [
  "statement_id",
  "cohort",
  "month",
  "year",
  "cut_off_date",
  "payment_date",
  "paid",
  "output_payment",
  "uplift_fees",
  "service_fee",
  "clawbacks",
  "adjustments",
  "subtotal",
  "vat",
  "total",
  "not_determined",
] as const;

/** One row per statement with its totals, for a spreadsheet: RFC 4180, CRLF line ends, a header row. */
export function forecastSummaryCsv(forecasts: readonly StatementForecast[]): string {
  const rows = forecasts.map((statement) => {
    const { totals } = statement.calculation;
    return [
      statement.statementId,
      String(statement.cohort),
      statement.month,
      statement.year,
      statement.cutOffDate,
      statement.paymentDate,
      String(statement.paid),
      totals.outputPayment,
      totals.upliftFees,
      totals.serviceFee,
      totals.clawbacks,
      totals.adjustments,
      totals.subtotal,
      totals.vat,
      totals.total,
      statement.undetermined.map(({ figure }) => figure).join(" "),
    ];
  });
  return csvDocument(summaryHeader, rows);
}
