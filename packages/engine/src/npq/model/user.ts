import type { Instant } from "../../time/instant.ts";

/**
 * A person registered with the NPQ service: the API's participant once a lead provider accepted one of their
 * applications. `id` is the participant id (`ecf_id`). A user DfE merged into another keeps its row with
 * `mergedInto` set, so that the retired id answers 410 (`participantIdChanges`); it owns no applications any more.
 */
export interface NpqUser {
  readonly id: string;
  readonly fullName: string;
  readonly email: string | null;
  readonly emailValidated: boolean;
  readonly previousNames: readonly string[];
  readonly trn: string | null;
  /** Only a verified TRN is shown (`teacher_reference_number`) and counts for the same-TRN checks. */
  readonly trnVerified: boolean;
  readonly mergedInto: string | null;
  readonly createdAt: Instant;
  /** The last significant change to the person (name, email, TRN): it moves every application's `updated_at`. */
  readonly updatedAt: Instant;
}
