import type { CommandContext } from "../../commands/context.ts";
import { NPQ_FIXTURE_MESSAGES as M } from "../../messages/npq/fixtures.ts";
import { type Outcome, ok, ValidationErrors } from "../../result.ts";
import { instantOf } from "../../time/instant.ts";
import type { NpqApplication, NpqApplicationDetails } from "../model/application.ts";
import { insertNpqRow } from "../model/row-writes.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";
import { isNpqCourseIdentifier } from "../reference/courses.ts";

/** The person an application is from, when they are new to the service. */
export interface NpqPersonDetails {
  readonly fullName: string;
  readonly email?: string | null;
  readonly trn?: string | null;
  /** Defaults to true. */
  readonly trnVerified?: boolean;
}

/**
 * DfE-side: a person registers for an NPQ with a lead provider (a pending application). Either `participantId` (an
 * existing person) or `person` (a new one) names who applies.
 */
export interface RegisterNpqApplicationCommand {
  readonly type: "registerNpqApplication";
  readonly id?: string;
  readonly leadProviderId: string;
  readonly courseIdentifier: string;
  readonly cohort: string;
  readonly participantId?: string;
  readonly person?: NpqPersonDetails;
  /** The stored eligibility; defaults to true. */
  readonly eligibleForFunding?: boolean;
  readonly fundedByPolicy?: boolean;
  readonly targetedDeliveryFundingEligibility?: boolean;
  readonly details?: Partial<NpqApplicationDetails>;
}

const NO_DETAILS: NpqApplicationDetails = {
  employerName: null,
  employmentRole: null,
  fundingChoice: null,
  headteacherStatus: null,
  privateChildcareProviderUrn: null,
  schoolUrn: null,
  schoolUkprn: null,
  worksInSchool: null,
  ittProvider: null,
  leadMentor: null,
  worksAsSenco: null,
  sencoStartDate: null,
  teacherCatchment: "england",
  teacherCatchmentCountry: null,
  teacherCatchmentIsoCountryCode: null,
};

export function registerNpqApplication(
  world: NpqWorld,
  command: RegisterNpqApplicationCommand,
  context: CommandContext,
): Outcome<NpqApplication> {
  const errors = new ValidationErrors();
  if (command.id !== undefined && findNpqRow(world, "applications", command.id) !== undefined) {
    errors.add("id", M.idTaken(command.id));
  }
  if (findNpqRow(world, "leadProviders", command.leadProviderId) === undefined) {
    errors.add("lead_provider_id", M.unknownLeadProvider);
  }
  if (!isNpqCourseIdentifier(command.courseIdentifier)) {
    errors.add("course_identifier", M.unknownCourse);
  }
  if (findNpqRow(world, "cohorts", command.cohort) === undefined) {
    errors.add("cohort", M.unknownCohort(command.cohort));
  }
  if ((command.participantId === undefined) === (command.person === undefined)) {
    errors.add("participant_id", M.enterParticipant);
  } else if (command.participantId !== undefined) {
    const user = findNpqRow(world, "users", command.participantId);
    if (user === undefined || user.mergedInto !== null) {
      errors.add("participant_id", M.unknownParticipant);
    }
  } else if (command.person !== undefined && command.person.fullName.trim() === "") {
    errors.add("full_name", M.enterName);
  }
  if (!errors.isEmpty || !isNpqCourseIdentifier(command.courseIdentifier)) {
    return errors.toFailure();
  }
  const now = instantOf(context.now);
  let userId = command.participantId;
  if (userId === undefined) {
    const person = command.person as NpqPersonDetails;
    userId = context.newId();
    insertNpqRow(world, "users", {
      id: userId,
      fullName: person.fullName,
      email: person.email ?? null,
      emailValidated: true,
      previousNames: [],
      trn: person.trn ?? null,
      trnVerified: person.trnVerified ?? true,
      mergedInto: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  return ok(
    insertNpqRow(world, "applications", {
      ...NO_DETAILS,
      ...command.details,
      id: command.id ?? context.newId(),
      userId,
      leadProviderId: command.leadProviderId,
      courseIdentifier: command.courseIdentifier,
      cohortId: command.cohort,
      status: "pending",
      reasonForRejection: null,
      eligibleForFunding: command.eligibleForFunding ?? true,
      fundedByPolicy: command.fundedByPolicy ?? false,
      fundedPlace: null,
      targetedDeliveryFundingEligibility: command.targetedDeliveryFundingEligibility ?? false,
      scheduleId: null,
      trainingStatus: null,
      acceptedAt: null,
      createdAt: now,
      updatedAt: now,
    }),
  );
}
