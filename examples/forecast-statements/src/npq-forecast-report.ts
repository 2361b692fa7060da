import {
  displayPounds,
  type NpqStatementAwaitingCohort,
  type NpqStatementForecast,
  type NpqStatementsForecast,
  renderStatementBreakdown,
} from "@lpkit/engine";
import { csvDocument } from "./csv-document.ts";

/**
 * Each NPQ statement's breakdown as the finance team reads it (the engine's NPQ rendering: per course its output
 * payments, clawbacks, targeted delivery funding and service fee), with what the API could not tell us under it. The
 * voided counts are unknown on every statement and move no money, so they are said once, at the end.
 */
export function npqForecastText(forecast: NpqStatementsForecast): string {
  const sections = forecast.forecasts.map((statement) => {
    const title = `NPQ ${statement.month} ${statement.year} statement, ${statement.cohort} cohort (${statement.paid ? "paid" : "to be paid"} ${statement.paymentDate}, ${statement.statementId})`;
    const notes = statement.undetermined
      .filter(({ figure }) => figure !== "voided")
      .map(({ figure, detail }) => `  - ${figure}: ${detail}`);
    const breakdown = renderStatementBreakdown(statement.calculation, title);
    return notes.length === 0 ? breakdown : [breakdown, "Not determined by the API:", ...notes].join("\n");
  });
  sections.push(...forecast.awaitingCohort.map(awaitingCohortText));
  for (const { cohort, calculation } of forecast.serviceFeeStatements) {
    sections.push(renderStatementBreakdown(calculation, `Each NPQ service fee statement, ${cohort} cohort`));
  }
  const voided = forecast.forecasts[0]?.undetermined.find(({ figure }) => figure === "voided");
  if (voided !== undefined) {
    sections.push(`On every statement: ${voided.detail}.`);
  }
  return `${sections.join("\n\n")}\n`;
}

/**
 * A statement the API cannot place yet (no declarations on it, in a start year two cohorts with different terms
 * share): not a failure, and its money is one of a few figures, so each is given.
 */
function awaitingCohortText(statement: NpqStatementAwaitingCohort): string {
  const lines = [
    `NPQ ${statement.month} ${statement.year} statement, start year ${statement.startYear} (${statement.paid ? "paid" : "to be paid"} ${statement.paymentDate}, ${statement.statementId}): cohort not known yet`,
    `  No declaration on it yet tells which cohort's it is (the API shows a statement's start year only). Its total,`,
    `  the courses' service fees and its adjustments, as each cohort's:`,
    ...statement.candidates.map(
      ({ cohort, calculation }) => `    ${cohort}  ${displayPounds(calculation.totals.total)}`,
    ),
  ];
  if (statement.undetermined.length > 0) {
    lines.push(
      "Not determined by the API:",
      ...statement.undetermined.map(({ figure, detail }) => `  - ${figure}: ${detail}`),
    );
  }
  return lines.join("\n");
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
  "service_fee",
  "targeted_delivery_funding",
  "clawbacks",
  "adjustments",
  "total",
  "special_courses",
  "not_determined",
] as const;

/** One row per NPQ statement with its totals (no VAT: NPQ statements carry none), for a spreadsheet. */
export function npqForecastSummaryCsv(forecasts: readonly NpqStatementForecast[]): string {
  return csvDocument(
    summaryHeader,
    forecasts.map((statement) => {
      const { totals } = statement.calculation;
      return [
        statement.statementId,
        statement.cohort,
        statement.month,
        statement.year,
        statement.cutOffDate,
        statement.paymentDate,
        String(statement.paid),
        totals.outputPayment,
        totals.serviceFee,
        totals.targetedDeliveryFunding,
        totals.clawbacks,
        totals.adjustments,
        totals.total,
        totals.specialCourses,
        statement.undetermined.map(({ figure }) => figure).join(" "),
      ];
    }),
  );
}
