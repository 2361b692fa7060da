/**
 * An application as GET /npq-applications/{id} shows it (NPQ rules §2.1): the `npq_application` resource with the
 * attributes of `NpqApplicationAttributes` in `spec/npq-v3.yaml`, in that order.
 */
import { latestInstant } from "../../time/instant.ts";
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqApplication } from "../model/application.ts";
import { getNpqRow, type NpqWorld } from "../model/world.ts";
import { npqEligibleForFunding, npqIneligibleForFundingReason } from "../rules/funding.ts";

/** England, Scotland, Wales, Northern Ireland and the Crown dependencies count as the UK catchment. */
const UK_CATCHMENTS: readonly string[] = [
  "england",
  "scotland",
  "wales",
  "northern_ireland",
  "jersey_guernsey_isle_of_man",
];

export interface NpqApplicationResource {
  readonly id: string;
  readonly type: "npq_application";
  readonly attributes: Record<string, unknown>;
}

/** The application's `updated_at`: the later of its own and its applicant's last significant change. */
export function npqApplicationUpdatedAt(world: NpqWorld, application: NpqApplication): string {
  return latestInstant(application.updatedAt, getNpqRow(world, "users", application.userId).updatedAt);
}

export function npqApplicationView(world: NpqWorld, application: NpqApplication): NpqApplicationResource {
  const user = getNpqRow(world, "users", application.userId);
  const cohort = getNpqRow(world, "cohorts", application.cohortId);
  const schedule = application.scheduleId === null ? null : getNpqRow(world, "schedules", application.scheduleId);
  return {
    id: application.id,
    type: "npq_application",
    attributes: {
      course_identifier: application.courseIdentifier,
      email: user.email,
      email_validated: user.emailValidated,
      employer_name: application.employerName,
      employment_role: application.employmentRole,
      full_name: user.fullName,
      funding_choice: application.fundingChoice,
      headteacher_status: application.headteacherStatus,
      ineligible_for_funding_reason: npqIneligibleForFundingReason(world, application),
      participant_id: user.id,
      private_childcare_provider_urn: application.privateChildcareProviderUrn,
      teacher_reference_number: user.trnVerified ? user.trn : null,
      teacher_reference_number_validated: user.trnVerified,
      school_urn: application.schoolUrn,
      school_ukprn: application.schoolUkprn,
      status: application.status,
      reason_for_rejection: application.reasonForRejection,
      works_in_school: application.worksInSchool,
      cohort: String(cohort.startYear),
      cohort_suffix: cohort.suffix,
      eligible_for_funding: npqEligibleForFunding(world, application),
      targeted_delivery_funding_eligibility: application.targetedDeliveryFundingEligibility,
      teacher_catchment: UK_CATCHMENTS.includes(application.teacherCatchment),
      teacher_catchment_country: application.teacherCatchmentCountry,
      teacher_catchment_iso_country_code: application.teacherCatchmentIsoCountryCode,
      itt_provider: application.ittProvider,
      lead_mentor: application.leadMentor,
      funded_place: application.fundedPlace,
      created_at: formatApiDateTime(application.createdAt),
      updated_at: formatApiDateTime(npqApplicationUpdatedAt(world, application)),
      schedule_identifier: schedule?.identifier ?? null,
      works_as_senco: application.worksAsSenco,
      senco_start_date: application.sencoStartDate,
    },
  };
}
