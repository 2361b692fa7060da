/**
 * The two reads of the ECF Lead Provider API a forecast needs, in the shape the API (and so the SDK) returns each
 * item of `data`: `GET /api/v3/statements` and `GET /api/v3/participant-declarations`. Only the fields the money
 * depends on are listed; anything else the API sends (`created_at`, `delivery_partner_id`, ...) is ignored, so the
 * SDK's items can be passed as they are.
 */

/** An item of `GET /api/v3/statements`: an output statement of the lead provider: service fee statements
 * are never listed (ECF rules §1.1); the fields are as ECF rules §2.7 describes them. */
export interface ApiStatement {
  id: string;
  attributes: {
    /** Full month name, such as "November". */
    month: string;
    year: string;
    /** The cohort's start year, such as "2025". */
    cohort: string;
    cut_off_date: string;
    /** "2025-11-25": orders the cohort's statements, and so fills the bands (payment rules §1.3). */
    payment_date: string;
    paid: boolean;
  };
}

/** An item of `GET /api/v3/participant-declarations` (ECF rules §2.1). */
export interface ApiDeclaration {
  id: string;
  attributes: {
    participant_id: string;
    declaration_type: string;
    declaration_date: string;
    course_identifier: string;
    state: string;
    /** The statement that pays it; null while it waits for funding, and once it is voided before payment. */
    statement_id: string | null;
    /** The statement that claws it back, once a paid declaration is voided. */
    clawback_statement_id: string | null;
    /** True only once the declaration is paid and carried a sparsity or pupil premium uplift. */
    uplift_paid: boolean;
  };
}
