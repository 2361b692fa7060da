/**
 * The checks of POST /participant-declarations, in the service's order with its skip conditions (ECF rules §3.2).
 * Each check raises the message of its numbered declaration rule in `spec/ecf-v3.yaml` (`RULE[18]` is declaration
 * rule 18). Errors accumulate; a check is skipped when the attributes it depends on already failed, so the set and
 * order of messages match the service's.
 */
import { DECLARATION_RULE_MESSAGES as RULE } from "../messages/declaration-rules.ts";
import { TITLES } from "../messages/titles.ts";
import type { Cohort } from "../model/cohort.ts";
import { type Declaration, isBillableOrChangeable } from "../model/declaration.ts";
import { type Milestone, milestoneOf } from "../model/schedule.ts";
import type { Statement } from "../model/statement.ts";
import type { Teacher } from "../model/teacher.ts";
import type { TrainingPeriod } from "../model/training-period.ts";
import { findRow, lookupOfRole, type World } from "../model/world.ts";
import { type Role, roleOfCourse } from "../reference/courses.ts";
import { type DeclarationType, isDeclarationType } from "../reference/declaration-types.ts";
import { type EvidenceType, evidenceRule } from "../reference/evidence.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday } from "../time/london.ts";
import { type ParsedDateTime, parseDateTime } from "../time/rfc3339.ts";
import { isPaymentsFrozen } from "./cohort-freeze.ts";
import { checkEvidence } from "./evidence.ts";
import { isRoleEligibleForFunding } from "./funding.ts";
import { acceptsDeclarationType } from "./mentor-declaration-types.ts";
import { isAfterMilestoneWindow, isBeforeMilestoneWindow } from "./milestone-window.ts";
import { periodContains } from "./period-days.ts";
import { isInSequence, SEQUENCE_RULE_FROM_COHORT } from "./sequence.ts";
import { nextOutputStatement } from "./statements.ts";
import {
  cohortOf,
  latestPartneredAmong,
  partneredAmong,
  scheduleOf,
  trainingPeriodsOf,
  trainingStatusOf,
} from "./training-periods.ts";

/** The request's attributes as received: strings, or null/undefined when absent. */
export interface DeclarationSubmission {
  readonly leadProviderId: string;
  readonly participantId?: string | null;
  readonly declarationType?: string | null;
  readonly declarationDate?: string | null;
  readonly courseIdentifier?: string | null;
  readonly evidenceHeld?: string | null;
}

/** A submission that passed every check, with everything the declaration is built from. */
export interface AcceptedSubmission {
  readonly teacher: Teacher;
  readonly role: Role;
  readonly trainingPeriod: TrainingPeriod;
  readonly cohort: Cohort;
  readonly declarationType: DeclarationType;
  readonly declarationDate: Date;
  /** The calendar day written in `declaration_date` (ECF rules §4.1: the mentor closest to it is recorded). */
  readonly declarationDay: CalendarDate;
  readonly evidenceHeld: EvidenceType | null;
  /**
   * The open output statement the declaration lands on (ECF rules §4.3): the one rule 18 found, when the
   * participant's role is eligible for funding; undefined otherwise.
   */
  readonly statement: Statement | undefined;
}

/** Rails' `blank?`: missing, empty or only whitespace. */
function present(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === "" ? null : value;
}

/**
 * Rows several checks read, looked up once per submission: each lookup hashes a fresh key into an index that holds
 * every participant, and the checks only read, so a second lookup would find the same rows.
 */
interface Lookups {
  readonly periods: Partial<Record<Role, TrainingPeriod[]>>;
  declarations?: Declaration[];
  /** Set by rule 18 when it looked: the open output statement it found, if any. */
  statement?: { readonly found: Statement | undefined };
}

/** Everything the checks look at, resolved once. */
interface Facts {
  readonly world: World;
  readonly leadProviderId: string;
  readonly now: Date;
  readonly today: CalendarDate;
  readonly participantId: string | null;
  readonly rawType: string | null;
  readonly rawDate: string | null;
  readonly rawEvidence: string | null;
  readonly teacher: Teacher | undefined;
  readonly role: Role | null;
  readonly type: DeclarationType | null;
  readonly date: ParsedDateTime | null;
  /** The instant stored and checked for sequence, when the date could be parsed at all (no offset: London time). */
  readonly at: Date | null;
  /** The instant compared with now, the milestone window and the withdrawal (no offset: UTC). */
  readonly comparedAt: Date | null;
  readonly trainingPeriod: TrainingPeriod | undefined;
  readonly cohort: Cohort | undefined;
  readonly milestone: Milestone | undefined;
  readonly lookups: Lookups;
}

