import { ecfPaymentDeclarationTypes } from "../payments/ecf/declaration-types.ts";
import type { PaymentDeclarationState, StatementDeclarationRow } from "../payments/ecf/statement-declaration-row.ts";
import { type FieldReader, fieldPath } from "../payments/input/field-reader.ts";

/** A statement of the API, read: what ordering and labelling it needs. */
export interface ForecastStatementRecord {
  readonly id: string;
  /** Where it sat in the input, to name it in a problem. */
  readonly path: string;
  readonly cohort: number;
  readonly month: string;
  readonly year: string;
  readonly cutOffDate: string;
  readonly paymentDate: string;
  readonly paid: boolean;
}

/** A declaration of the API, read: the calculator's row, before the contract decides whether its uplift counts. */
export interface ForecastDeclarationRecord {
  readonly path: string;
  readonly row: Omit<StatementDeclarationRow, "uplift">;
  readonly upliftPaid: boolean;
}

const states: readonly PaymentDeclarationState[] = [
  "submitted",
  "eligible",
  "payable",
  "paid",
  "voided",
  "awaiting-clawback",
  "clawed-back",
];
const courses = ["ecf-induction", "ecf-mentor"] as const;
const cohortPattern = /^\d{4}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** The API pages 3,000 declarations at a time; a million is far beyond any lead provider's. */
export const maximumItems = 1_000_000;

/** The items of `GET /api/v3/statements`, as the SDK returns them; every problem is reported to `reader`. */
export function readApiStatements(reader: FieldReader, value: unknown): ForecastStatementRecord[] {
  const records: ForecastStatementRecord[] = [];
  const seen = new Set<string>();
  for (const [index, item] of (
    reader.array(value, "statements", { minimum: 0, maximum: maximumItems }) ?? []
  ).entries()) {
    const path = fieldPath("statements", index);
    const resource = apiResource(reader, item, path);
    if (!resource) {
      continue;
    }
    const { id, attributes, attributesPath } = resource;
    const cohort = pattern(reader, attributes.cohort, fieldPath(attributesPath, "cohort"), cohortPattern, '"2025"');
    const paymentDate = pattern(
      reader,
      attributes.payment_date,
      fieldPath(attributesPath, "payment_date"),
      datePattern,
      '"2025-11-25"',
    );
    const cutOffDate = pattern(
      reader,
      attributes.cut_off_date,
      fieldPath(attributesPath, "cut_off_date"),
      datePattern,
      '"2025-10-31"',
    );
    const month = reader.text(attributes.month, fieldPath(attributesPath, "month"), 20);
    const year = pattern(reader, attributes.year, fieldPath(attributesPath, "year"), cohortPattern, '"2025"');
    const paid = reader.boolean(attributes.paid, fieldPath(attributesPath, "paid"));
    if (seen.has(id)) {
      reader.report(fieldPath(path, "id"), `repeats statement ${id}: give each statement once`);
      continue;
    }
    seen.add(id);
    if (cohort && paymentDate && cutOffDate && month && year && paid !== undefined) {
      records.push({ id, path, cohort: Number(cohort), month, year, cutOffDate, paymentDate, paid });
    }
  }
  return records;
}

/** The items of `GET /api/v3/participant-declarations`, as the SDK returns them. */
export function readApiDeclarations(reader: FieldReader, value: unknown): ForecastDeclarationRecord[] {
  const records: ForecastDeclarationRecord[] = [];
  for (const [index, item] of (
    reader.array(value, "declarations", { minimum: 0, maximum: maximumItems }) ?? []
  ).entries()) {
    const path = fieldPath("declarations", index);
    const resource = apiResource(reader, item, path);
    if (!resource) {
      continue;
    }
    const { id, attributes, attributesPath } = resource;
    const at = (key: string) => fieldPath(attributesPath, key);
    const participantId = reader.text(attributes.participant_id, at("participant_id"), 100);
    const declarationType = oneOf(
      reader,
      attributes.declaration_type,
      at("declaration_type"),
      ecfPaymentDeclarationTypes,
    );
    const courseIdentifier = oneOf(reader, attributes.course_identifier, at("course_identifier"), courses);
    const state = oneOf(reader, attributes.state, at("state"), states);
    const declarationDate = reader.text(attributes.declaration_date, at("declaration_date"), 40);
    const statementId = idOrNull(reader, attributes.statement_id, at("statement_id"));
    const clawbackStatementId = idOrNull(reader, attributes.clawback_statement_id, at("clawback_statement_id"));
    const upliftPaid = reader.boolean(attributes.uplift_paid, at("uplift_paid"));
    if (
      participantId &&
      declarationType &&
      courseIdentifier &&
      state &&
      declarationDate &&
      statementId !== undefined &&
      clawbackStatementId !== undefined &&
      upliftPaid !== undefined
    ) {
      records.push({
        path,
        upliftPaid,
        row: {
          id,
          participantId,
          courseIdentifier,
          declarationType,
          declarationDate,
          state,
          statementId,
          clawbackStatementId,
        },
      });
    }
  }
  return records;
}

export interface ApiResource {
  id: string;
  attributes: Record<string, unknown>;
  attributesPath: string;
}

/** `{ id, attributes }`; other members (`type`) are left alone, since the API may add fields at any time. */
export function apiResource(reader: FieldReader, item: unknown, path: string): ApiResource | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    reader.expected(item, path, "must be an object with an id and attributes, as the API returns it");
    return undefined;
  }
  const { id, attributes } = item as { id?: unknown; attributes?: unknown };
  const attributesPath = fieldPath(path, "attributes");
  const validId = reader.text(id, fieldPath(path, "id"), 100);
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) {
    reader.expected(attributes, attributesPath, "must be an object");
    return undefined;
  }
  return validId === undefined
    ? undefined
    : { id: validId, attributes: attributes as Record<string, unknown>, attributesPath };
}

export function pattern(
  reader: FieldReader,
  value: unknown,
  path: string,
  expected: RegExp,
  example: string,
): string | undefined {
  if (typeof value !== "string" || !expected.test(value)) {
    reader.expected(value, path, `must be a string such as ${example}`);
    return undefined;
  }
  return value;
}

export function oneOf<Value extends string>(
  reader: FieldReader,
  value: unknown,
  path: string,
  values: readonly Value[],
): Value | undefined {
  if (typeof value !== "string" || !(values as readonly string[]).includes(value)) {
    reader.expected(value, path, `must be one of ${values.map((name) => `"${name}"`).join(", ")}`);
    return undefined;
  }
  return value as Value;
}

export function idOrNull(reader: FieldReader, value: unknown, path: string): string | null | undefined {
  return value === null ? null : reader.text(value, path, 100);
}
