/** The `partnership` resource (ECF rules §2.4). */
import type { SchoolPartnership } from "../model/school-partnership.ts";
import { getRow, lookup, type World } from "../model/world.ts";
import { periodContains } from "../rules/period-days.ts";
import { londonToday } from "../time/london.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

export interface PartnershipAttributes {
  readonly cohort: string;
  readonly urn: string;
  readonly school_id: string;
  readonly delivery_partner_id: string;
  readonly delivery_partner_name: string;
  readonly induction_tutor_name: string | null;
  readonly induction_tutor_email: string | null;
  readonly participants_currently_training: number;
  readonly created_at: string;
  readonly updated_at: string;
}

export type PartnershipResource = Resource<"partnership", PartnershipAttributes>;

/** Training periods under the partnership that cover today, ending today included (`participants_currently_training`). */
function participantsCurrentlyTraining(world: World, partnershipId: string, now: Date): number {
  const today = londonToday(now);
  return lookup(world, "trainingPeriodsBySchoolPartnership", partnershipId).filter((period) =>
    periodContains(period, today),
  ).length;
}

export function partnershipView(world: World, partnership: SchoolPartnership, now: Date): PartnershipResource {
  const school = getRow(world, "schools", partnership.schoolId);
  const deliveryPartner = getRow(world, "deliveryPartners", partnership.deliveryPartnerId);
  return {
    id: partnership.id,
    type: "partnership",
    attributes: {
      cohort: String(partnership.cohortYear),
      urn: school.urn,
      school_id: school.id,
      delivery_partner_id: deliveryPartner.id,
      delivery_partner_name: deliveryPartner.name,
      induction_tutor_name: school.inductionTutor?.name ?? null,
      induction_tutor_email: school.inductionTutor?.email ?? null,
      participants_currently_training: participantsCurrentlyTraining(world, partnership.id, now),
      created_at: formatApiDateTime(partnership.createdAt),
      updated_at: formatApiDateTime(partnership.updatedAt),
    },
  };
}
