/**
 * A participant as the drill-down shows them (finance dashboard §1.6): their identity, one profile per training
 * period (the service's participant profile), and each profile's declarations with whether "Void" is offered.
 */
import {
  type Declaration,
  type DeclarationStateChange,
  declarationState,
  declarationStateHistory,
  ROLES,
  type Role,
  type Teacher,
  type TrainingPeriod,
  type World,
} from "@lpkit/engine";
import { findRow, getRow, leadProviderIdOf, lookup, trainingPeriodsOf } from "@lpkit/engine/internal";
import { isVoidable } from "./finance-queries.ts";

interface DeclarationRecord {
  readonly declaration: Declaration;
  readonly state: string;
  /** Each state it has been in, oldest first ("Declaration State History"). */
  readonly history: readonly DeclarationStateChange[];
  readonly leadProviderName: string;
  readonly voidable: boolean;
}

export interface ProfileRecord {
  /** The profile's induction record: the training period itself, with its school, provider and schedule. */
  readonly trainingPeriod: TrainingPeriod;
  readonly role: Role;
  readonly eligibleForFunding: boolean;
  readonly leadProviderName: string;
  readonly schoolUrn: string;
  readonly status: "active" | "deferred" | "withdrawn";
  readonly scheduleIdentifier: string;
  /** The cohort of the schedule, empty without one. */
  readonly scheduleCohort: string;
  readonly declarations: readonly DeclarationRecord[];
}

export interface ParticipantRecord {
  readonly teacher: Teacher;
  /**
   * The "External ID" of each identity: the participant's own id first, then each id DfE merged into it (ECF rules'
   * participant id changes), oldest first. Every identity belongs to this participant.
   */
  readonly externalIds: readonly string[];
  /** One per training period, ECT ones first, each role's by start. */
  readonly profiles: readonly ProfileRecord[];
}

/** The service's class name for each role's profile: the drill-down's heading and the assurance report's "Type". */
export const PROFILE_TYPES = { ect: "ParticipantProfile::ECT", mentor: "ParticipantProfile::Mentor" } as const;

/** Funded for the role: it became eligible and has not stopped being so. */
export function isEligibleForFunding(teacher: Teacher, role: Role): boolean {
  const funding = teacher.funding[role];
  return funding.firstBecameEligibleAt !== null && funding.becameIneligibleOn === null;
}

function nameOf(world: World, leadProviderId: string | null): string {
  return leadProviderId === null ? "" : getRow(world, "leadProviders", leadProviderId).name;
}

export function trainingStatus(period: TrainingPeriod): ProfileRecord["status"] {
  return period.withdrawal !== null ? "withdrawn" : period.deferral !== null ? "deferred" : "active";
}

export function participantRecord(world: World, participantId: string, today: string): ParticipantRecord | undefined {
  const teacher = findRow(world, "teachers", participantId);
  if (teacher === undefined) {
    return undefined;
  }
  const periods = ROLES.flatMap((role) => trainingPeriodsOf(world, teacher.id, role));
  const profiles = periods.map((period) => {
    const schoolPeriod = findRow(world, "schoolPeriods", period.schoolPeriodId);
    const school = schoolPeriod === undefined ? undefined : findRow(world, "schools", schoolPeriod.schoolId);
    const schedule = period.scheduleId === null ? undefined : findRow(world, "schedules", period.scheduleId);
    return {
      trainingPeriod: period,
      role: period.role,
      eligibleForFunding: isEligibleForFunding(teacher, period.role),
      leadProviderName: nameOf(world, leadProviderIdOf(world, period)),
      schoolUrn: school?.urn ?? "",
      status: trainingStatus(period),
      scheduleIdentifier: schedule?.identifier ?? "",
      scheduleCohort: schedule === undefined ? "" : String(schedule.cohortYear),
      declarations: lookup(world, "declarationsByTrainingPeriod", period.id).map((declaration) => ({
        declaration,
        state: declarationState(declaration),
        history: declarationStateHistory(world, declaration.id),
        leadProviderName: getRow(world, "leadProviders", declaration.leadProviderId).name,
        voidable: isVoidable(world, declaration, today),
      })),
    };
  });
  const externalIds = [teacher.id, ...teacher.participantIdChanges.map((change) => change.fromParticipantId)];
  return { teacher, externalIds, profiles };
}
