import { fail, type Outcome, ok } from "../../result.ts";
import { firstCohortWithMentorFlatRate, firstPaymentCohort } from "../ecf/contract-terms.ts";
import { readBandedFeeStructure, type ValidBandedFeeStructure } from "../ecf/read-banded-fee-structure.ts";
import {
  readMentorFlatRateFeeStructure,
  type ValidMentorFlatRateFeeStructure,
} from "../ecf/read-mentor-flat-rate-fee-structure.ts";
import { compare, fraction } from "../fraction.ts";
import { readNpqCourseFeeStructure, type ValidNpqCourseFeeStructure } from "../npq/read-course-fee-structure.ts";
import type { AdjustmentInput, FeeStructureModel } from "../statement-input.ts";
import type { VatTerms } from "../vat.ts";
import { FieldReader, field, fieldPath, type StatementInputError } from "./field-reader.ts";
import { readVatTerms } from "./read-vat-terms.ts";

export type ValidFeeStructure = ValidBandedFeeStructure | ValidMentorFlatRateFeeStructure;

/** A statement input that passed validation, with every default filled in. */
export type ValidStatementInput = ValidEcfStatementInput | ValidNpqStatementInput;

export interface ValidEcfStatementInput {
  programme: "ecf";
  cohort: number;
  vat: VatTerms;
  feeStructures: ValidFeeStructure[];
  adjustments: AdjustmentInput[];
}

export interface ValidNpqStatementInput {
  programme: "npq";
  cohort: number;
  /** "2025-10". */
  statementMonth: string;
  feeStructures: ValidNpqCourseFeeStructure[];
  adjustments: AdjustmentInput[];
}

const ecfInputKeys = ["cohort", "vat", "feeStructures", "adjustments"] as const;
const npqInputKeys = ["cohort", "statementMonth", "feeStructures", "adjustments"] as const;
const npqModel = "npq-course";
const statementMonthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const adjustmentKeys = ["description", "amount"] as const;
const models: readonly FeeStructureModel[] = ["ecf-banded", "ecf-mentor-flat-rate"];

/** ECF statement adjustments are limited to £1,000,000 either way, as RECT limits them; NPQ's are not. */
const adjustmentLimit = fraction(1_000_000n);
const negativeLimit = fraction(-1_000_000n);
const maximumAdjustments = 1000;
const maximumFeeStructures = 10;
/** Twelve NPQ courses: one contract each at most. */
const maximumNpqFeeStructures = 12;
const lastCohort = 2100;

/** Validates untrusted input for `calculateStatement`; every problem found is reported, nothing is thrown. */
export function readStatementInput(input: unknown): Outcome<ValidStatementInput, StatementInputError[]> {
  if (isNpqInput(input)) {
    return readNpqStatementInput(input);
  }
  const reader = new FieldReader();
  const record = reader.object(input, "", ecfInputKeys);
  if (!record) {
    return fail(reader.errors);
  }
  const cohort = readCohort(reader, field(record, "cohort"));
  const vat = readVatTerms(reader, field(record, "vat"), "vat");
  const feeStructures = readFeeStructures(reader, field(record, "feeStructures"), cohort);
  const adjustments = readAdjustments(reader, field(record, "adjustments"), true);
  if (reader.errors.length > 0 || cohort === undefined || !vat || !feeStructures || !adjustments) {
    return fail(reader.errors);
  }
  return ok({ programme: "ecf", cohort, vat, feeStructures, adjustments });
}

/** An NPQ statement is one whose fee structures include an `npq-course` one; everything else is read as ECF. */
function isNpqInput(input: unknown): input is Record<string, unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return false;
  }
  const structures = field(input as Record<string, unknown>, "feeStructures");
  return (
    Array.isArray(structures) &&
    structures.some(
      (structure) =>
        typeof structure === "object" &&
        structure !== null &&
        field(structure as Record<string, unknown>, "model") === npqModel,
    )
  );
}

function readNpqStatementInput(input: Record<string, unknown>): Outcome<ValidStatementInput, StatementInputError[]> {
  const reader = new FieldReader();
  const { vat, ...rest } = input;
  if (vat !== undefined) {
    // Refused with the reason rather than as an unknown field: NPQ computes no VAT (payment rules §Q10).
    reader.report(
      "vat",
      "must be left out of an NPQ statement: NPQ statements carry no VAT, their total is net of VAT",
    );
  }
  const record = reader.object(rest, "", npqInputKeys) as Record<string, unknown>;
  const cohort = readCohort(reader, field(record, "cohort"));
  const statementMonth = readStatementMonth(reader, field(record, "statementMonth"));
  const values = reader.array(field(record, "feeStructures"), "feeStructures", {
    minimum: 1,
    maximum: maximumNpqFeeStructures,
  });
  const feeStructures: ValidNpqCourseFeeStructure[] = [];
  const courses = new Set<string>();
  for (const [index, structure] of (values ?? []).entries()) {
    const path = fieldPath("feeStructures", index);
    const model =
      typeof structure === "object" && structure !== null
        ? field(structure as Record<string, unknown>, "model")
        : undefined;
    if (model !== npqModel) {
      reader.expected(
        model,
        fieldPath(path, "model"),
        `must be "${npqModel}": an NPQ statement has no ECF fee structures`,
      );
      continue;
    }
    const course = readNpqCourseFeeStructure(reader, structure, path);
    if (course && courses.has(course.course)) {
      reader.report(
        fieldPath(path, "course"),
        `must not repeat: a statement has one contract per course (${course.course})`,
      );
    } else if (course) {
      courses.add(course.course);
      feeStructures.push(course);
    }
  }
  const adjustments = readAdjustments(reader, field(record, "adjustments"), false);
  if (reader.errors.length > 0 || cohort === undefined || statementMonth === undefined || !values || !adjustments) {
    return fail(reader.errors);
  }
  return ok({ programme: "npq", cohort, statementMonth, feeStructures, adjustments });
}

