import type { Role } from "../reference/courses.ts";
import type { StoredRecord } from "./record.ts";

/**
 * A participant leaving one school (and its training) for another. The joining side is unknown until the new school
 * registers them.
 */
export interface SchoolTransfer extends StoredRecord {
  readonly teacherId: string;
  readonly role: Role;
  readonly leavingSchoolPeriodId: string;
  readonly leavingTrainingPeriodId: string;
  readonly joiningSchoolPeriodId: string | null;
  readonly joiningTrainingPeriodId: string | null;
}
