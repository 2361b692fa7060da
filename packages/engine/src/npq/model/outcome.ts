import type { CalendarDate } from "../../time/calendar-date.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";

export const NPQ_OUTCOME_STATES = ["passed", "failed", "voided"] as const;
export type NpqOutcomeState = (typeof NPQ_OUTCOME_STATES)[number];

/**
 * One change of a participant's result on a `completed` declaration (NPQ rules §2.4, §6): outcomes are history, so a
 * correction or a void adds a row and the latest row on a declaration is its result (`has_passed`).
 */
export interface NpqOutcome {
  readonly id: string;
  readonly declarationId: string;
  readonly userId: string;
  /** The lead provider that made the declaration: the one the outcome is listed to (NPQ rules §6.1). */
  readonly leadProviderId: string;
  /** The application's course. */
  readonly courseIdentifier: NpqCourseIdentifier;
  readonly state: NpqOutcomeState;
  readonly completionDate: CalendarDate;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}
