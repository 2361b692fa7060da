import {
  type CalendarDate,
  type CohortYear,
  DEFERRAL_REASONS,
  type Role,
  type ScheduleIdentifier,
  WITHDRAWAL_REASONS,
} from "@lpkit/engine";
import { addDays } from "@lpkit/engine/internal";
import { planDeclarations } from "./plan-declarations.ts";
import { requireId } from "./plan-organisations.ts";
import { DAY_MS, londonInstant } from "./seed-clock.ts";
import type { SeedContext, SeedParticipant, SeedPartnership } from "./seed-context.ts";
import { chance, pick } from "./seed-faker.ts";
import { email, personName, teacherReferenceNumber } from "./seed-names.ts";

/** About 25 participants per lead provider in the standard world, spread over its cohorts (ECF rules §9). */
const PARTICIPANTS_PER_LEAD_PROVIDER = 25;
/** Each lead provider sees at least this many mentors it does not train mentoring its ECTs. */
const UNFUNDED_MENTORS_PER_LEAD_PROVIDER = 10;
/** Share of participants whose duplicate record DfE merged into theirs, retiring the duplicate's id (ECF rules §9). */
const PARTICIPANT_ID_CHANGE_SHARE = 0.15;

const OTHER_SCHEDULES: Record<Role, readonly ScheduleIdentifier[]> = {
  ect: ["ecf-standard-january", "ecf-standard-april", "ecf-extended-september", "ecf-reduced-september"],
  mentor: ["ecf-standard-january", "ecf-standard-april", "ecf-extended-september", "ecf-replacement-september"],
};

/** A start day that fits the schedule: autumn, January or April of the cohort's first year. */
function startDateFor(context: SeedContext, cohortYear: CohortYear, schedule: ScheduleIdentifier): CalendarDate {
  const offset = context.faker.number.int({ min: 0, max: 30 });
  if (schedule.endsWith("january")) {
    return addDays(`${cohortYear + 1}-01-04`, offset);
  }
  if (schedule.endsWith("april")) {
    return addDays(`${cohortYear + 1}-04-15`, offset);
  }
  return addDays(`${cohortYear}-09-01`, offset);
}

/**
 * Participants with histories: registration by their school, funding eligibility, mentors, withdrawals and
 * deferrals, and the declarations their provider made. `extra` adds participants for larger worlds.
 */
export function planParticipants(context: SeedContext, extra: number): SeedParticipant[] {
  const participants: SeedParticipant[] = [];
  const leadProviders = context.leadProviders;
  const perLeadProvider = leadProviders.map(
    (_, index) =>
      PARTICIPANTS_PER_LEAD_PROVIDER +
      Math.floor(extra / leadProviders.length) +
      (index < extra % leadProviders.length ? 1 : 0),
  );
  leadProviders.forEach((leadProvider, providerIndex) => {
    let unfundedMentors = 0;
    const count = perLeadProvider[providerIndex] ?? 0;
    // The provider's partnerships in each cohort, found once: planning participants adds none, and a large world
    // plans hundreds of thousands of participants.
    const partnershipsByCohort = new Map<CohortYear, SeedPartnership[]>();
    for (let index = 0; index < count; index++) {
      const cohortYear = leadProvider.cohortYears[index % leadProvider.cohortYears.length] as CohortYear;
      let partnerships = partnershipsByCohort.get(cohortYear);
      if (partnerships === undefined) {
        partnerships = context.partnerships.filter(
          (partnership) => partnership.leadProviderId === leadProvider.id && partnership.cohortYear === cohortYear,
        );
        partnershipsByCohort.set(cohortYear, partnerships);
      }
      if (partnerships.length === 0) {
        continue;
      }
      const role: Role = index % 2 === 0 ? "ect" : "mentor";
      const participant = planParticipant(context, { role, leadProviderId: leadProvider.id, cohortYear, partnerships });
      participants.push(participant);
      if (role === "ect" && unfundedMentors < UNFUNDED_MENTORS_PER_LEAD_PROVIDER) {
        unfundedMentors += 1;
        planSchoolLedMentor(context, participant);
      }
    }
  });
  return participants;
}