function readStatementMonth(reader: FieldReader, value: unknown): string | undefined {
  if (typeof value !== "string" || !statementMonthPattern.test(value)) {
    reader.expected(
      value,
      "statementMonth",
      'must be the statement\'s year and month written as "YYYY-MM", such as "2025-10"',
    );
    return undefined;
  }
  return value;
}

function readCohort(reader: FieldReader, value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isInteger(value) || value < firstPaymentCohort || value > lastCohort) {
    reader.expected(
      value,
      "cohort",
      `must be the cohort's start year as a number from ${firstPaymentCohort}, such as 2024`,
    );
    return undefined;
  }
  return value;
}

function readFeeStructures(
  reader: FieldReader,
  value: unknown,
  cohort: number | undefined,
): ValidFeeStructure[] | undefined {
  const values = reader.array(value, "feeStructures", { minimum: 1, maximum: maximumFeeStructures });
  if (!values) {
    return undefined;
  }
  const structures: ValidFeeStructure[] = [];
  const found: Record<FeeStructureModel, number> = { "ecf-banded": 0, "ecf-mentor-flat-rate": 0 };
  for (const [index, structure] of values.entries()) {
    const path = fieldPath("feeStructures", index);
    const model = readModel(reader, structure, path);
    if (model === "ecf-banded") {
      found[model] += 1;
      const banded = readBandedFeeStructure(reader, structure, path, cohort);
      if (banded) {
        structures.push(banded);
      }
    } else if (model === "ecf-mentor-flat-rate") {
      found[model] += 1;
      if (cohort !== undefined && cohort < firstCohortWithMentorFlatRate) {
        reader.report(
          fieldPath(path, "model"),
          `cannot be "ecf-mentor-flat-rate" for the ${cohort} cohort: mentors are paid a flat rate from the ${firstCohortWithMentorFlatRate} cohort, and by band before it`,
        );
      }
      const flatRate = readMentorFlatRateFeeStructure(reader, structure, path);
      if (flatRate) {
        structures.push(flatRate);
      }
    }
  }
  if (found["ecf-banded"] !== 1) {
    reader.report("feeStructures", 'must include exactly one fee structure with model "ecf-banded"');
  }
  if (found["ecf-mentor-flat-rate"] > 1) {
    reader.report("feeStructures", 'must include at most one fee structure with model "ecf-mentor-flat-rate"');
  }
  return structures;
}

function readModel(reader: FieldReader, value: unknown, path: string): FeeStructureModel | undefined {
  const model =
    typeof value === "object" && value !== null ? field(value as Record<string, unknown>, "model") : undefined;
  if (typeof model === "string" && (models as readonly string[]).includes(model)) {
    return model as FeeStructureModel;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    reader.expected(value, path, "must be an object");
  } else {
    reader.expected(model, fieldPath(path, "model"), `must be one of ${models.map((name) => `"${name}"`).join(", ")}`);
  }
  return undefined;
}

function readAdjustments(reader: FieldReader, value: unknown, limited: boolean): AdjustmentInput[] | undefined {
  if (value === undefined) {
    return [];
  }
  const values = reader.array(value, "adjustments", { minimum: 0, maximum: maximumAdjustments });
  if (!values) {
    return undefined;
  }
  const adjustments: AdjustmentInput[] = [];
  for (const [index, adjustment] of values.entries()) {
    const path = fieldPath("adjustments", index);
    const record = reader.object(adjustment, path, adjustmentKeys);
    if (!record) {
      continue;
    }
    const description = reader.text(field(record, "description"), fieldPath(path, "description"), 255);
    const amountText = field(record, "amount");
    const amount = reader.money(amountText, fieldPath(path, "amount"), { allowNegative: true });
    if (
      amount &&
      limited &&
      (amount.numerator === 0n || compare(amount, adjustmentLimit) > 0 || compare(amount, negativeLimit) < 0)
    ) {
      reader.report(fieldPath(path, "amount"), 'must not be zero, and must be from "-1000000.00" to "1000000.00"');
      continue;
    }
    if (amount && amount.numerator === 0n) {
      reader.report(fieldPath(path, "amount"), "must not be zero");
      continue;
    }
    if (description !== undefined && amount) {
      adjustments.push({ description, amount: amountText as string });
    }
  }
  return adjustments;
}
