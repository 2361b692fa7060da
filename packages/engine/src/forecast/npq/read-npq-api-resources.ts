import { NPQ_DECLARATION_STATES } from "../../npq/model/declaration.ts";
import { NPQ_COURSE_IDENTIFIERS } from "../../npq/reference/courses.ts";
import { NPQ_DECLARATION_TYPES } from "../../npq/reference/schedules.ts";
import { type FieldReader, fieldPath } from "../../payments/input/field-reader.ts";
import type { NpqStatementDeclarationRow } from "../../payments/npq/statement-declaration-row.ts";
import { apiResource, idOrNull, maximumItems, oneOf, pattern } from "../read-api-resources.ts";

/** An NPQ declaration of the API, read: the calculator's row before its application decides targeted funding. */
export interface NpqForecastDeclarationRecord {
  readonly path: string;
  readonly row: Omit<NpqStatementDeclarationRow, "targetedDeliveryFunding">;
  readonly applicationId: string;
}

/**
 * Whether an application is eligible for funding as the service's calculator reads it (its stored eligibility, not
 * the API's `eligible_for_funding`): `unknown` where the API cannot tell (see `npqFundingOf`).
 */
type NpqStoredFunding = "eligible" | "ineligible" | "unknown";

/** An NPQ application of the API, read: its cohort and what targeted delivery funding needs. */
export interface NpqForecastApplicationRecord {
  readonly id: string;
  /** The cohort identifier, start year and suffix ("2025a"); null for an application in no cohort yet. */
  readonly cohort: string | null;
  readonly funding: NpqStoredFunding;
  readonly targetedDeliveryFundingEligibility: boolean;
}

const suffixPattern = /^[a-z]$/;
const startYearPattern = /^\d{4}$/;

/** The items of the NPQ API's `GET /api/v3/participant-declarations`, as the SDK returns them. */
export function readApiNpqDeclarations(reader: FieldReader, value: unknown): NpqForecastDeclarationRecord[] {
  const records: NpqForecastDeclarationRecord[] = [];
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
    const declarationType = oneOf(reader, attributes.declaration_type, at("declaration_type"), NPQ_DECLARATION_TYPES);
    const courseIdentifier = oneOf(
      reader,
      attributes.course_identifier,
      at("course_identifier"),
      NPQ_COURSE_IDENTIFIERS,
    );
    const state = oneOf(reader, attributes.state, at("state"), NPQ_DECLARATION_STATES);
    const declarationDate = reader.text(attributes.declaration_date, at("declaration_date"), 40);
    const statementId = idOrNull(reader, attributes.statement_id, at("statement_id"));
    const clawbackStatementId = idOrNull(reader, attributes.clawback_statement_id, at("clawback_statement_id"));
    const applicationId = reader.text(attributes.application_id, at("application_id"), 100);
    if (
      participantId &&
      declarationType &&
      courseIdentifier &&
      state &&
      declarationDate &&
      statementId !== undefined &&
      clawbackStatementId !== undefined &&
      applicationId
    ) {
      records.push({
        path,
        applicationId,
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

/** The items of `GET /api/v3/npq-applications`, as the SDK returns them, by id. */
export function readApiNpqApplications(reader: FieldReader, value: unknown): Map<string, NpqForecastApplicationRecord> {
  const records = new Map<string, NpqForecastApplicationRecord>();
  for (const [index, item] of (
    reader.array(value, "applications", { minimum: 0, maximum: maximumItems }) ?? []
  ).entries()) {
    const path = fieldPath("applications", index);
    const resource = apiResource(reader, item, path);
    if (!resource) {
      continue;
    }
    const { id, attributes, attributesPath } = resource;
    const at = (key: string) => fieldPath(attributesPath, key);
    const startYear = nullOr(attributes.cohort, () =>
      pattern(reader, attributes.cohort, at("cohort"), startYearPattern, '"2025"'),
    );
    const suffix = nullOr(attributes.cohort_suffix, () =>
      pattern(reader, attributes.cohort_suffix, at("cohort_suffix"), suffixPattern, '"a"'),
    );
    const eligible = reader.boolean(attributes.eligible_for_funding, at("eligible_for_funding"));
    const targeted = reader.boolean(
      attributes.targeted_delivery_funding_eligibility,
      at("targeted_delivery_funding_eligibility"),
    );
    const reason = idOrNull(reader, attributes.ineligible_for_funding_reason, at("ineligible_for_funding_reason"));
    if (records.has(id)) {
      reader.report(fieldPath(path, "id"), `repeats application ${id}: give each application once`);
      continue;
    }
    if (
      startYear !== undefined &&
      suffix !== undefined &&
      eligible !== undefined &&
      targeted !== undefined &&
      reason !== undefined
    ) {
      records.set(id, {
        id,
        cohort: startYear === null || suffix === null ? null : `${startYear}${suffix}`,
        funding: npqFundingOf(eligible, reason),
        targetedDeliveryFundingEligibility: targeted,
      });
    }
  }
  return records;
}

/** Null as it is; anything else as `read` reads it. */
function nullOr<Value>(value: unknown, read: () => Value | undefined): Value | null | undefined {
  return value === null ? null : read();
}

/**
 * The API's `eligible_for_funding` is the stored eligibility, unless the person was funded before for the course,
 * which shows `false` with `ineligible_for_funding_reason: "previously-funded"` (unless DfE funded it by policy,
 * which shows `true`). The calculator reads the stored eligibility (payment rules §6.2), so behind
 * "previously-funded" and `false` it may be either (payment rules §8.2).
 */
function npqFundingOf(eligible: boolean, reason: string | null): NpqStoredFunding {
  if (reason === "previously-funded" && !eligible) {
    return "unknown";
  }
  return eligible ? "eligible" : "ineligible";
}