function planParticipant(
  context: SeedContext,
  input: { role: Role; leadProviderId: string; cohortYear: CohortYear; partnerships: readonly SeedPartnership[] },
): SeedParticipant {
  const { faker } = context;
  const partnership = pick(faker, input.partnerships);
  const scheduleIdentifier: ScheduleIdentifier = chance(faker, 0.8)
    ? "ecf-standard-september"
    : pick(faker, OTHER_SCHEDULES[input.role]);
  const startedOn = startDateFor(context, input.cohortYear, scheduleIdentifier);
  const registeredAt = Math.max(
    londonInstant(addDays(startedOn, -faker.number.int({ min: 7, max: 45 })), 10),
    partnership.at + 60_000,
  );
  const eligible = chance(faker, 0.65);
  const becomesEligible = !eligible && chance(faker, 0.35);
  const stopping = faker.number.float({ min: 0, max: 1 });
  const stopKind = stopping < 0.2 ? "withdraw" : stopping < 0.35 ? "defer" : undefined;
  const stopsAt =
    stopKind === undefined
      ? undefined
      : londonInstant(startedOn, 11) + faker.number.int({ min: 20, max: 500 }) * DAY_MS;
  const name = personName(faker);
  const participant: SeedParticipant = {
    id: undefined,
    role: input.role,
    leadProviderId: input.leadProviderId,
    cohortYear: input.cohortYear,
    partnership,
    scheduleIdentifier,
    startedOn,
    stopsAt,
  };
  const command = {
    type: "registerParticipant",
    fullName: name.fullName,
    trn: chance(faker, 0.9) ? teacherReferenceNumber(faker) : null,
    role: input.role,
    schoolId: "",
    cohortYear: input.cohortYear,
    leadProviderId: input.leadProviderId,
    scheduleIdentifier,
    startedOn,
    email: email(faker, name.firstName, name.lastName),
    eligibleForFunding: eligible,
  } as const;
  context.timeline.at(registeredAt, "participants", (when) => {
    const registered = context.run.try(
      {
        ...command,
        schoolId: requireId(partnership.school.id),
        schoolPartnershipId: requireId(partnership.id),
      },
      when,
    );
    participant.id = registered?.teacher.id;
  });
  if (becomesEligible) {
    // An appropriate body records the induction (or DfE confirms the mentor) some months in.
    const at = londonInstant(startedOn, 15) + faker.number.int({ min: 40, max: 200 }) * DAY_MS;
    context.timeline.at(at, "funding", (when) => {
      if (participant.id !== undefined) {
        context.run.try(
          { type: "markParticipantEligibleForFunding", participantId: participant.id, role: input.role },
          when,
        );
      }
    });
  }
  if (chance(faker, PARTICIPANT_ID_CHANGE_SHARE)) {
    planParticipantIdChange(context, participant, registeredAt + faker.number.int({ min: 3, max: 90 }) * DAY_MS);
  }
  planDeclarations(context, participant);
  if (stopKind !== undefined && stopsAt !== undefined) {
    const reasons = stopKind === "withdraw" ? withdrawalReasons(input.role) : DEFERRAL_REASONS;
    const reason = pick(faker, reasons);
    context.timeline.at(stopsAt, "participant actions", (when) => {
      if (participant.id === undefined) {
        return;
      }
      context.run.try(
        {
          type: stopKind === "withdraw" ? "withdrawParticipant" : "deferParticipant",
          leadProviderId: input.leadProviderId,
          participantId: participant.id,
          courseIdentifier: input.role === "ect" ? "ecf-induction" : "ecf-mentor",
          reason,
        },
        when,
      );
    });
  }
  return participant;
}

/**
 * DfE finds a duplicate record of the participant (registered again under another id) and merges it: the
 * duplicate's id is retired and points at the participant (`participant_id_changes`, `filter[from_participant_id]`).
 */
function planParticipantIdChange(context: SeedContext, participant: SeedParticipant, at: number): void {
  context.timeline.at(at, "participant id changes", (when) => {
    if (participant.id !== undefined) {
      context.run.try(
        { type: "recordParticipantIdChange", participantId: participant.id, fromParticipantId: context.run.ids.uuid() },
        when,
      );
    }
  });
}

function withdrawalReasons(role: Role): readonly string[] {
  return WITHDRAWAL_REASONS.filter((reason) => role === "mentor" || reason !== "mentor-no-longer-being-mentor");
}

/**
 * A mentor the school trains itself, assigned to the ECT: the ECT's provider sees them as an unfunded mentor.
 */
function planSchoolLedMentor(context: SeedContext, ect: SeedParticipant): void {
  const { faker } = context;
  const name = personName(faker);
  const trn = teacherReferenceNumber(faker);
  const registeredAt = londonInstant(addDays(ect.startedOn, -50), 9);
  let mentorId: string | undefined;
  context.timeline.at(registeredAt, "mentors", (when) => {
    mentorId = context.run.try(
      {
        type: "registerParticipant",
        fullName: name.fullName,
        trn,
        role: "mentor",
        schoolId: requireId(ect.partnership.school.id),
        cohortYear: ect.cohortYear,
        startedOn: addDays(ect.startedOn, -30),
        email: email(faker, name.firstName, name.lastName),
        eligibleForFunding: false,
      },
      when,
    )?.teacher.id;
  });
  // The ECT registers after its mentor: assign once the ECT exists.
  const assignedAt = londonInstant(ect.startedOn, 12);
  context.timeline.at(assignedAt, "mentors", (when) => {
    if (mentorId !== undefined && ect.id !== undefined) {
      context.run.try({ type: "assignMentor", ectId: ect.id, mentorId, startedOn: ect.startedOn }, when);
    }
  });
}
