/** The `unfunded-mentor` resource (ECF rules §2.8) for one lead provider. */
import type { Teacher } from "../model/teacher.ts";
import { findRow, type World } from "../model/world.ts";
import { unfundedMentorships } from "../rules/unfunded-mentors.ts";
import { londonToday } from "../time/london.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

export interface UnfundedMentorAttributes {
  readonly full_name: string;
  readonly email: string;
  readonly teacher_reference_number: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

export type UnfundedMentorResource = Resource<"unfunded-mentor", UnfundedMentorAttributes>;

/** `email` comes from the mentor's school period in their latest mentorship relevant to the provider. */
export function unfundedMentorView(
  world: World,
  leadProviderId: string,
  mentor: Teacher,
  now: Date,
): UnfundedMentorResource {
  const latest = unfundedMentorships(world, leadProviderId, mentor.id, londonToday(now)).at(-1);
  const schoolPeriod = findRow(world, "schoolPeriods", latest?.mentorSchoolPeriodId);
  return {
    id: mentor.id,
    type: "unfunded-mentor",
    attributes: {
      full_name: mentor.fullName,
      email: schoolPeriod?.email ?? "",
      teacher_reference_number: mentor.trn,
      created_at: formatApiDateTime(mentor.createdAt),
      updated_at: formatApiDateTime(mentor.updatedAt),
    },
  };
}
