import type { Role } from "../reference/courses.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import type { StoredRecord } from "./record.ts";

export const WORKING_PATTERNS = ["full_time", "part_time"] as const;
export type WorkingPattern = (typeof WORKING_PATTERNS)[number];

/** A participant at a school in one role, from `startedOn` to `finishedOn` (both inclusive; null = ongoing). */
export interface SchoolPeriod extends StoredRecord {
  readonly teacherId: string;
  readonly role: Role;
  readonly schoolId: string;
  readonly startedOn: CalendarDate;
  readonly finishedOn: CalendarDate | null;
  /** Always present: the API shows it on every enrolment (fixtures default it). */
  readonly email: string;
  /** ECT only. */
  readonly workingPattern: WorkingPattern | null;
}
