/**
 * GET /unfunded-mentors and GET /unfunded-mentors/{id} (ECF rules §1.1, §2.8): mentors (current or future) of the
 * provider's ECTs whom the provider does not train. The index holds every teacher that ever mentored one of its
 * ECTs; "current or future" is checked against today per row.
 */
import { findRow, getRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { isUnfundedMentorFor } from "../rules/unfunded-mentors.ts";
import { londonToday } from "../time/london.ts";
import { type UnfundedMentorResource, unfundedMentorView } from "../views/unfunded-mentor.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { orderedPage, pageRequestOf, rowTimestamps } from "./ordered-page.ts";

export type UnfundedMentorFilter = UpdatedSinceFilter;

export function listUnfundedMentors(
  world: World,
  leadProviderId: string,
  query: ListQuery<UnfundedMentorFilter>,
  now: Date,
): UnfundedMentorResource[] {
  const today = londonToday(now);
  const ids = orderedPage(
    world,
    {
      byCreated: "unfundedMentorCandidatesByLeadProvider",
      byUpdated: "unfundedMentorCandidatesByLeadProviderUpdated",
      key: leadProviderId,
      sortValue: rowTimestamps(world, "teachers"),
    },
    pageRequestOf(query),
    (id) => isUnfundedMentorFor(world, leadProviderId, id, today),
  );
  return ids.map((id) => unfundedMentorView(world, leadProviderId, getRow(world, "teachers", id), now));
}

export function showUnfundedMentor(
  world: World,
  leadProviderId: string,
  mentorId: string,
  now: Date,
): Outcome<UnfundedMentorResource> {
  const mentor = findRow(world, "teachers", mentorId);
  if (mentor === undefined || !isUnfundedMentorFor(world, leadProviderId, mentor.id, londonToday(now))) {
    return notFound();
  }
  return ok(unfundedMentorView(world, leadProviderId, mentor, now));
}
