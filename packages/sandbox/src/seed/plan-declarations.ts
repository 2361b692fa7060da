import {
  acceptsDeclarationType,
  type CalendarDate,
  type CohortYear,
  type DeclarationType,
  evidenceRule,
  formatApiDateTime,
} from "@lpkit/engine";
import {
  addDays,
  isAfterMilestoneWindow,
  isBeforeMilestoneWindow,
  isPaymentsFrozen,
  scheduleId,
  startOfLondonDay,
  statementCalendar,
} from "@lpkit/engine/internal";
import { DAY_MS, londonInstant } from "./seed-clock.ts";
import type { SeedContext, SeedParticipant } from "./seed-context.ts";
import { chance, pick } from "./seed-faker.ts";

/** Share of participants whose provider has declared anything, and of declarations later voided. */
const DECLARING_SHARE = 0.8;
const VOIDED_SHARE = 0.08;

/**
 * The declarations a provider made for one participant: a run of milestones in schedule order, each dated inside
 * its window (or, where the schedule sets no end, a few months after the previous one), submitted a few days
 * after the date. Mentors of cohorts with mentor funding declare only `started` and `completed`.
 */
export function planDeclarations(context: SeedContext, participant: SeedParticipant): void {
  const { faker, run } = context;
  if (!chance(faker, DECLARING_SHARE)) {
    return;
  }
  const schedule = run.world.schedules[scheduleId(participant.cohortYear, participant.scheduleIdentifier)];
  const cohort = run.world.cohorts[participant.cohortYear];
  if (schedule === undefined || cohort === undefined) {
    return;
  }
  const milestones = schedule.milestones.filter((milestone) =>
    acceptsDeclarationType(cohort, participant.role, milestone.declarationType),
  );
  const wanted = faker.number.int({ min: 1, max: milestones.length });
  let previous: CalendarDate = participant.startedOn;
  for (const [index, milestone] of milestones.slice(0, wanted).entries()) {
    const spacing = index === 0 ? faker.number.int({ min: 5, max: 40 }) : faker.number.int({ min: 100, max: 150 });
    let date = addDays(previous, spacing);
    if (isBeforeMilestoneWindow(milestone, startOfLondonDay(date))) {
      date = addDays(milestone.startDate, faker.number.int({ min: 0, max: 20 }));
    }
    if (milestone.milestoneDate !== null && isAfterMilestoneWindow(milestone, startOfLondonDay(date))) {
      // Late for this window: declare on its last day if that still follows the previous declaration, otherwise
      // the provider missed this milestone (later ones may still be declared).
      if (milestone.milestoneDate < previous) {
        continue;
      }
      date = milestone.milestoneDate;
    }
    const declaredAt = londonInstant(
      date,
      faker.number.int({ min: 8, max: 17 }),
      faker.number.int({ min: 0, max: 59 }),
    );
    if (participant.stopsAt !== undefined && declaredAt >= participant.stopsAt) {
      return;
    }
    previous = date;
    planDeclaration(context, participant, milestone.declarationType, declaredAt);
  }
}

function planDeclaration(
  context: SeedContext,
  participant: SeedParticipant,
  declarationType: DeclarationType,
  declaredAt: number,
): void {
  const { faker, run } = context;
  const cohort = run.world.cohorts[participant.cohortYear];
  const rule = evidenceRule(cohort?.detailedEvidenceTypesEnabled ?? false, participant.role, declarationType);
  const evidenceHeld = rule.kind === "required" ? pick(faker, rule.allowed) : null;
  const submittedAt = declaredAt + faker.number.int({ min: 0, max: 6 }) * DAY_MS + 2 * 3_600_000;
  const voidedAfterDays = chance(faker, VOIDED_SHARE) ? faker.number.int({ min: 2, max: 400 }) : undefined;
  // Nothing can be declared once the cohort's payments are frozen, or once its last statement is cut off; a paid
  // declaration can only be clawed back onto a statement still to come.
  const lastCutOff = londonInstant(lastDeadlineOf(participant.cohortYear), 12);
  if (submittedAt >= lastCutOff || isPaymentsFrozen(cohort, new Date(submittedAt))) {
    return;
  }
  let declarationId: string | undefined;
  context.timeline.at(submittedAt, "declarations", (when) => {
    if (participant.id === undefined) {
      return;
    }
    declarationId = run.try(
      {
        type: "submitDeclaration",
        leadProviderId: participant.leadProviderId,
        participantId: participant.id,
        declarationType,
        declarationDate: formatApiDateTime(new Date(declaredAt)),
        courseIdentifier: participant.role === "ect" ? "ecf-induction" : "ecf-mentor",
        evidenceHeld,
      },
      when,
    )?.id;
  });
  if (voidedAfterDays !== undefined && submittedAt + voidedAfterDays * DAY_MS < lastCutOff) {
    context.timeline.at(submittedAt + voidedAfterDays * DAY_MS, "declarations", (when) => {
      if (declarationId !== undefined) {
        run.try({ type: "voidDeclaration", leadProviderId: participant.leadProviderId, declarationId }, when);
      }
    });
  }
}

/** The deadline of a cohort's last statement (the end of July, three years in), worked out once per cohort. */
const lastDeadlines = new Map<CohortYear, CalendarDate>();

function lastDeadlineOf(cohortYear: CohortYear): CalendarDate {
  let deadline = lastDeadlines.get(cohortYear);
  if (deadline === undefined) {
    const last = statementCalendar(cohortYear).at(-1);
    if (last === undefined) {
      throw new Error(`the ${cohortYear} cohort has no statements: the engine's calendar always has 34`);
    }
    deadline = last.deadlineDate;
    lastDeadlines.set(cohortYear, deadline);
  }
  return deadline;
}
