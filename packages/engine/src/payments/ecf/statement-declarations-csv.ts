import { type CsvField, csvDocument } from "../csv.ts";
import { add, decimal, type Fraction, negate, zero } from "../fraction.ts";
import { formatAmount } from "../money.ts";
import {
  type NpqStatementDeclarationsCsvOptions,
  npqStatementDeclarationsCsv,
} from "../npq/statement-declarations-csv.ts";
import {
  type EcfBandedCalculation,
  type EcfMentorFlatRateCalculation,
  isNpqStatementCalculation,
  type StatementCalculation,
} from "../statement-calculation.ts";
import {
  isBillableState,
  isOnMentorFlatRate,
  isRefundableState,
  type StatementDeclarationRow,
} from "./statement-declaration-row.ts";

export interface StatementDeclarationsCsvOptions {
  /** The statement the calculation is for. */
  statementId: string;
  /** The declarations the calculation was counted from; rows on other statements are left out of the CSV. */
  rows: Iterable<StatementDeclarationRow>;
  calculation: StatementCalculation;
}

/** How a declaration counts on the statement. */
export type CountedAs = "output" | "output-beyond-capacity" | "clawback" | "clawback-unmatched" | "voided" | "none";

export const statementDeclarationsCsvHeader = [
  "declaration_id",
  "participant_id",
  "course_identifier",
  "declaration_type",
  "declaration_date",
  "state",
  "statement_id",
  "clawback_statement_id",
  "counted_as",
  "band",
  "output_amount",
  "uplift_amount",
  "amount",
] as const;

/** A row of the statement and what it contributes, filled in by the attribute* steps. */
interface Entry {
  row: StatementDeclarationRow;
  countedAs: CountedAs[];
  band: string;
  output: Fraction;
  uplift: Fraction;
}

/**
 * The declarations of one statement as CSV (RFC 4180), one row per declaration that is paid, clawed back or
 * voided on it, with the amount each contributes.
 *
 * The service bands declarations by count, not one by one; to say which declaration sits in which band, this CSV
 * fills the bands in order of declaration date (then id), as the counts were: billables from band A upwards,
 * clawbacks from the top band down. Each amount is rounded to the penny on its own, so the amounts need not add
 * up to the statement's totals to the penny. See docs/decisions/payments-declarations-csv.md.
 *
 * An NPQ statement's calculation takes NPQ rows and gives NPQ's columns (see `npqStatementDeclarationsCsv`).
 */
export function statementDeclarationsCsv(options: StatementDeclarationsCsvOptions): string;
export function statementDeclarationsCsv(options: NpqStatementDeclarationsCsvOptions): string;
export function statementDeclarationsCsv(
  options: StatementDeclarationsCsvOptions | NpqStatementDeclarationsCsvOptions,
): string {
  if (isNpqStatementCalculation(options.calculation)) {
    return npqStatementDeclarationsCsv(options as NpqStatementDeclarationsCsvOptions);
  }
  return ecfStatementDeclarationsCsv(options as StatementDeclarationsCsvOptions);
}

function ecfStatementDeclarationsCsv(options: StatementDeclarationsCsvOptions): string {
  const { statementId, calculation } = options;
  const banded = calculation.feeStructures.find((fees): fees is EcfBandedCalculation => fees.model === "ecf-banded");
  const flatRate = calculation.feeStructures.find(
    (fees): fees is EcfMentorFlatRateCalculation => fees.model === "ecf-mentor-flat-rate",
  );
  const entries: Entry[] = [];
  for (const row of options.rows) {
    if (row.statementId === statementId || row.clawbackStatementId === statementId) {
      entries.push({ row, countedAs: [], band: "", output: zero, uplift: zero });
    }
  }
  const onFlatRate = (entry: Entry) => isOnMentorFlatRate(entry.row, flatRate !== undefined);
  const billable = entries.filter((entry) => entry.row.statementId === statementId && isBillableState(entry.row.state));
  const refundable = entries.filter(
    (entry) => entry.row.clawbackStatementId === statementId && isRefundableState(entry.row.state),
  );
  const bandedBillable = billable.filter((entry) => !onFlatRate(entry));
  const bandedRefundable = refundable.filter((entry) => !onFlatRate(entry));

  attributeBanded(bandedBillable, banded, "billable");
  attributeBanded(bandedRefundable, banded, "refundable");
  attributeFlatRate(billable.filter(onFlatRate), flatRate, "billable");
  attributeFlatRate(refundable.filter(onFlatRate), flatRate, "refundable");
  attributeUplifts(bandedBillable, banded, "billable");
  attributeUplifts(bandedRefundable, banded, "refundable");
  for (const entry of entries) {
    if (entry.row.statementId === statementId && entry.row.state === "voided") {
      entry.countedAs.push("voided");
    }
  }

  const format = formatter();
  return csvDocument(
    statementDeclarationsCsvHeader,
    entries.map(({ row, countedAs, band, output, uplift }): CsvField[] => [
      row.id,
      row.participantId,
      row.courseIdentifier,
      row.declarationType,
      row.declarationDate,
      row.state,
      row.statementId,
      row.clawbackStatementId,
      countedAs.length === 0 ? "none" : countedAs.join(";"),
      band,
      format(output),
      format(uplift),
      format(output, uplift),
    ]),
  );
}

