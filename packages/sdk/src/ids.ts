/**
 * @module
 * The API's ids, named after what they identify. Plain `string` aliases, not branded types: ids arrive as plain
 * strings from JSON, a database or a queue, and the generated response types carry them as `string`, so a brand
 * would need a cast at every read, the very friction these names are meant to remove. They document intent in
 * signatures (`function void(id: DeclarationId)`) and go wherever the API takes an id.
 */

/** A participant's id (`/api/v3/participants/{id}`); the same for both roles of one person. */
export type ParticipantId = string;
/** The id of one role's training record (`ecf_enrolments[].training_record_id`). */
export type TrainingRecordId = string;
/** A declaration's id (`/api/v3/participant-declarations/{id}`). */
export type DeclarationId = string;
/** A statement's id (`/api/v3/statements/{id}`). */
export type StatementId = string;
/** A delivery partner's id (`/api/v3/delivery-partners/{id}`). */
export type DeliveryPartnerId = string;
/** A partnership's id (`/api/v3/partnerships/{id}`). */
export type PartnershipId = string;
/** A school's id (`/api/v3/schools/{id}`). */
export type SchoolId = string;
/** An unfunded mentor's id (`/api/v3/unfunded-mentors/{id}`). */
export type UnfundedMentorId = string;
