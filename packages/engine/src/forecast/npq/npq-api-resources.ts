import type { ApiStatement } from "../api-resources.ts";

/**
 * The three reads of the NPQ Lead Provider API an NPQ forecast needs, in the shape the API (and so the SDK's NPQ
 * client) returns each item of `data`: `GET /api/v3/statements`, `GET /api/v3/participant-declarations` and
 * `GET /api/v3/npq-applications`. Only the fields the money depends on are listed; anything else is ignored, so the
 * SDK's items can be passed as they are.
 */

/** An item of the NPQ API's `GET /api/v3/statements`: the same attributes as the ECF API's (NPQ rules §2.5). */
export type ApiNpqStatement = ApiStatement;

/** An item of the NPQ API's `GET /api/v3/participant-declarations` (NPQ rules §5). */
export interface ApiNpqDeclaration {
  id: string;
  attributes: {
    /** The person: the service counts distinct (person, declaration type) pairs per course. */
    participant_id: string;
    declaration_type: string;
    declaration_date: string;
    course_identifier: string;
    state: string;
    /** The statement that pays it; null while it waits for funding, and once it is voided before payment. */
    statement_id: string | null;
    /** The statement that claws it back, once a paid declaration is voided. */
    clawback_statement_id: string | null;
    /** Its application: whose funding decides targeted delivery funding, and whose cohort names the statement's. */
    application_id: string;
  };
}

/** An item of `GET /api/v3/npq-applications` (NPQ rules §2.1): what targeted delivery funding depends on. */
export interface ApiNpqApplication {
  id: string;
  attributes: {
    /** The cohort's start year, such as "2025" (null only before DfE places the application in one). */
    cohort: string | null;
    /** With `cohort`, the cohort's identifier ("a" for 2025a): two cohorts may share a start year. */
    cohort_suffix: string | null;
    eligible_for_funding: boolean;
    targeted_delivery_funding_eligibility: boolean;
    /** "previously-funded" hides whether the application itself is eligible (see `npqFundingOf`). */
    ineligible_for_funding_reason: string | null;
  };
}
