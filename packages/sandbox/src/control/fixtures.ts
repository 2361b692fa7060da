import {
  type CohortYear,
  type CommandContext,
  type DeliveryPartner,
  FIXTURE_MESSAGES,
  type InductionProgrammeChoice,
  type Outcome,
  type Role,
  type ScheduleIdentifier,
  type School,
  type Statement,
  type Teacher,
  type World,
} from "@lpkit/engine";
import { findRow, registeredEmailProblem, unprocessable } from "@lpkit/engine/internal";
import { execute } from "../journal/journaled-execute.ts";

/** What a test can ask the sandbox to create; the shapes behind the control API's fixture endpoints. */
export interface SchoolFixture {
  readonly name?: string | undefined;
  readonly urn?: string | undefined;
  readonly eligibleForFunding?: boolean | undefined;
  readonly inductionProgrammeChoice?: InductionProgrammeChoice | undefined;
}

export interface DeliveryPartnerFixture {
  readonly name?: string | undefined;
  readonly leadProviderId: string;
  readonly cohorts: readonly CohortYear[];
}

export interface ParticipantFixture {
  readonly leadProviderId: string;
  readonly role: Role;
  readonly cohort: CohortYear;
  readonly scheduleIdentifier?: ScheduleIdentifier | undefined;
  readonly trainingStartDate?: string | undefined;
  readonly eligibleForFunding?: boolean | undefined;
  readonly schoolId?: string | undefined;
  readonly deliveryPartnerId?: string | undefined;
  /** An existing participant who gains this role. */
  readonly participantId?: string | undefined;
  readonly fullName?: string | undefined;
  readonly teacherReferenceNumber?: string | undefined;
  readonly email?: string | undefined;
  /** Uplifts recorded for the school the sandbox creates (only without `schoolId`). */
  readonly sparsityUplift?: boolean | undefined;
  readonly pupilPremiumUplift?: boolean | undefined;
}

/** Names for records created without one: numbered, so that they are predictable in tests. */
function fixtureName(world: World, table: "schools" | "deliveryPartners", noun: string): string {
  return `Sandbox ${noun} ${Object.keys(world[table]).length + 1}`;
}

export function createSchool(world: World, fixture: SchoolFixture, context: CommandContext): Outcome<School> {
  const choice = fixture.inductionProgrammeChoice;
  return execute(
    world,
    {
      type: "registerSchool",
      name: fixture.name ?? fixtureName(world, "schools", "School"),
      urn: fixture.urn,
      eligibleForFunding: fixture.eligibleForFunding ?? true,
      cohorts:
        choice === undefined
          ? {}
          : Object.fromEntries(Object.keys(world.cohorts).map((year) => [year, { inductionProgrammeChoice: choice }])),
    },
    context,
  );
}

export function createDeliveryPartner(
  world: World,
  fixture: DeliveryPartnerFixture,
  context: CommandContext,
): Outcome<DeliveryPartner> {
  return execute(
    world,
    {
      type: "registerDeliveryPartner",
      name: fixture.name ?? fixtureName(world, "deliveryPartners", "Delivery Partner"),
      partnerships: fixture.cohorts.map((cohortYear) => ({ leadProviderId: fixture.leadProviderId, cohortYear })),
    },
    context,
  );
}

/**
 * Registers a participant as a school would, creating the school when none is given. The request's references are
 * checked first, so the answer names the first unknown one; the rest is the engine's, in one command that registers
 * the new school and the participant together, so a refused request leaves the world (and the ids to come) as it was.
 */
export function createParticipant(
  world: World,
  fixture: ParticipantFixture,
  context: CommandContext,
): Outcome<Teacher> {
  const leadProvider = findRow(world, "leadProviders", fixture.leadProviderId);
  if (leadProvider === undefined) {
    return unprocessable([{ title: "lead_provider_id", detail: FIXTURE_MESSAGES.unknownLeadProvider }]);
  }
  if (world.cohorts[fixture.cohort] === undefined) {
    return unprocessable([{ title: "cohort", detail: FIXTURE_MESSAGES.unknownCohort(fixture.cohort) }]);
  }
  if (!leadProvider.cohortYears.includes(fixture.cohort)) {
    return unprocessable([{ title: "cohort", detail: FIXTURE_MESSAGES.leadProviderNotInCohort(fixture.cohort) }]);
  }
  if (fixture.participantId !== undefined && findRow(world, "teachers", fixture.participantId) === undefined) {
    return unprocessable([{ title: "participant_id", detail: FIXTURE_MESSAGES.unknownParticipant }]);
  }
  if (
    fixture.deliveryPartnerId !== undefined &&
    findRow(world, "deliveryPartners", fixture.deliveryPartnerId) === undefined
  ) {
    return unprocessable([{ title: "delivery_partner_id", detail: FIXTURE_MESSAGES.unknownDeliveryPartner }]);
  }
  const emailProblem = registeredEmailProblem(fixture.email);
  if (emailProblem !== undefined) {
    return unprocessable([{ title: "email", detail: emailProblem }]);
  }
  const school =
    fixture.schoolId === undefined
      ? {
          newSchool: {
            name: fixtureName(world, "schools", "School"),
            cohorts: {
              [fixture.cohort]: {
                fundingEligibility: {
                  sparsityUplift: fixture.sparsityUplift ?? false,
                  pupilPremiumUplift: fixture.pupilPremiumUplift ?? false,
                },
              },
            },
          },
        }
      : { schoolId: fixture.schoolId };
  // Every enrolment carries an email in the API, so a participant created without one gets a predictable one.
  const number = Object.keys(world.teachers).length + 1;
  const registered = execute(
    world,
    {
      type: "registerParticipant",
      teacherId: fixture.participantId,
      fullName: fixture.fullName ?? (fixture.participantId === undefined ? `Sandbox Participant ${number}` : undefined),
      trn: fixture.teacherReferenceNumber,
      role: fixture.role,
      ...school,
      cohortYear: fixture.cohort,
      leadProviderId: fixture.leadProviderId,
      deliveryPartnerId: fixture.deliveryPartnerId,
      scheduleIdentifier: fixture.scheduleIdentifier,
      startedOn: fixture.trainingStartDate,
      email: fixture.email ?? `sandbox.participant.${number}@example.org`,
      eligibleForFunding: fixture.eligibleForFunding ?? true,
    },
    context,
  );
  return registered.ok ? { ok: true, value: registered.value.teacher } : registered;
}

export function makeEligibleForFunding(
  world: World,
  participantId: string,
  role: Role,
  context: CommandContext,
): Outcome<Teacher> {
  return execute(world, { type: "markParticipantEligibleForFunding", participantId, role }, context);
}

export function markStatementPayable(world: World, statementId: string, context: CommandContext): Outcome<Statement> {
  return execute(world, { type: "markStatementPayable", statementId }, context);
}

export function markStatementPaid(world: World, statementId: string, context: CommandContext): Outcome<Statement> {
  return execute(world, { type: "authoriseStatementPayment", statementId }, context);
}
