import { type FieldReader, field, fieldPath } from "../input/field-reader.ts";
import type { MentorFlatRateTerms } from "./contract-terms.ts";
import { type MentorFlatRateDeclarationType, mentorFlatRateDeclarationTypes } from "./declaration-types.ts";
import type { FlatRateDeclarationCounts } from "./statement-counts.ts";

/** An `ecf-mentor-flat-rate` fee structure after validation, with every default filled in. */
export interface ValidMentorFlatRateFeeStructure {
  model: "ecf-mentor-flat-rate";
  terms: MentorFlatRateTerms;
  declarations: Record<MentorFlatRateDeclarationType, FlatRateDeclarationCounts>;
}

const structureKeys = ["model", "terms", "declarations"] as const;
const termKeys = ["feePerDeclaration", "recruitmentTarget"] as const;
const countKeys = ["billable", "refundable", "voided"] as const;

export function readMentorFlatRateFeeStructure(
  reader: FieldReader,
  value: unknown,
  path: string,
): ValidMentorFlatRateFeeStructure | undefined {
  const record = reader.object(value, path, structureKeys);
  if (!record) {
    return undefined;
  }
  const terms = readMentorFlatRateTerms(reader, field(record, "terms"), fieldPath(path, "terms"));
  const declarationsPath = fieldPath(path, "declarations");
  const declarationsRecord = reader.object(
    field(record, "declarations"),
    declarationsPath,
    mentorFlatRateDeclarationTypes,
  );
  if (!terms || !declarationsRecord) {
    return undefined;
  }
  const started = reader.counts(
    field(declarationsRecord, "started") ?? {},
    fieldPath(declarationsPath, "started"),
    countKeys,
  );
  const completed = reader.counts(
    field(declarationsRecord, "completed") ?? {},
    fieldPath(declarationsPath, "completed"),
    countKeys,
  );
  if (!started || !completed) {
    return undefined;
  }
  return { model: "ecf-mentor-flat-rate", terms, declarations: { started, completed } };
}

export function readMentorFlatRateTerms(
  reader: FieldReader,
  value: unknown,
  path: string,
): MentorFlatRateTerms | undefined {
  const record = reader.object(value, path, termKeys);
  if (!record) {
    return undefined;
  }
  const feeText = field(record, "feePerDeclaration");
  const fee = reader.money(feeText, fieldPath(path, "feePerDeclaration"), { allowNegative: false });
  const recruitmentTarget = reader.integer(field(record, "recruitmentTarget"), fieldPath(path, "recruitmentTarget"));
  if (!fee || recruitmentTarget === undefined) {
    return undefined;
  }
  return { feePerDeclaration: feeText as string, recruitmentTarget };
}
