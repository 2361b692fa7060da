import type { Faker } from "@faker-js/faker";
import { type CalendarDate, NPQ_LEAD_PROVIDERS, type NpqLeadProviderDefinition } from "@lpkit/engine";
import { addDays } from "@lpkit/engine/internal";
import { DAY_MS, londonInstant } from "../seed-clock.ts";
import { planDeclaration, planEnrolment, planVoid, type SeededEnrolment, seededPerson } from "./npq-enrolments.ts";
import type { NpqSeedRun } from "./npq-seed-run.ts";
import { latestPastOutputStatement, type NpqStatementsListener } from "./npq-statements-plan.ts";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface NpqHistoryPlanning {
  readonly run: NpqSeedRun;
  readonly faker: Faker;
  readonly academicYear: number;
  readonly today: CalendarDate;
  /** The lead provider's delivery partner linked in every cohort, once registered. */
  readonly deliveryPartnerOf: (leadProviderId: string) => string | undefined;
}

/**
 * The declarations of the seeded NPQ world (NPQ rules §5), per lead provider, made through the API's commands at
 * dated instants so that DfE finance (`npq-statements-plan.ts`) moves them as it moves real ones:
 *
 * - in last year's cohort (`(Y-1)a`, leadership autumn schedule from 1 October Y-1), a history: a `started`
 *   declaration on the December statement, since paid; one paid then voided in January, clawed back on the March
 *   statement, since paid; one paid then voided the day before the latest past output statement's deadline, awaiting
 *   clawback on it (that statement stays payable); a `completed` one that passed on that statement (payable); one that
 *   failed and one that passed and was voided (outcomes `passed`, `failed`, `voided`);
 * - in the cohort training now (`Ya` once its schedule has started, else `(Y-1)a`), made a few hours ago: an
 *   `eligible` one on the next output statement, a `submitted` one (not eligible for funding), a `voided` one, and
 *   an `ineligible` one from another person with the first one's TRN (NPQ rules §5.3).
 *
 * Returns the listener that plans the steps that depend on the statements' dates.
 */
export function planNpqDeclarationHistories(planning: NpqHistoryPlanning): NpqStatementsListener {
  const { run, academicYear: year } = planning;
  const pastCohort = `${year - 1}a`;
  const pastHistories = new Map<string, { awaitingClawback: SeededEnrolment; passedOnLatest: SeededEnrolment }>();
  if (run.world.cohorts[pastCohort] !== undefined) {
    for (const leadProvider of NPQ_LEAD_PROVIDERS) {
      pastHistories.set(leadProvider.id, planPastHistory(planning, leadProvider, pastCohort));
    }
  }
  const currentStarted = londonInstant(`${year}-10-03` as CalendarDate, 9);
  const recentCohort = run.now.getTime() >= currentStarted ? `${year}a` : pastCohort;
  if (run.world.cohorts[recentCohort] !== undefined) {
    for (const leadProvider of NPQ_LEAD_PROVIDERS) {
      planRecentDeclarations(planning, leadProvider, recentCohort);
    }
  }
  return (leadProvider, cohort, statements) => {
    const history = pastHistories.get(leadProvider.id);
    const latest = latestPastOutputStatement(statements, planning.today);
    if (cohort.id !== pastCohort || history === undefined || latest === undefined) {
      return;
    }
    const deliveryPartnerId = () => planning.deliveryPartnerOf(leadProvider.id);
    // Three weeks before the latest past output statement's deadline, after the one before it: it lands there.
    planDeclaration(run, history.passedOnLatest, {
      type: "completed",
      hasPassed: true,
      at: londonInstant(addDays(latest.deadlineDate, -20), 11),
      deliveryPartnerId,
    });
    const paid = planDeclaration(run, history.awaitingClawback, {
      type: "started",
      at: londonInstant(`${year - 1}-10-05` as CalendarDate, 11),
      deliveryPartnerId,
    });
    // As DfE's seeds do: voided the day before that deadline, so the clawback goes on the statement left payable.
    planVoid(run, paid, londonInstant(addDays(latest.deadlineDate, -1), 12));
  };
}

