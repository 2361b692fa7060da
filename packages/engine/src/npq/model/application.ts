import type { CalendarDate } from "../../time/calendar-date.ts";
import type { Instant } from "../../time/instant.ts";
import type { NpqCohortIdentifier } from "../reference/cohorts.ts";
import type { NpqCourseIdentifier } from "../reference/courses.ts";

export const NPQ_APPLICATION_STATUSES = ["pending", "accepted", "rejected"] as const;
export type NpqApplicationStatus = (typeof NPQ_APPLICATION_STATUSES)[number];

export const NPQ_REJECTION_REASONS = [
  "registration_expired",
  "rejected_by_provider",
  "other_application_in_this_cohort_accepted",
] as const;
export type NpqRejectionReason = (typeof NPQ_REJECTION_REASONS)[number];

export const NPQ_TRAINING_STATUSES = ["active", "deferred", "withdrawn"] as const;
export type NpqTrainingStatus = (typeof NPQ_TRAINING_STATUSES)[number];

/** Where the applicant works, as the registration form records it (`teacher_catchment` is true for the first five). */
export const NPQ_TEACHER_CATCHMENTS = [
  "england",
  "scotland",
  "wales",
  "northern_ireland",
  "jersey_guernsey_isle_of_man",
  "another",
] as const;
export type NpqTeacherCatchment = (typeof NPQ_TEACHER_CATCHMENTS)[number];

/** What the applicant told the registration form; shown as the API's attributes of the same names. */
export interface NpqApplicationDetails {
  readonly employerName: string | null;
  readonly employmentRole: string | null;
  readonly fundingChoice: string | null;
  readonly headteacherStatus: string | null;
  readonly privateChildcareProviderUrn: string | null;
  readonly schoolUrn: string | null;
  readonly schoolUkprn: string | null;
  readonly worksInSchool: boolean | null;
  readonly ittProvider: string | null;
  readonly leadMentor: boolean | null;
  readonly worksAsSenco: string | null;
  readonly sencoStartDate: CalendarDate | null;
  readonly teacherCatchment: NpqTeacherCatchment;
  readonly teacherCatchmentCountry: string | null;
  readonly teacherCatchmentIsoCountryCode: string | null;
}

/**
 * A person's application for one course in one cohort with one lead provider (NPQ rules §2.1); once accepted it is
 * also the participant's enrolment (NPQ rules §2.2). The status is the service's lead provider approval status.
 */
export interface NpqApplication extends NpqApplicationDetails {
  readonly id: string;
  readonly userId: string;
  readonly leadProviderId: string;
  readonly courseIdentifier: NpqCourseIdentifier;
  readonly cohortId: NpqCohortIdentifier;
  readonly status: NpqApplicationStatus;
  readonly reasonForRejection: NpqRejectionReason | null;
  /** The eligibility DfE stored; the API's `eligible_for_funding` also looks at previous funding (`rules/funding.ts`). */
  readonly eligibleForFunding: boolean;
  /** DfE marked the application funded by policy: previous funding does not make it ineligible. */
  readonly fundedByPolicy: boolean;
  /** Decided on accept in capped cohorts, false in zero cohorts, null in full ones. */
  readonly fundedPlace: boolean | null;
  readonly targetedDeliveryFundingEligibility: boolean;
  /** Set on accept; `npqScheduleId` of the schedule in its cohort. */
  readonly scheduleId: string | null;
  /** Null until accepted; what the lead provider last reported. */
  readonly trainingStatus: NpqTrainingStatus | null;
  readonly acceptedAt: Instant | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/**
 * A training status recorded by a lead provider for an application (the service's application states): accept
 * records `active`, defer and withdraw their state with the reason. The enrolment's `withdrawal` and `deferral` read
 * the latest of them; the time of a withdrawal is what NPQ declaration rule 4 compares with.
 */
export interface NpqApplicationState {
  readonly id: string;
  readonly applicationId: string;
  readonly leadProviderId: string;
  readonly state: NpqTrainingStatus;
  readonly reason: string | null;
  readonly createdAt: Instant;
}
