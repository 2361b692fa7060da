/**
 * The `participant` resource (ECF rules §2.3) as one lead provider sees it: one enrolment per role it trains the
 * participant in (its latest training period for that role), with every derived field computed for "today".
 */

import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, lookup, lookupOfRole, type World } from "../model/world.ts";
import type { Role } from "../reference/courses.ts";
import type { DeferralReason, MentorIneligibilityReason, WithdrawalReason } from "../reference/reasons.ts";
import type { ScheduleIdentifier } from "../reference/schedules.ts";
import { type ParticipantStatus, participantStatusOf } from "../rules/participant-status.ts";
import { periodContains } from "../rules/period-days.ts";
import {
  cohortOf,
  latestTrainingPeriodWith,
  partnershipOf,
  scheduleOf,
  type TrainingStatus,
  trainingStatusOf,
} from "../rules/training-periods.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { londonDateOf, londonToday } from "../time/london.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

export interface WithdrawalAttributes {
  readonly reason: WithdrawalReason;
  readonly date: string;
}

export interface DeferralAttributes {
  readonly reason: DeferralReason;
  readonly date: string;
}

/** One `ecf_enrolments[]` entry, in the service's order. */
export interface EnrolmentAttributes {
  readonly training_record_id: string;
  readonly email: string;
  readonly mentor_id: string | null;
  readonly school_urn: string;
  readonly participant_type: "ect" | "mentor";
  readonly cohort: string;
  readonly training_status: TrainingStatus;
  readonly participant_status: ParticipantStatus;
  readonly eligible_for_funding: boolean | null;
  readonly pupil_premium_uplift: boolean;
  readonly sparsity_uplift: boolean;
  readonly schedule_identifier: ScheduleIdentifier | null;
  readonly delivery_partner_id: string;
  readonly withdrawal: WithdrawalAttributes | null;
  readonly deferral: DeferralAttributes | null;
  readonly created_at: string;
  readonly induction_end_date: string | null;
  readonly most_recent_induction_period_end_date: string | null;
  readonly overall_induction_start_date: string | null;
  readonly mentor_funding_end_date: string | null;
  readonly cohort_changed_after_payments_frozen: boolean;
  readonly mentor_ineligible_for_funding_reason: MentorIneligibilityReason | null;
  readonly working_pattern: "full_time" | "part_time" | null;
}

export interface ParticipantIdChangeAttributes {
  readonly from_participant_id: string;
  readonly to_participant_id: string;
  readonly changed_at: string;
}

export interface ParticipantAttributes {
  readonly full_name: string;
  readonly teacher_reference_number: string | null;
  readonly updated_at: string;
  readonly ecf_enrolments: readonly EnrolmentAttributes[];
  readonly participant_id_changes: readonly ParticipantIdChangeAttributes[];
}

export type ParticipantResource = Resource<"participant", ParticipantAttributes>;

/**
 * `eligible_for_funding`: true when the role became eligible on or before it became ineligible (or never became
 * ineligible), false when ineligibility came first, null when neither happened.
 */
export function eligibleForFunding(teacher: Teacher, role: Role): boolean | null {
  const { firstBecameEligibleAt, becameIneligibleOn: ineligibleOn } = teacher.funding[role];
  if (firstBecameEligibleAt === null) {
    return ineligibleOn === null ? null : false;
  }
  // The London day it became eligible matters only against a day it became ineligible (rare), so only then is it
  // worked out.
  return ineligibleOn === null || londonDateOf(firstBecameEligibleAt) <= ineligibleOn;
}

/**
 * An ECT's current mentor (a mentorship ending today still counts), or else the next one due to start; null when
 * there is neither. On a day two mentorships share, the earlier-starting one is current.
 */
function currentOrNextMentorId(world: World, ectTeacherId: string, today: CalendarDate): string | null {
  const mentorships = lookup(world, "mentorshipPeriodsByEct", ectTeacherId);
  const current = mentorships.find((mentorship) => periodContains(mentorship, today));
  const next = mentorships.find((mentorship) => mentorship.startedOn > today);
  return (current ?? next)?.mentorTeacherId ?? null;
}

