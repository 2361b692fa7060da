/**
 * Property-based tests over random sequences of participant actions (withdraw, defer, resume, change schedule) at
 * random times, with raw attribute values as a client might send them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Command } from "../../src/commands/index.ts";
import { transitionFrom } from "../../src/machines/machine.ts";
import { type TrainingStatusEvent, trainingStatusMachine } from "../../src/machines/training-status-machine.ts";
import { lookupOfRole, type World, worldData } from "../../src/model/world.ts";
import { listParticipants } from "../../src/queries/participants.ts";
import type { Role } from "../../src/reference/courses.ts";
import { latestTrainingPeriodWith, trainingStatusOf } from "../../src/rules/training-periods.ts";
import { participantView } from "../../src/views/participant.ts";
import { AMBITION, Scenario } from "../support/scenario.ts";

type Action = "withdraw" | "defer" | "resume" | "changeSchedule";

const stepArb = fc.record({
  minutes: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 60 }) },
    { weight: 3, arbitrary: fc.integer({ min: 60 * 24, max: 60 * 24 * 30 }) },
  ),
  participant: fc.nat(3),
  action: fc.constantFrom<Action>("withdraw", "defer", "resume", "changeSchedule"),
  /** Mostly the participant's own course; sometimes the other one or nonsense. */
  courseIdentifier: fc.oneof(
    { weight: 8, arbitrary: fc.constant("own") },
    { weight: 1, arbitrary: fc.constantFrom("ecf-induction", "ecf-mentor", "", "ecf-npq") },
  ),
  /** Mostly a reason valid for the action (`other` suits both); sometimes a wrong or missing one. */
  reason: fc.oneof(
    { weight: 8, arbitrary: fc.constant("other") },
    {
      weight: 2,
      arbitrary: fc.constantFrom("moved-school", "career-break", "bereavement", "mentor-no-longer-being-mentor"),
    },
    { weight: 1, arbitrary: fc.constantFrom("", "x") },
  ),
  schedule: fc.constantFrom(
    "ecf-standard-september",
    "ecf-standard-january",
    "ecf-extended-september",
    "ecf-reduced-april",
    "ecf-replacement-january",
    "nope",
  ),
  cohort: fc.constantFrom(undefined, "2024", "2025", "2099"),
});

function fixture() {
  const s = new Scenario("2025-10-15T10:00:00Z");
  const schoolId = s.school();
  s.must({
    type: "registerSchoolPartnership",
    schoolId,
    leadProviderId: AMBITION,
    deliveryPartnerId: s.deliveryPartner(AMBITION, 2024),
    cohortYear: 2024,
  });
  const participants: { id: string; role: Role }[] = [
    { id: s.participant({ schoolId, startedOn: "2025-09-01" }), role: "ect" },
    { id: s.participant({ schoolId, role: "mentor", startedOn: "2025-09-01" }), role: "mentor" },
    { id: s.participant({ schoolId, cohortYear: 2024, startedOn: "2024-09-01" }), role: "ect" },
    { id: s.participant({ schoolId, startedOn: "2025-11-01" }), role: "ect" },
  ];
  return { s, participants };
}

function noOverlaps(world: World, teacherId: string, role: Role) {
  const periods = lookupOfRole(world, "trainingPeriodsByParticipant", teacherId, role);
  const bySchoolPeriod = new Map<string, typeof periods>();
  for (const period of periods) {
    expect(period.finishedOn === null || period.finishedOn >= period.startedOn).toBe(true);
    bySchoolPeriod.set(period.schoolPeriodId, [...(bySchoolPeriod.get(period.schoolPeriodId) ?? []), period]);
  }
  for (const list of bySchoolPeriod.values()) {
    for (let i = 1; i < list.length; i++) {
      const [previous, next] = [list[i - 1]!, list[i]!];
      expect(previous.finishedOn !== null && previous.finishedOn <= next.startedOn).toBe(true);
    }
  }
}

// Property runs are CPU-bound; a loaded CI machine needs more than the default 5 s per test.
describe("participant action invariants", { timeout: 60_000 }, () => {
  it("keep the training status, periods and lists consistent after every action", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        const { s, participants } = fixture();
        for (const step of steps) {
          s.at(new Date(s.context.now.getTime() + step.minutes * 60_000).toISOString());
          const participant = participants[step.participant]!;
          const courseIdentifier =
            step.courseIdentifier === "own"
              ? participant.role === "ect"
                ? "ecf-induction"
                : "ecf-mentor"
              : step.courseIdentifier;
          const base = { leadProviderId: AMBITION, participantId: participant.id, courseIdentifier };
          const command: Command =
            step.action === "withdraw"
              ? { type: "withdrawParticipant", ...base, reason: step.reason }
              : step.action === "defer"
                ? { type: "deferParticipant", ...base, reason: step.reason }
                : step.action === "resume"
                  ? { type: "resumeParticipant", ...base }
                  : {
                      type: "changeParticipantSchedule",
                      ...base,
                      scheduleIdentifier: step.schedule,
                      ...(step.cohort === undefined ? {} : { cohort: step.cohort }),
                    };
          const event: TrainingStatusEvent | undefined = step.action === "changeSchedule" ? undefined : step.action;
          const statusBefore = trainingStatusOf(
            latestTrainingPeriodWith(s.world, participant.id, participant.role, AMBITION)!,
          );
          const move = event === undefined ? undefined : transitionFrom(trainingStatusMachine, statusBefore, event);
          const snapshot = JSON.stringify(worldData(s.world));
          const result = s.run(command);
          if (event !== undefined && move === undefined) {
            // A move the training status machine has no row for is always refused.
            expect(result.ok).toBe(false);
          }
          if (!result.ok) {
            expect(result.failure.status).toBe(422);
            expect(result.failure.errors.length).toBeGreaterThan(0);
            expect(JSON.stringify(worldData(s.world))).toBe(snapshot);
            continue;
          }
          const role = participant.role;
          const latest = latestTrainingPeriodWith(s.world, participant.id, role, AMBITION)!;
          const enrolment = participantView(
            s.world,
            AMBITION,
            s.world.teachers[participant.id]!,
            s.context.now,
          ).attributes.ecf_enrolments.find((e) => e.participant_type === role)!;
          if (move !== undefined) {
            // The status moved exactly as the machine's row says.
            expect(enrolment.training_status).toBe(move.to);
          } else {
            expect(enrolment.schedule_identifier).toBe(step.schedule);
          }
          if (step.action === "withdraw" || step.action === "defer") {
            expect(enrolment.participant_status).toBe("left");
          }
          for (const { id, role: r } of participants) {
            const period = latestTrainingPeriodWith(s.world, id, r, AMBITION)!;
            const view = participantView(s.world, AMBITION, s.world.teachers[id]!, s.context.now);
            expect(view.attributes.ecf_enrolments.find((e) => e.participant_type === r)?.training_status).toBe(
              trainingStatusOf(period),
            );
            noOverlaps(s.world, id, r);
          }
          expect(latest.id).toBe(result.value.trainingPeriod.id);
          expect(
            listParticipants(s.world, AMBITION, { page: { page: 1, perPage: 3000 } }, s.context.now)
              .map((p) => p.id)
              .sort(),
          ).toEqual(participants.map((p) => p.id).sort());
        }
      }),
      { numRuns: 80 },
    );
  });
});
