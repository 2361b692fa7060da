/**
 * Unfunded mentors (ECF rules §1.1, §2.8): teachers mentoring, now or from a future date, an ECT a lead provider
 * trains, while that provider does not train them itself (as ECT or mentor). The provider is told about them so it
 * can support mentors it is not paid for.
 */
import { leadProvidersTraining, leadProvidersTrainingRole } from "../model/indexes/lead-provider-scopes.ts";
import type { MentorshipPeriod } from "../model/mentorship-period.ts";
import { lookup, type World } from "../model/world.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { periodCurrentOrFuture } from "./period-days.ts";

/** The current or future mentorships that make the teacher an unfunded mentor for the provider, earliest first. */
export function unfundedMentorships(
  world: World,
  leadProviderId: string,
  mentorTeacherId: string,
  today: CalendarDate,
): MentorshipPeriod[] {
  if (leadProvidersTraining(world, mentorTeacherId).has(leadProviderId)) {
    return [];
  }
  return lookup(world, "mentorshipPeriodsByMentor", mentorTeacherId).filter(
    (mentorship) =>
      periodCurrentOrFuture(mentorship, today) &&
      leadProvidersTrainingRole(world, mentorship.ectTeacherId, "ect").has(leadProviderId),
  );
}

export function isUnfundedMentorFor(
  world: World,
  leadProviderId: string,
  mentorTeacherId: string,
  today: CalendarDate,
): boolean {
  return unfundedMentorships(world, leadProviderId, mentorTeacherId, today).length > 0;
}