/**
 * Formats amounts, remembering each result: rows share a handful of unit fees, so a statement of tens of
 * thousands of declarations rounds only a few distinct amounts.
 */
function formatter(): (amount: Fraction, plus?: Fraction) => string {
  const formatted = new Map<Fraction, Map<Fraction, string>>();
  return (amount, plus = zero) => {
    let sums = formatted.get(amount);
    if (!sums) {
      sums = new Map();
      formatted.set(amount, sums);
    }
    let text = sums.get(plus);
    if (text === undefined) {
      text = formatAmount(add(amount, plus));
      sums.set(plus, text);
    }
    return text;
  };
}

/** Adds a contribution, keeping the shared amount itself when it is the first (so formatting can reuse it). */
function plus(total: Fraction, amount: Fraction): Fraction {
  return total === zero ? amount : add(total, amount);
}

type Direction = "billable" | "refundable";

/** Earlier declarations take the lower bands: by declaration date, then id. */
function inDeclarationOrder(entries: Entry[]): Entry[] {
  return entries.toSorted(
    (a, b) => compareText(a.row.declarationDate, b.row.declarationDate) || compareText(a.row.id, b.row.id),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function signed(amount: Fraction, direction: Direction): Fraction {
  return direction === "billable" ? amount : negate(amount);
}

/** Billables fill the bands from A up, clawbacks drain them from the top, as many per band as it was counted. */
function attributeBanded(entries: Entry[], banded: EcfBandedCalculation | undefined, direction: Direction): void {
  const byType = new Map<string, Entry[]>();
  for (const entry of inDeclarationOrder(entries)) {
    const group = byType.get(entry.row.declarationType);
    if (group) {
      group.push(entry);
    } else {
      byType.set(entry.row.declarationType, [entry]);
    }
  }
  for (const [declarationType, typeEntries] of byType) {
    const bandRows = banded?.declarations.find((type) => type.declarationType === declarationType)?.bands ?? [];
    let next = 0;
    for (const slot of direction === "billable" ? bandRows : bandRows.toReversed()) {
      const count = direction === "billable" ? slot.billable : slot.refundable;
      const amount = signed(decimal(slot.unitFee), direction);
      for (const entry of typeEntries.slice(next, next + count)) {
        entry.countedAs.push(direction === "billable" ? "output" : "clawback");
        entry.band = slot.band;
        entry.output = plus(entry.output, amount);
      }
      next += count;
    }
    for (const entry of typeEntries.slice(next)) {
      entry.countedAs.push(direction === "billable" ? "output-beyond-capacity" : "clawback-unmatched");
    }
  }
}

function attributeFlatRate(
  entries: Entry[],
  flatRate: EcfMentorFlatRateCalculation | undefined,
  direction: Direction,
): void {
  const amounts = new Map(
    (flatRate?.declarations ?? []).map((type) => [
      type.declarationType as string,
      signed(decimal(type.unitFee), direction),
    ]),
  );
  for (const entry of entries) {
    const amount = amounts.get(entry.row.declarationType);
    if (amount) {
      entry.countedAs.push(direction === "billable" ? "output" : "clawback");
      entry.output = plus(entry.output, amount);
    }
  }
}

/** Uplift fees are not banded: every billable started declaration with an uplift earns one, wherever it sits. */
function attributeUplifts(entries: Entry[], banded: EcfBandedCalculation | undefined, direction: Direction): void {
  const fee = banded?.uplift.feePerDeclaration;
  if (fee === null || fee === undefined) {
    return;
  }
  const amount = signed(decimal(fee), direction);
  for (const entry of entries) {
    if (entry.row.uplift && entry.row.declarationType === "started") {
      entry.uplift = plus(entry.uplift, amount);
    }
  }
}