/** Every training period of one role of the participant, earliest start first. */
function periodsOfRole(world: World, lookups: Lookups, teacherId: string, role: Role): TrainingPeriod[] {
  let periods = lookups.periods[role];
  if (periods === undefined) {
    periods = trainingPeriodsOf(world, teacherId, role);
    lookups.periods[role] = periods;
  }
  return periods;
}

/** The participant's periods of a role with this lead provider (`partneredAmong`), through the submission's lookups. */
function partneredPeriods(
  world: World,
  lookups: Lookups,
  teacherId: string,
  role: Role,
  leadProviderId: string,
): TrainingPeriod[] {
  return partneredAmong(world, periodsOfRole(world, lookups, teacherId, role), leadProviderId);
}

function gatherFacts(world: World, submission: DeclarationSubmission, now: Date): Facts {
  const lookups: Lookups = { periods: {} };
  const participantId = present(submission.participantId);
  const teacher = participantId === null ? undefined : findRow(world, "teachers", participantId);
  const role = roleOfCourse(submission.courseIdentifier ?? undefined);
  const rawType = present(submission.declarationType);
  const type = rawType !== null && isDeclarationType(rawType) ? rawType : null;
  const rawDate = present(submission.declarationDate);
  const date = rawDate === null ? null : parseDateTime(rawDate);
  const trainingPeriod =
    teacher === undefined || role === null
      ? undefined
      : latestPartneredAmong(world, periodsOfRole(world, lookups, teacher.id, role), submission.leadProviderId);
  const schedule = trainingPeriod === undefined ? undefined : scheduleOf(world, trainingPeriod);
  return {
    world,
    leadProviderId: submission.leadProviderId,
    now,
    today: londonToday(now),
    participantId,
    rawType,
    rawDate,
    rawEvidence: present(submission.evidenceHeld),
    teacher,
    role,
    type,
    date,
    at: date === null || date.kind === "unparsable" ? null : date.at,
    comparedAt: date === null || date.kind === "unparsable" ? null : date.comparedAt,
    trainingPeriod,
    cohort: trainingPeriod === undefined ? undefined : cohortOf(world, trainingPeriod),
    milestone: schedule === undefined || type === null ? undefined : milestoneOf(schedule, type),
    lookups,
  };
}

function roleDeclarations(facts: Facts): Declaration[] {
  if (facts.teacher === undefined || facts.role === null) {
    return [];
  }
  facts.lookups.declarations ??= lookupOfRole(facts.world, "declarationsByParticipant", facts.teacher.id, facts.role);
  return facts.lookups.declarations;
}

const { participantId, courseIdentifier, declarationDate, declarationType, evidenceHeld, cohort } = TITLES;

type Check = (facts: Facts, errors: ValidationErrors) => void;

