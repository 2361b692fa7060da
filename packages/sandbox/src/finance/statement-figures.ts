/**
 * A statement's figures as the statement page lays them out (finance dashboard §1.4), read from the engine's
 * calculation of that statement (`statementPayments`, the same as `GET /__sandbox/statements/{id}/breakdown`). Every
 * amount is one of the calculation's pounds strings, picked out, never added up here; the only sums are of
 * declaration counts, for the summary panel's totals.
 */
import type {
  BandedDeclarationTypeCalculation,
  EcfBandedCalculation,
  EcfMentorFlatRateCalculation,
  PoundsString,
  StatementCalculation,
} from "@lpkit/engine";

/** `retained-1` → `Retained 1`, as the tables name a declaration type. */
export function declarationTypeLabel(declarationType: string): string {
  const words = declarationType.replace(/-/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

interface BandedOutputRow {
  readonly label: string;
  readonly counts: readonly number[];
  readonly unitFees: readonly PoundsString[];
  readonly total: PoundsString;
}

export interface ClawbackRow {
  readonly label: string;
  readonly participants: number;
  /** The unit fee taken back, shown negative. */
  readonly fee: PoundsString;
  readonly payments: PoundsString;
}

/** The banded fee structure's tables: output payments per type and band, and the clawbacks taken from each band. */
export interface BandedFigures {
  readonly bands: readonly string[];
  readonly outputs: readonly BandedOutputRow[];
  readonly clawbacks: readonly ClawbackRow[];
  readonly calculation: EcfBandedCalculation;
}

function billable(type: BandedDeclarationTypeCalculation): number {
  return type.bands.reduce((sum, band) => sum + band.billable, 0);
}

function refundable(type: BandedDeclarationTypeCalculation): number {
  return type.bands.reduce((sum, band) => sum + band.refundable, 0);
}

/** A fee taken back: the same pounds string with a minus sign (a sign, not a calculation). */
function negated(amount: PoundsString): PoundsString {
  return amount.startsWith("-") ? amount.slice(1) : `-${amount}`;
}

export function bandedFigures(calculation: EcfBandedCalculation): BandedFigures {
  const outputs = calculation.declarations
    // Extended rows only when there is something to show (finance dashboard §1.4).
    .filter((type) => !type.declarationType.startsWith("extended") || billable(type) > 0)
    .map((type) => ({
      label: declarationTypeLabel(type.declarationType),
      counts: type.bands.map((band) => band.billable),
      unitFees: type.bands.map((band) => band.unitFee),
      total: type.outputPayment,
    }));
  const clawbacks = calculation.declarations.flatMap((type) =>
    type.bands
      .filter((band) => band.refundable > 0)
      .map((band) => ({
        label: `Clawback for ${declarationTypeLabel(type.declarationType)} (Band: ${band.band})`,
        participants: band.refundable,
        fee: negated(band.unitFee),
        payments: band.clawbacks,
      })),
  );
  return { bands: calculation.bands.map((band) => band.band), outputs, clawbacks, calculation };
}

export interface MentorFigures {
  readonly outputs: readonly { label: string; participants: number; fee: PoundsString; total: PoundsString }[];
  readonly clawbacks: readonly ClawbackRow[];
  readonly calculation: EcfMentorFlatRateCalculation;
}

export function mentorFigures(calculation: EcfMentorFlatRateCalculation): MentorFigures {
  return {
    outputs: calculation.declarations.map((type) => ({
      label: declarationTypeLabel(type.declarationType),
      participants: type.billable,
      fee: type.unitFee,
      total: type.outputPayment,
    })),
    clawbacks: calculation.declarations
      .filter((type) => type.refundable > 0)
      .map((type) => ({
        label: `Clawback for ${declarationTypeLabel(type.declarationType)}`,
        participants: type.refundable,
        fee: negated(type.unitFee),
        payments: type.clawbacks,
      })),
    calculation,
  };
}

/** Declaration counts by milestone, for the summary panel and the declarations summary. */
export interface DeclarationCounts {
  readonly started: number;
  readonly retained: number;
  readonly completed: number;
  readonly extended: number;
  readonly clawedBack: number;
  readonly voided: number;
}

export function bandedCounts(calculation: EcfBandedCalculation): DeclarationCounts {
  const types = calculation.declarations;
  const billed = (prefix: string) =>
    types.filter((type) => type.declarationType.startsWith(prefix)).reduce((sum, type) => sum + billable(type), 0);
  return {
    started: billed("started"),
    retained: billed("retained"),
    completed: billed("completed"),
    extended: billed("extended"),
    clawedBack: types.reduce((sum, type) => sum + refundable(type), 0),
    voided: types.reduce((sum, type) => sum + type.voided, 0),
  };
}

export function mentorCounts(calculation: EcfMentorFlatRateCalculation): DeclarationCounts {
  const types = calculation.declarations;
  const of = (prefix: string) => types.find((type) => type.declarationType === prefix)?.billable ?? 0;
  return {
    started: of("started"),
    retained: 0,
    completed: of("completed"),
    extended: 0,
    clawedBack: types.reduce((sum, type) => sum + type.refundable, 0),
    voided: types.reduce((sum, type) => sum + type.voided, 0),
  };
}

/** The calculation's fee structures by kind: the banded one (ECTs, and mentors before 2025) and the mentors' flat rate. */
export function feeStructures(calculation: StatementCalculation): {
  banded: EcfBandedCalculation | undefined;
  mentors: EcfMentorFlatRateCalculation | undefined;
} {
  return {
    banded: calculation.feeStructures.find((structure) => structure.model === "ecf-banded"),
    mentors: calculation.feeStructures.find((structure) => structure.model === "ecf-mentor-flat-rate"),
  };
}

/**
 * The recruitment target with the 150% the contracts allow on top ("Revised recruitment target (+150%)"): the
 * service stores it on each contract; ours derive it from the target, rounded down to whole participants.
 */
export function revisedRecruitmentTarget(recruitmentTarget: number): number {
  return Math.floor((recruitmentTarget * 3) / 2);
}
