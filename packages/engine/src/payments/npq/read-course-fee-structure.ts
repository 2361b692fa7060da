import {
  isNpqCourseIdentifier,
  NPQ_COURSE_IDENTIFIERS,
  type NpqCourseIdentifier,
} from "../../npq/reference/courses.ts";
import { NPQ_DECLARATION_TYPES, type NpqDeclarationType } from "../../npq/reference/schedules.ts";
import { compare, zero } from "../fraction.ts";
import { type FieldReader, field, fieldPath } from "../input/field-reader.ts";
import {
  defaultTargetedDeliveryFundingPerParticipant,
  type NpqCourseTerms,
  npqCourseGroupTerms,
} from "./contract-terms.ts";
import type { NpqDeclarationCounts, NpqTargetedDeliveryFundingCounts } from "./statement-counts.ts";

/** An `npq-course` fee structure after validation, with every default filled in. */
export interface ValidNpqCourseFeeStructure {
  model: "npq-course";
  course: NpqCourseIdentifier;
  terms: NpqCourseTerms;
  declarations: Partial<Record<NpqDeclarationType, NpqDeclarationCounts>>;
  targetedDeliveryFunding: NpqTargetedDeliveryFundingCounts;
}

const structureKeys = ["model", "course", "terms", "declarations", "targetedDeliveryFunding"] as const;
const termKeys = [
  "recruitmentTarget",
  "feePerParticipant",
  "numberOfPaymentPeriods",
  "serviceFeePercentage",
  "serviceFeeInstallments",
  "outputPaymentPercentage",
  "monthlyServiceFee",
  "specialCourse",
  "targetedDeliveryFundingPerParticipant",
] as const;
const countKeys = ["billable", "refundable", "voided"] as const;
const fundingKeys = ["billable", "refundable"] as const;

export function readNpqCourseFeeStructure(
  reader: FieldReader,
  value: unknown,
  path: string,
): ValidNpqCourseFeeStructure | undefined {
  const record = reader.object(value, path, structureKeys);
  if (!record) {
    return undefined;
  }
  const courseValue = field(record, "course");
  const course = isNpqCourseIdentifier(courseValue) ? courseValue : undefined;
  if (course === undefined) {
    reader.expected(
      courseValue,
      fieldPath(path, "course"),
      `must be one of ${NPQ_COURSE_IDENTIFIERS.map((id) => `"${id}"`).join(", ")}`,
    );
  }
  const terms = course && readNpqCourseTerms(reader, field(record, "terms"), fieldPath(path, "terms"), course);
  const declarations = reader.countsByType(
    field(record, "declarations"),
    fieldPath(path, "declarations"),
    NPQ_DECLARATION_TYPES,
    countKeys,
  );
  const fundingPath = fieldPath(path, "targetedDeliveryFunding");
  const fundingValue = field(record, "targetedDeliveryFunding");
  const funding =
    fundingValue === undefined ? { billable: 0, refundable: 0 } : reader.counts(fundingValue, fundingPath, fundingKeys);
  if (!course || !terms || !declarations || !funding) {
    return undefined;
  }
  const started = declarations.started ?? { billable: 0, refundable: 0 };
  for (const key of fundingKeys) {
    if (funding[key] > started[key]) {
      reader.report(
        fieldPath(fundingPath, key),
        `must not be more than the ${key} started declarations (${started[key]}): targeted delivery funding is paid on starts only`,
      );
      return undefined;
    }
  }
  return { model: "npq-course", course, terms, declarations, targetedDeliveryFunding: funding };
}

/** A course's terms, the course group's template filling what is left out (payment rules §6.1). */
export function readNpqCourseTerms(
  reader: FieldReader,
  value: unknown,
  path: string,
  course: NpqCourseIdentifier,
): NpqCourseTerms | undefined {
  const record = reader.object(value, path, termKeys);
  if (!record) {
    return undefined;
  }
  const group = npqCourseGroupTerms(course);
  const at = (key: string) => fieldPath(path, key);
  const optional = (key: string) => field(record, key);
  const recruitmentTarget = reader.integer(field(record, "recruitmentTarget"), at("recruitmentTarget"), 1);
  const feeText = field(record, "feePerParticipant");
  const fee = reader.money(feeText, at("feePerParticipant"), { allowNegative: false });
  if (fee && compare(fee, zero) === 0) {
    reader.report(at("feePerParticipant"), "must be more than zero");
  }
  const numberOfPaymentPeriods = reader.integer(
    optional("numberOfPaymentPeriods") ?? group.numberOfPaymentPeriods,
    at("numberOfPaymentPeriods"),
  );
  const serviceFeePercentage = reader.integer(
    optional("serviceFeePercentage") ?? group.serviceFeePercentage,
    at("serviceFeePercentage"),
    0,
    100,
  );
  const serviceFeeInstallments = reader.integer(field(record, "serviceFeeInstallments"), at("serviceFeeInstallments"));
  const outputPaymentPercentage = reader.integer(
    optional("outputPaymentPercentage") ?? group.outputPaymentPercentage,
    at("outputPaymentPercentage"),
    0,
    100,
  );
  const monthlyValue = optional("monthlyServiceFee") ?? null;
  const monthly =
    monthlyValue === null ? null : reader.money(monthlyValue, at("monthlyServiceFee"), { allowNegative: false });
  const specialCourse = reader.boolean(optional("specialCourse") ?? false, at("specialCourse"));
  const fundingValue =
    optional("targetedDeliveryFundingPerParticipant") ?? defaultTargetedDeliveryFundingPerParticipant;
  const funding = reader.money(fundingValue, at("targetedDeliveryFundingPerParticipant"), { allowNegative: false });
  if (
    recruitmentTarget === undefined ||
    !fee ||
    compare(fee, zero) === 0 ||
    numberOfPaymentPeriods === undefined ||
    serviceFeePercentage === undefined ||
    serviceFeeInstallments === undefined ||
    outputPaymentPercentage === undefined ||
    monthly === undefined ||
    specialCourse === undefined ||
    !funding
  ) {
    return undefined;
  }
  // The service divides by these; a zero would be a division by zero there, so it is refused here.
  if (outputPaymentPercentage > 0 && numberOfPaymentPeriods === 0) {
    reader.report(at("numberOfPaymentPeriods"), "must be 1 or more when outputPaymentPercentage is above 0");
    return undefined;
  }
  if (serviceFeePercentage > 0 && monthlyValue === null && serviceFeeInstallments === 0) {
    reader.report(
      at("serviceFeeInstallments"),
      "must be 1 or more when serviceFeePercentage is above 0 and the monthly service fee is calculated",
    );
    return undefined;
  }
  return {
    recruitmentTarget,
    feePerParticipant: feeText as string,
    numberOfPaymentPeriods,
    serviceFeePercentage,
    serviceFeeInstallments,
    outputPaymentPercentage,
    monthlyServiceFee: monthlyValue as string | null,
    specialCourse,
    targetedDeliveryFundingPerParticipant: fundingValue as string,
  };
}
