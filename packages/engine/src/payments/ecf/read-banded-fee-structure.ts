import { add, compare, fraction } from "../fraction.ts";
import { type FieldReader, field, fieldPath } from "../input/field-reader.ts";
import type { BandedFeeTerms, BandTerms } from "./contract-terms.ts";
import { lastCohortWithUpliftFees } from "./contract-terms.ts";
import { type EcfPaymentDeclarationType, ecfPaymentDeclarationTypes } from "./declaration-types.ts";
import type { BandedDeclarationCounts, UpliftCounts } from "./statement-counts.ts";

/** An `ecf-banded` fee structure after validation, with every default filled in. */
export interface ValidBandedFeeStructure {
  model: "ecf-banded";
  terms: BandedFeeTerms;
  declarations: Partial<Record<EcfPaymentDeclarationType, BandedDeclarationCounts>>;
  uplifts: UpliftCounts;
}

/** Band letters A to Z: more bands than that is not a contract anyone has. */
const maximumBands = 26;

const one = fraction(1n);
const structureKeys = ["model", "terms", "declarations", "uplifts"] as const;
const termKeys = ["bands", "recruitmentTarget", "upliftFeePerDeclaration", "setupFee", "monthlyServiceFee"] as const;
const bandKeys = ["capacity", "feePerDeclaration", "outputFeeRatio", "serviceFeeRatio"] as const;
const countKeys = ["previousBillable", "previousRefundable", "billable", "refundable", "voided"] as const;
const upliftKeys = ["billable", "refundable"] as const;

export function readBandedFeeStructure(
  reader: FieldReader,
  value: unknown,
  path: string,
  cohort: number | undefined,
): ValidBandedFeeStructure | undefined {
  const record = reader.object(value, path, structureKeys);
  if (!record) {
    return undefined;
  }
  const terms = readBandedFeeTerms(reader, field(record, "terms"), fieldPath(path, "terms"));
  const declarations = reader.countsByType(
    field(record, "declarations"),
    fieldPath(path, "declarations"),
    ecfPaymentDeclarationTypes,
    countKeys,
  );
  const uplifts = readUplifts(reader, field(record, "uplifts"), fieldPath(path, "uplifts"));
  if (!terms || !declarations || !uplifts) {
    return undefined;
  }
  const upliftsPath = fieldPath(path, "uplifts");
  const upliftsGiven = uplifts.billable > 0 || uplifts.refundable > 0;
  if (upliftsGiven && cohort !== undefined && cohort > lastCohortWithUpliftFees) {
    reader.report(
      upliftsPath,
      `must be zero: uplift fees apply to the 2021 to ${lastCohortWithUpliftFees} cohorts only`,
    );
    return undefined;
  }
  if (upliftsGiven && terms.upliftFeePerDeclaration === null) {
    reader.report(upliftsPath, "must be zero: the terms have no upliftFeePerDeclaration");
    return undefined;
  }
  const started = declarations.started ?? { billable: 0, refundable: 0 };
  for (const key of upliftKeys) {
    if (uplifts[key] > started[key]) {
      reader.report(
        fieldPath(upliftsPath, key),
        `must not be more than the ${key} started declarations (${started[key]}): only started declarations carry an uplift`,
      );
      return undefined;
    }
  }
  return { model: "ecf-banded", terms, declarations, uplifts };
}

export function readBandedFeeTerms(reader: FieldReader, value: unknown, path: string): BandedFeeTerms | undefined {
  const record = reader.object(value, path, termKeys);
  if (!record) {
    return undefined;
  }
  const bandsPath = fieldPath(path, "bands");
  const bandValues = reader.array(field(record, "bands"), bandsPath, { minimum: 1, maximum: maximumBands });
  const bands = bandValues?.map((band, index) => readBand(reader, band, fieldPath(bandsPath, index)));
  const recruitmentTarget = reader.integer(field(record, "recruitmentTarget"), fieldPath(path, "recruitmentTarget"));
  const upliftFee = readOptionalMoney(reader, record, "upliftFeePerDeclaration", path, null);
  const setupFee = readOptionalMoney(reader, record, "setupFee", path, "0.00");
  const monthlyServiceFee = readOptionalMoney(reader, record, "monthlyServiceFee", path, null);
  if (
    !bands ||
    !isComplete(bands) ||
    recruitmentTarget === undefined ||
    upliftFee === undefined ||
    setupFee === undefined ||
    setupFee === null ||
    monthlyServiceFee === undefined
  ) {
    return undefined;
  }
  const totalCapacity = bands.reduce((total, band) => total + band.capacity, 0);
  if (!Number.isSafeInteger(totalCapacity)) {
    reader.report(bandsPath, "must have a total capacity no larger than a safe integer");
    return undefined;
  }
  return { bands, recruitmentTarget, upliftFeePerDeclaration: upliftFee, setupFee, monthlyServiceFee };
}

function readBand(reader: FieldReader, value: unknown, path: string): BandTerms | undefined {
  const record = reader.object(value, path, bandKeys);
  if (!record) {
    return undefined;
  }
  const capacity = reader.integer(field(record, "capacity"), fieldPath(path, "capacity"), 1);
  const feeText = field(record, "feePerDeclaration");
  const fee = reader.money(feeText, fieldPath(path, "feePerDeclaration"), { allowNegative: false });
  const outputText = field(record, "outputFeeRatio");
  const output = reader.ratio(outputText, fieldPath(path, "outputFeeRatio"));
  const serviceText = field(record, "serviceFeeRatio");
  const service = reader.ratio(serviceText, fieldPath(path, "serviceFeeRatio"));
  if (capacity === undefined || !fee || !output || !service) {
    return undefined;
  }
  if (compare(add(output, service), one) !== 0) {
    reader.report(path, "must have an outputFeeRatio and a serviceFeeRatio that add up to exactly 1");
    return undefined;
  }
  return {
    capacity,
    feePerDeclaration: feeText as string,
    outputFeeRatio: outputText as string,
    serviceFeeRatio: serviceText as string,
  };
}

/** A money field that may be left out (taking `fallback`) or, when `fallback` is null, set to null. */
function readOptionalMoney(
  reader: FieldReader,
  record: Record<string, unknown>,
  key: string,
  path: string,
  fallback: string | null,
): string | null | undefined {
  const value = field(record, key);
  if (value === undefined || (value === null && fallback === null)) {
    return fallback;
  }
  return reader.money(value, fieldPath(path, key), { allowNegative: false }) ? (value as string) : undefined;
}

function readUplifts(reader: FieldReader, value: unknown, path: string): UpliftCounts | undefined {
  if (value === undefined) {
    return { billable: 0, refundable: 0 };
  }
  return reader.counts(value, path, upliftKeys);
}

function isComplete<T>(values: readonly (T | undefined)[]): values is T[] {
  return values.every((value) => value !== undefined);
}
