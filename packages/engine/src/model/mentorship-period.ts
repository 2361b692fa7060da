import type { CalendarDate } from "../time/calendar-date.ts";
import type { StoredRecord } from "./record.ts";

/** An ECT mentored by a mentor, both at the same school. */
export interface MentorshipPeriod extends StoredRecord {
  readonly ectTeacherId: string;
  readonly mentorTeacherId: string;
  readonly ectSchoolPeriodId: string;
  readonly mentorSchoolPeriodId: string;
  readonly startedOn: CalendarDate;
  readonly finishedOn: CalendarDate | null;
}
