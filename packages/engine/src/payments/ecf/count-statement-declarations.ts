import { fail, type Outcome, ok } from "../../result.ts";
import type { StatementInputError } from "../input/field-reader.ts";
import { ecfPaymentDeclarationTypes, mentorFlatRateDeclarationTypes } from "./declaration-types.ts";
import type { BandedDeclarationCounts, FlatRateDeclarationCounts, StatementCounts } from "./statement-counts.ts";
import { isBillableState, isRefundableState, type StatementDeclarationRow } from "./statement-declaration-row.ts";

export interface CountStatementDeclarationsOptions {
  /** The statement being calculated. */
  statementId: string;
  /**
   * The lead provider's other statements for the same cohort that are paid before it (see
   * `previousStatementIds`). Declarations on any other statement are ignored.
   */
  previousStatementIds: Iterable<string>;
  /** True when the contract pays mentors a flat rate (2025+); their declarations then stay out of the bands. */
  mentorsOnFlatRate: boolean;
}

/**
 * The statements of a lead provider and cohort paid strictly before the given one (by payment date); refused when
 * the given one is not among them, since its payment date is what orders the rest.
 */
export function previousStatementIds(
  statements: readonly { id: string; paymentDate: string }[],
  statementId: string,
): Outcome<string[], StatementInputError[]> {
  const current = statements.find((statement) => statement.id === statementId);
  if (!current) {
    return fail([{ title: "statementId", detail: `statementId ${statementId} is not among the statements given` }]);
  }
  return ok(
    statements
      .filter((statement) => comparableDate(statement.paymentDate) < comparableDate(current.paymentDate))
      .map((statement) => statement.id),
  );
}

/** "2025-11-25" or an RFC 3339 datetime: the calendar date is what orders statements. */
function comparableDate(date: string): string {
  return date.slice(0, 10);
}

const notOnStatement = 0;
const onCurrent = 1;
const onPrevious = 2;

/**
 * Turns declarations into the counts a statement's money depends on, in one pass. Rows may hold every
 * declaration of the lead provider and cohort: those on neither this statement nor an earlier one are skipped.
 *
 * A row counts as billable on its payment statement (eligible, payable, paid, and paid-then-clawed-back), as
 * refundable on its clawback statement, and as voided on its payment statement. Uplifts are started
 * declarations under the bands with an uplift flag, on this statement.
 */
export function countStatementDeclarations(
  rows: Iterable<StatementDeclarationRow>,
  options: CountStatementDeclarationsOptions,
): StatementCounts {
  const roles = new Map<string, number>();
  for (const id of options.previousStatementIds) {
    roles.set(id, onPrevious);
  }
  roles.set(options.statementId, onCurrent);

  // Maps rather than records: a row's declaration type is data, and must never reach Object.prototype.
  const banded = new Map<string, BandedDeclarationCounts>(
    ecfPaymentDeclarationTypes.map((type) => [
      type,
      { previousBillable: 0, previousRefundable: 0, billable: 0, refundable: 0, voided: 0 },
    ]),
  );
  const flatRate = new Map<string, FlatRateDeclarationCounts>(
    mentorFlatRateDeclarationTypes.map((type) => [type, { billable: 0, refundable: 0, voided: 0 }]),
  );
  const uplifts = { billable: 0, refundable: 0 };

  for (const row of rows) {
    const paymentRole = row.statementId === null ? notOnStatement : (roles.get(row.statementId) ?? notOnStatement);
    const clawbackRole =
      row.clawbackStatementId === null ? notOnStatement : (roles.get(row.clawbackStatementId) ?? notOnStatement);
    if (paymentRole === notOnStatement && clawbackRole === notOnStatement) {
      continue;
    }
    const state = row.state;
    const billableHere = paymentRole !== notOnStatement && isBillableState(state);
    const refundableHere = clawbackRole !== notOnStatement && isRefundableState(state);
    const voidedHere = paymentRole === onCurrent && state === "voided";

    if (options.mentorsOnFlatRate && row.courseIdentifier === "ecf-mentor") {
      // Flat-rate mentors can only declare started and completed; no earlier statement matters to them.
      const counts = flatRate.get(row.declarationType);
      if (counts) {
        counts.billable += billableHere && paymentRole === onCurrent ? 1 : 0;
        counts.refundable += refundableHere && clawbackRole === onCurrent ? 1 : 0;
        counts.voided += voidedHere ? 1 : 0;
      }
      continue;
    }

    const counts = banded.get(row.declarationType);
    if (!counts) {
      continue;
    }
    const upliftHere = row.uplift && row.declarationType === "started";
    if (billableHere && paymentRole === onCurrent) {
      counts.billable += 1;
      uplifts.billable += upliftHere ? 1 : 0;
    } else if (billableHere) {
      counts.previousBillable += 1;
    }
    if (refundableHere && clawbackRole === onCurrent) {
      counts.refundable += 1;
      uplifts.refundable += upliftHere ? 1 : 0;
    } else if (refundableHere) {
      counts.previousRefundable += 1;
    }
    counts.voided += voidedHere ? 1 : 0;
  }

  return {
    banded: Object.fromEntries(banded) as StatementCounts["banded"],
    uplifts,
    mentorFlatRate: options.mentorsOnFlatRate
      ? (Object.fromEntries(flatRate) as NonNullable<StatementCounts["mentorFlatRate"]>)
      : null,
  };
}