function enrolmentView(
  world: World,
  teacher: Teacher,
  period: TrainingPeriod,
  today: CalendarDate,
): EnrolmentAttributes {
  const role = period.role;
  const isEct = role === "ect";
  const partnership = partnershipOf(world, period);
  const school = partnership === undefined ? undefined : findRow(world, "schools", partnership.schoolId);
  const schoolPeriod = findRow(world, "schoolPeriods", period.schoolPeriodId);
  const cohort = cohortOf(world, period);
  const uplifts = cohort?.upliftFeesEnabled === true ? school?.cohorts[cohort.year]?.fundingEligibility : null;
  const status = trainingStatusOf(period);
  const earliestSchoolPeriod = lookupOfRole(world, "schoolPeriodsByParticipant", teacher.id, role)[0];
  const funding = teacher.funding[role];
  return {
    training_record_id: teacher.trainingRecordIds[role],
    email: schoolPeriod?.email ?? "",
    mentor_id: isEct ? currentOrNextMentorId(world, teacher.id, today) : null,
    school_urn: school?.urn ?? "",
    participant_type: role,
    cohort: cohort === undefined ? "" : String(cohort.year),
    training_status: status,
    participant_status: participantStatusOf(teacher, period, today),
    eligible_for_funding: eligibleForFunding(teacher, role),
    pupil_premium_uplift: uplifts?.pupilPremiumUplift === true,
    sparsity_uplift: uplifts?.sparsityUplift === true,
    schedule_identifier: scheduleOf(world, period)?.identifier ?? null,
    delivery_partner_id: partnership?.deliveryPartnerId ?? "",
    withdrawal:
      status === "withdrawn" && period.withdrawal !== null
        ? { reason: period.withdrawal.reason, date: formatApiDateTime(period.withdrawal.at) }
        : null,
    deferral:
      status === "deferred" && period.deferral !== null
        ? { reason: period.deferral.reason, date: formatApiDateTime(period.deferral.at) }
        : null,
    created_at: formatApiDateTime((earliestSchoolPeriod ?? period).createdAt),
    induction_end_date: isEct ? teacher.induction.endDate : null,
    most_recent_induction_period_end_date: isEct ? teacher.induction.mostRecentPeriodEndDate : null,
    overall_induction_start_date: isEct ? teacher.induction.overallStartDate : null,
    mentor_funding_end_date: isEct ? null : funding.becameIneligibleOn,
    cohort_changed_after_payments_frozen: funding.paymentsFrozenYear !== null,
    mentor_ineligible_for_funding_reason: isEct ? null : teacher.mentorIneligibleForFundingReason,
    working_pattern: isEct ? (schoolPeriod?.workingPattern ?? null) : null,
  };
}

/**
 * Renders a participant for one lead provider. `now` decides "today" for `participant_status` and the current
 * mentor. A participant the provider does not train renders with no enrolments; use the participant queries to
 * get a 404 instead.
 */
export function participantView(
  world: World,
  leadProviderId: string,
  teacher: Teacher,
  now: Date,
): ParticipantResource {
  return participantViewer(world, leadProviderId, now)(teacher);
}

/**
 * `participantView` for many participants at one `now` (a page of them): "today" is worked out once, not for each.
 */
export function participantViewer(
  world: World,
  leadProviderId: string,
  now: Date,
): (teacher: Teacher) => ParticipantResource {
  const today = londonToday(now);
  return (teacher) => participantViewOn(world, leadProviderId, teacher, today);
}

function participantViewOn(
  world: World,
  leadProviderId: string,
  teacher: Teacher,
  today: CalendarDate,
): ParticipantResource {
  const enrolments: EnrolmentAttributes[] = [];
  // A role has an enrolment when the provider trains it through a partnership; a participant the provider does not
  // train has no such period in either role, so gets none.
  for (const role of ["ect", "mentor"] as const) {
    const period = latestTrainingPeriodWith(world, teacher.id, role, leadProviderId);
    if (period !== undefined) {
      enrolments.push(enrolmentView(world, teacher, period, today));
    }
  }
  return {
    id: teacher.id,
    type: "participant",
    attributes: {
      full_name: teacher.fullName,
      teacher_reference_number: teacher.trn,
      updated_at: formatApiDateTime(teacher.updatedAt),
      ecf_enrolments: enrolments,
      participant_id_changes: teacher.participantIdChanges.map((change) => ({
        from_participant_id: change.fromParticipantId,
        to_participant_id: change.toParticipantId,
        changed_at: formatApiDateTime(change.changedAt),
      })),
    },
  };
}
