/**
 * An outcome as the NPQ API shows it (NPQ rules §2.4): the `participant-outcome` resource with the attributes of
 * `NpqOutcomeAttributes` in `spec/npq-v3.yaml`; `completion_date` is midnight with a `+00:00` offset.
 */
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqOutcome } from "../model/outcome.ts";

export interface NpqOutcomeResource {
  readonly id: string;
  readonly type: "participant-outcome";
  readonly attributes: Record<string, unknown>;
}

export function npqOutcomeView(outcome: NpqOutcome): NpqOutcomeResource {
  return {
    id: outcome.id,
    type: "participant-outcome",
    attributes: {
      state: outcome.state,
      completion_date: `${outcome.completionDate}T00:00:00+00:00`,
      course_identifier: outcome.courseIdentifier,
      participant_id: outcome.userId,
      created_at: formatApiDateTime(outcome.createdAt),
      updated_at: formatApiDateTime(outcome.updatedAt),
    },
  };
}