function planPastHistory(planning: NpqHistoryPlanning, leadProvider: NpqLeadProviderDefinition, cohort: string) {
  const { run, faker, academicYear: year } = planning;
  const enrolledAt = londonInstant(`${year - 1}-09-01` as CalendarDate, 9);
  const deliveryPartnerId = () => planning.deliveryPartnerOf(leadProvider.id);
  const enrol = (course: "npq-senior-leadership" | "npq-headship", index: number) =>
    planEnrolment(run, {
      leadProvider,
      cohort,
      course,
      person: seededPerson(faker),
      at: enrolledAt + index * 2 * HOUR_MS,
    });
  const paid = enrol("npq-senior-leadership", 0);
  const clawedBack = enrol("npq-headship", 1);
  const awaitingClawback = enrol("npq-senior-leadership", 2);
  const passedOnLatest = enrol("npq-headship", 3);
  const failed = enrol("npq-senior-leadership", 4);
  const voidedOutcome = enrol("npq-headship", 5);
  // Started in October, after the schedule began: on the December statement, paid in December.
  const october = londonInstant(`${year - 1}-10-05` as CalendarDate, 10);
  planDeclaration(run, paid, { type: "started", at: october, deliveryPartnerId });
  const toClawBack = planDeclaration(run, clawedBack, { type: "started", at: october + MINUTE_MS, deliveryPartnerId });
  // Voided in January once paid: awaiting clawback on the March statement, clawed back when that one is paid.
  const january = londonInstant(`${year}-01-05` as CalendarDate, 10);
  planVoid(run, toClawBack, january);
  planDeclaration(run, failed, { type: "completed", hasPassed: false, at: january + HOUR_MS, deliveryPartnerId });
  const passed = planDeclaration(run, voidedOutcome, {
    type: "completed",
    hasPassed: true,
    at: january + 2 * HOUR_MS,
    deliveryPartnerId,
  });
  planVoid(run, passed, january + 5 * DAY_MS);
  return { awaitingClawback, passedOnLatest };
}

function planRecentDeclarations(
  planning: NpqHistoryPlanning,
  leadProvider: NpqLeadProviderDefinition,
  cohort: string,
): void {
  const { run, faker } = planning;
  const now = run.now.getTime();
  const deliveryPartnerId = () => planning.deliveryPartnerOf(leadProvider.id);
  const enrolledAt = now - 26 * HOUR_MS;
  const eligiblePerson = seededPerson(faker);
  const enrol = (person: { fullName: string; trn: string }, index: number, eligibleForFunding = true) =>
    planEnrolment(run, {
      leadProvider,
      cohort,
      course: "npq-senior-leadership",
      person,
      eligibleForFunding,
      at: enrolledAt + index * MINUTE_MS,
    });
  const eligible = enrol(eligiblePerson, 0);
  const submitted = enrol(seededPerson(faker), 1, false);
  const voided = enrol(seededPerson(faker), 2);
  // Another person who gave the same TRN: their declaration duplicates the first one's.
  const duplicate = enrol(seededPerson(faker, eligiblePerson.trn), 3);
  const declaredAt = now - 3 * HOUR_MS;
  planDeclaration(run, eligible, { type: "started", at: declaredAt, deliveryPartnerId });
  planDeclaration(run, submitted, { type: "started", at: declaredAt + MINUTE_MS, deliveryPartnerId });
  const toVoid = planDeclaration(run, voided, { type: "started", at: declaredAt + 2 * MINUTE_MS, deliveryPartnerId });
  planVoid(run, toVoid, declaredAt + HOUR_MS);
  planDeclaration(run, duplicate, { type: "started", at: declaredAt + 3 * MINUTE_MS, deliveryPartnerId });
}
