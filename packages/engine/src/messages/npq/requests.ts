/**
 * The NPQ service's request-level messages (400, 401, 403, 404, 410 and the training status filter's 422), byte for
 * byte (NPQ rules §1.2, §1.3 and §1.4). They differ from the ECF service's: a lower-case `correct json ...` without a
 * full stop, a `filter` message with a pointer, and a 404 body that is `{"error": "Resource not found"}`.
 */
import type { RuleMessageWith } from "../rule-message.ts";
import { NPQ_TITLES } from "./titles.ts";

/** The two ids of a participant id change, as the 410 body and NPQ declaration rule 2 name them. */
export interface ParticipantIdChangeIds {
  readonly from: string;
  readonly to: string;
}

const participantIdChangedTemplate =
  "The participant_id '{from_participant_id}' has been replaced with '{to_participant_id}'.";

/** `The participant_id '<from>' has been replaced with '<to>'.`: the 410 detail and NPQ declaration rule 2. */
export function participantIdChangedMessage(title: string): RuleMessageWith<ParticipantIdChangeIds> {
  return {
    title,
    template: participantIdChangedTemplate,
    detail: ({ from, to }) =>
      participantIdChangedTemplate.replace("{from_participant_id}", from).replace("{to_participant_id}", to),
  };
}

export const NPQ_REQUEST_MESSAGES = {
  /** 401 body is `{"error": <this>}`, as on the ECF service. */
  accessDenied: "HTTP Token: Access denied",
  /** 404 body is `{"error": <this>}`, for an unknown id and an unknown path alike. */
  notFound: "Resource not found",
  jsonStructureRequired: "correct json data structure required. See API docs for reference",
  invalidPagination: "The '#/page[page]' and '#/page[per_page]' parameter values must be a valid positive number",
  invalidUpdatedSince: "The filter '#/updated_since' must be a valid ISO 8601 date",
  invalidCreatedSince: "The filter '#/created_since' must be a valid ISO 8601 date",
  invalidParticipantIdFilter: "The filter '#/participant_id' must be a comma-delimited list of valid UUIDs",
  filterNotValid: "'#/filter' is not a valid field",
  /** An outcome's `completion_date` in the right layout that is no real date: the date parser's own message. */
  invalidDate: "invalid date",
  cannotCreateCompletedDeclaration: "Could not create completed declaration. Contact the DfE for support.",
  /** 403, title `Cannot modify declaration`. */
  cannotModifyDeclaration: "The declaration cannot be modified because it was created by another lead provider",
  /** 422, title `Unpermitted parameters`. */
  invalidTrainingStatusFilter: 'The filter \'#/training_status\' must be ["active", "deferred", "withdrawn"]',
} as const;

/** The 410 entry of a merged participant id (its body also carries `participant_id_changes`). */
export const NPQ_PARTICIPANT_ID_CHANGED = participantIdChangedMessage(NPQ_TITLES.participantIdChanged);
