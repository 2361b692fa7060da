/** Shorthands for the participant-action commands as the sandbox sends them (raw attribute strings). */
import type { ParticipantActionResult } from "../../src/commands/participant-action-result.ts";
import type { TrainingPeriod } from "../../src/model/training-period.ts";
import { getRow } from "../../src/model/world.ts";
import type { Role } from "../../src/reference/courses.ts";
import type { Outcome } from "../../src/result.ts";
import { latestTrainingPeriodWith } from "../../src/rules/training-periods.ts";
import { type ParticipantResource, participantView } from "../../src/views/participant.ts";
import { AMBITION, type Scenario } from "./scenario.ts";

export interface ActionAttributes {
  readonly courseIdentifier?: string;
  readonly reason?: string;
  readonly scheduleIdentifier?: string;
  readonly cohort?: string;
  readonly leadProviderId?: string;
}

function common(participantId: string, attributes: ActionAttributes) {
  const { leadProviderId = AMBITION, ...rest } = attributes;
  return { leadProviderId, participantId, ...rest };
}

export function withdraw(s: Scenario, participantId: string, attributes: ActionAttributes = {}) {
  return s.run({
    type: "withdrawParticipant",
    ...common(participantId, { courseIdentifier: "ecf-induction", reason: "moved-school", ...attributes }),
  }) as Outcome<ParticipantActionResult>;
}

export function defer(s: Scenario, participantId: string, attributes: ActionAttributes = {}) {
  return s.run({
    type: "deferParticipant",
    ...common(participantId, { courseIdentifier: "ecf-induction", reason: "career-break", ...attributes }),
  }) as Outcome<ParticipantActionResult>;
}

export function resume(s: Scenario, participantId: string, attributes: ActionAttributes = {}) {
  return s.run({
    type: "resumeParticipant",
    ...common(participantId, { courseIdentifier: "ecf-induction", ...attributes }),
  }) as Outcome<ParticipantActionResult>;
}

export function changeSchedule(s: Scenario, participantId: string, attributes: ActionAttributes = {}) {
  return s.run({
    type: "changeParticipantSchedule",
    ...common(participantId, { courseIdentifier: "ecf-induction", ...attributes }),
  }) as Outcome<ParticipantActionResult>;
}

/** The participant as the provider sees it right now. */
export function view(s: Scenario, participantId: string, leadProviderId = AMBITION): ParticipantResource {
  return participantView(s.world, leadProviderId, getRow(s.world, "teachers", participantId), s.context.now);
}

export function latestPeriod(
  s: Scenario,
  participantId: string,
  role: Role = "ect",
  leadProviderId = AMBITION,
): TrainingPeriod {
  const period = latestTrainingPeriodWith(s.world, participantId, role, leadProviderId);
  if (period === undefined) {
    throw new Error(`no ${role} training period`);
  }
  return period;
}