/** The checks in the service's order. */
const CHECKS: readonly Check[] = [
  // Rule 1: participant_id blank.
  (facts, errors) => {
    if (facts.participantId === null) {
      errors.add(RULE[1].title, RULE[1].detail);
    }
  },
  // Rule 2: participant not found (skipped if rule 1 failed).
  (facts, errors) => {
    if (facts.participantId !== null && facts.teacher === undefined) {
      errors.add(RULE[2].title, RULE[2].detail);
    }
  },
  // Rule 3: course identifier missing or unrecognised (only if no errors so far).
  (facts, errors) => {
    if (errors.isEmpty && facts.role === null) {
      errors.add(RULE[3].title, RULE[3].detail);
    }
  },
  // Rule 4: declaration_date blank (only if no errors so far).
  (facts, errors) => {
    if (errors.isEmpty && facts.rawDate === null) {
      errors.add(RULE[4].title, RULE[4].detail);
    }
  },
  // Rule 5: trained by this lead provider, but not in the requested role.
  (facts, errors) => {
    if (errors.has(participantId, courseIdentifier, declarationType, declarationDate)) {
      return;
    }
    const { world, teacher, role, leadProviderId } = facts;
    if (teacher === undefined || role === null || facts.trainingPeriod !== undefined) {
      return;
    }
    const otherRole: Role = role === "ect" ? "mentor" : "ect";
    if (partneredPeriods(world, facts.lookups, teacher.id, otherRole, leadProviderId).length > 0) {
      errors.add(RULE[5].title, RULE[5].detail);
    }
  },
  // Rule 6: declaration_type blank (only if no errors so far).
  (facts, errors) => {
    if (errors.isEmpty && facts.rawType === null) {
      errors.add(RULE[6].title, RULE[6].detail);
    }
  },
  // Rule 7: declaration_type not one of the nine (only if no errors so far).
  (facts, errors) => {
    if (errors.isEmpty && facts.rawType !== null && facts.type === null) {
      errors.add(RULE[7].title, RULE[7].detail);
    }
  },
  // Rule 8: duplicate, a live declaration of the same type for this participant role, under any lead provider.
  (facts, errors) => {
    if (errors.has(declarationType, declarationDate) || facts.trainingPeriod === undefined || facts.type === null) {
      return;
    }
    const duplicate = roleDeclarations(facts).some(
      (declaration) => declaration.declarationType === facts.type && isBillableOrChangeable(declaration),
    );
    if (duplicate) {
      errors.add(RULE[8].title, RULE[8].detail);
    }
  },
  // Rule 9: date in the future.
  (facts, errors) => {
    if (errors.has(declarationDate, declarationType, participantId, courseIdentifier)) {
      return;
    }
    if (facts.comparedAt !== null && facts.comparedAt.getTime() > facts.now.getTime()) {
      errors.add(RULE[9].title, RULE[9].detail);
    }
  },
  // Rules 10 and 11: inside the milestone window of the training period's schedule.
  (facts, errors) => {
    const { milestone, comparedAt } = facts;
    if (errors.has(declarationDate, declarationType, cohort) || milestone === undefined || comparedAt === null) {
      return;
    }
    if (isBeforeMilestoneWindow(milestone, comparedAt)) {
      errors.add(RULE[10].title, RULE[10].detail);
    }
    if (isAfterMilestoneWindow(milestone, comparedAt)) {
      errors.add(RULE[11].title, RULE[11].detail);
    }
  },
  // Rule 12: RFC 3339 format (skipped if the date already failed).
  (facts, errors) => {
    if (errors.has(declarationDate) || facts.date === null) {
      return;
    }
    if (facts.date.kind !== "rfc3339") {
      errors.add(RULE[12].title, RULE[12].detail);
    }
  },
  // Rule 13: mentors in mentor-funded cohorts, started or completed only. A blank or unknown type counts as "other".
  (facts, errors) => {
    const { trainingPeriod, cohort: trainingCohort } = facts;
    if (errors.has(declarationType, cohort) || trainingPeriod === undefined || trainingCohort === undefined) {
      return;
    }
    if (!acceptsDeclarationType(trainingCohort, trainingPeriod.role, facts.rawType)) {
      errors.add(RULE[13].title, RULE[13].detail);
    }
  },
  // Rules 14 and 15: evidence held (only if no errors so far).
  (facts, errors) => {
    const { cohort: trainingCohort, role, type } = facts;
    if (!errors.isEmpty || trainingCohort === undefined || role === null || type === null) {
      return;
    }
    const check = checkEvidence(
      evidenceRule(trainingCohort.detailedEvidenceTypesEnabled, role, type),
      facts.rawEvidence,
    );
    if (!check.ok) {
      errors.add(evidenceHeld, check.failure);
    }
  },
  // Rule 16: withdrawn on or before the declaration date.
  (facts, errors) => {
    const { trainingPeriod, comparedAt } = facts;
    if (errors.has(participantId) || trainingPeriod === undefined || comparedAt === null) {
      return;
    }
    const { withdrawal } = trainingPeriod;
    if (
      trainingStatusOf(trainingPeriod) === "withdrawn" &&
      withdrawal !== null &&
      withdrawal.at <= instantOf(comparedAt)
    ) {
      errors.add(RULE[16].title, RULE[16].detail(withdrawal.at));
    }
  },
  // Rule 17: the participant's current training period (any lead provider; one ending today is current) is in a
  // cohort whose payments are frozen.
  (facts, errors) => {
    const { world, teacher, role, today, now } = facts;
    if (errors.has(cohort) || teacher === undefined || role === null) {
      return;
    }
    const current = periodsOfRole(world, facts.lookups, teacher.id, role).find((period) =>
      periodContains(period, today),
    );
    const currentCohort = current === undefined ? undefined : cohortOf(world, current);
    if (currentCohort !== undefined && isPaymentsFrozen(currentCohort, now)) {
      errors.add(RULE[17].title, RULE[17].detail(currentCohort.year));
    }
  },
  // Rule 18: an eligible participant needs an open output statement to land on.
  (facts, errors) => {
    const { world, teacher, role, trainingPeriod, cohort: trainingCohort } = facts;
    if (errors.has(declarationType, cohort) || teacher === undefined || role === null) {
      return;
    }
    if (trainingPeriod === undefined || trainingCohort === undefined || !isRoleEligibleForFunding(teacher, role)) {
      return;
    }
    const statement = nextOutputStatement(world, {
      leadProviderId: facts.leadProviderId,
      cohortYear: trainingCohort.year,
      today: facts.today,
      openOnly: true,
    });
    facts.lookups.statement = { found: statement };
    if (statement === undefined) {
      errors.add(RULE[18].title, RULE[18].detail(trainingCohort.year));
    }
  },
  // Rule 19: the declaration type has no milestone in the training period's schedule.
  (facts, errors) => {
    if (errors.has(declarationDate, declarationType, participantId, courseIdentifier, cohort)) {
      return;
    }
    if (facts.trainingPeriod !== undefined && facts.type !== null && facts.milestone === undefined) {
      errors.add(RULE[19].title, RULE[19].detail);
    }
  },
  // Rule 20: sequence with the participant's other live declarations (cohorts from 2025).
  // It reads a date without an offset as London time, as the record stores it, unlike rules 9 to 11 and 16.
  (facts, errors) => {
    const { cohort: trainingCohort, type, at } = facts;
    if (errors.has(declarationDate, declarationType) || trainingCohort === undefined || type === null || at === null) {
      return;
    }
    if (
      trainingCohort.year >= SEQUENCE_RULE_FROM_COHORT &&
      !isInSequence(roleDeclarations(facts), type, instantOf(at))
    ) {
      errors.add(RULE[20].title, RULE[20].detail);
    }
  },
  // Rule 21: the lead provider does not train this participant in any role.
  (facts, errors) => {
    const { world, teacher, leadProviderId } = facts;
    if (errors.has(participantId) || teacher === undefined) {
      return;
    }
    const linked =
      partneredPeriods(world, facts.lookups, teacher.id, "ect", leadProviderId).length > 0 ||
      partneredPeriods(world, facts.lookups, teacher.id, "mentor", leadProviderId).length > 0;
    if (!linked) {
      errors.add(RULE[21].title, RULE[21].detail);
    }
  },
];

export function checkDeclarationSubmission(
  world: World,
  submission: DeclarationSubmission,
  now: Date,
): Outcome<AcceptedSubmission> {
  const facts = gatherFacts(world, submission, now);
  const errors = new ValidationErrors();
  for (const check of CHECKS) {
    check(facts, errors);
  }
  const { teacher, role, trainingPeriod, cohort: trainingCohort, type, at, date } = facts;
  if (!errors.isEmpty) {
    return errors.toFailure();
  }
  if (
    date === null ||
    date.kind === "unparsable" ||
    teacher === undefined ||
    role === null ||
    trainingPeriod === undefined ||
    trainingCohort === undefined ||
    type === null ||
    at === null
  ) {
    // Every path to here has raised an error above; reaching this is an engine bug, not bad input.
    throw new Error("declaration submission passed its checks without a participant, training period, type or date");
  }
  const evidence = checkEvidence(
    evidenceRule(trainingCohort.detailedEvidenceTypesEnabled, role, type),
    facts.rawEvidence,
  );
  return ok({
    teacher,
    role,
    trainingPeriod,
    cohort: trainingCohort,
    declarationType: type,
    declarationDate: at,
    declarationDay: date.writtenDay,
    evidenceHeld: evidence.ok ? evidence.value : null,
    statement: facts.lookups.statement?.found,
  });
}
