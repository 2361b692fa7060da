import {
  type CalendarDate,
  type Cohort,
  type CohortYear,
  courseOfRole,
  declarationState,
  evidenceRule,
  formatApiDateTime,
  type LeadProvider,
  type Role,
  type World,
} from "@lpkit/engine";
import { addDays, defaultScheduleIdentifier, findRow, isPaymentsFrozen } from "@lpkit/engine/internal";
import { requireId } from "./plan-organisations.ts";
import { DAY_MS, londonInstant } from "./seed-clock.ts";
import {
  leadProviderCohort,
  type SeedContext,
  type SeedPartnership,
  type SeedScenario,
  structuralTime,
} from "./seed-context.ts";
import { email, personName, schoolName, teacherReferenceNumber } from "./seed-names.ts";

/**
 * Named situations (ECF rules §9, "sandbox scenarios"), one of each per lead provider where it can exist, findable
 * through `GET /__sandbox/scenarios`. Most are dated relative to "now", so they hold whatever the clock says.
 */
export function planScenarios(context: SeedContext): void {
  for (const leadProvider of context.leadProviders) {
    const current = currentCohort(context, leadProvider);
    if (current === undefined) {
      continue;
    }
    const planner = new ScenarioPlanner(context, leadProvider, current);
    planner.readyToDeclare("ect");
    planner.readyToDeclare("mentor");
    planner.notYetEligible();
    planner.joining();
    planner.leaving();
    planner.withdrawnResumable();
    planner.deferred();
    planner.paidStarted();
    planner.schoolWithoutPartnership();
    planner.schoolLedSchool();
    planner.ineligibleSchool();
    planner.expressionOfInterestOnly();
    planner.transferredToAnotherSchool();
    planner.withdrawnActiveWithAnotherProvider();
    planner.leavingForAnotherProvider();
  }
}

/** The latest cohort the provider delivers that has started by today and whose payments are not frozen. */
function currentCohort(context: SeedContext, leadProvider: LeadProvider): CohortYear | undefined {
  const now = new Date(context.now);
  const open = leadProvider.cohortYears.filter((year) => {
    const cohort = context.run.world.cohorts[year];
    return cohort !== undefined && !isPaymentsFrozen(cohort, now) && cohort.startDate <= context.today;
  });
  return open.at(-1);
}

/**
 * A cohort with a payments freeze date, whether or not the clock has reached it. This is not the payments-frozen rule
 * (`isPaymentsFrozen`), and the seed keeps it on purpose: the paid-started scenario has always been left out of such
 * cohorts, and the seeded world of a seed and clock must not change. With the rule instead, a clock before the freeze
 * (2021's before 18 June 2024, 2022's before 16 June 2025) would give providers a paid-started ECT in those cohorts
 * too; the scenario would hold (voiding has no freeze check, only the clawback statement's cut-off), but planning it
 * draws names from the seed's generator, so every later random choice, and the world's digest, would move. Moving to
 * the rule is a change of seeded data to make on purpose, with new digests.
 */
function isScheduledToFreeze(cohort: Cohort | undefined): boolean {
  return cohort?.paymentsFrozenAt != null;
}

class ScenarioPlanner {
  readonly #context: SeedContext;
  readonly #leadProvider: LeadProvider;
  readonly #cohort: CohortYear;

  constructor(context: SeedContext, leadProvider: LeadProvider, cohort: CohortYear) {
    this.#context = context;
    this.#leadProvider = leadProvider;
    this.#cohort = cohort;
  }

  /** An eligible participant training for two months, with no declarations yet. */
  readyToDeclare(role: Role): void {
    const startedOn = this.#daysFromToday(-60);
    const participant = this.#participant({ role, startedOn });
    this.#scenario(
      `${role}-ready-to-declare`,
      `An ${role === "ect" ? "ECT" : "mentor"} eligible for funding, training since ${startedOn}, with no declarations: submit a started declaration.`,
      participant.resources,
    );
  }

  notYetEligible(): void {
    const participant = this.#participant({ role: "ect", startedOn: this.#daysFromToday(-45), eligible: false });
    this.#scenario(
      "ect-not-yet-eligible-for-funding",
      "An ECT without a recorded induction: declarations stay submitted until POST /__sandbox/participants/{id}/eligible-for-funding.",
      participant.resources,
    );
  }

  joining(): void {
    const participant = this.#participant({ role: "ect", startedOn: this.#daysFromToday(30) });
    this.#scenario(
      "ect-joining",
      "An ECT whose training starts in 30 days: participant_status joining.",
      participant.resources,
    );
  }

  leaving(): void {
    const participant = this.#participant({
      role: "mentor",
      startedOn: this.#daysFromToday(-200),
      finishedOn: this.#daysFromToday(20),
    });
    this.#scenario(
      "mentor-leaving",
      "A mentor whose training ends in 20 days: participant_status leaving.",
      participant.resources,
    );
  }

  withdrawnResumable(): void {
    const participant = this.#participant({ role: "ect", startedOn: this.#daysFromToday(-120) });
    this.#action(participant, "ect", this.#context.now - 30 * DAY_MS, "withdrawParticipant", "moved-school");
    this.#scenario(
      "ect-withdrawn-resumable",
      "An ECT withdrawn a month ago who is still at their school: PUT /participants/{id}/resume succeeds.",
      participant.resources,
    );
  }

  deferred(): void {
    const participant = this.#participant({ role: "mentor", startedOn: this.#daysFromToday(-150) });
    this.#action(participant, "mentor", this.#context.now - 10 * DAY_MS, "deferParticipant", "parental-leave");
    this.#scenario("mentor-deferred", "A mentor deferred ten days ago.", participant.resources);
  }

  /** A previous-cohort ECT whose `started` declaration has been paid: voiding it starts a clawback. */
  paidStarted(): void {
    const cohort = this.#cohort - 1;
    if (
      !this.#leadProvider.cohortYears.includes(cohort) ||
      isScheduledToFreeze(this.#context.run.world.cohorts[cohort])
    ) {
      return;
    }
    const startedOn: CalendarDate = `${cohort}-09-02`;
    const participant = this.#participant({ role: "ect", startedOn, cohort });
    const resources = participant.resources;
    resources.declaration_id = undefined;
    const declaredAt = londonInstant(`${cohort}-09-20`, 10);
    const startedEvidence = evidenceRule(
      this.#context.run.world.cohorts[cohort]?.detailedEvidenceTypesEnabled ?? false,
      "ect",
      "started",
    );
    this.#context.timeline.at(declaredAt + 3_600_000, "scenarios", (when) => {
      resources.declaration_id = this.#context.run.try(
        {
          type: "submitDeclaration",
          leadProviderId: this.#leadProvider.id,
          participantId: requireId(participant.resources.participant_id),
          declarationType: "started",
          declarationDate: formatApiDateTime(new Date(declaredAt)),
          courseIdentifier: "ecf-induction",
          evidenceHeld: startedEvidence.kind === "required" ? "training-event-attended" : null,
        },
        when,
      )?.id;
    });
    this.#scenario(
      "ect-with-paid-started-declaration",
      "An ECT whose started declaration has been paid: PUT /participant-declarations/{id}/void makes it awaiting-clawback.",
      resources,
      (world) => {
        const declaration = findRow(world, "declarations", resources.declaration_id);
        return declaration !== undefined && declarationState(declaration) === "paid";
      },
      cohort,
    );
  }

  schoolWithoutPartnership(): void {
    const school = this.#school({});
    const deliveryPartners = this.#context.deliveryPartnersByLeadProviderCohort.get(
      leadProviderCohort(this.#leadProvider.id, this.#cohort),
    );
    const deliveryPartner = deliveryPartners?.at(-1);
    const resources = {
      school_id: undefined as string | undefined,
      delivery_partner_id: undefined as string | undefined,
    };
    this.#context.timeline.at(this.#context.now, "scenarios", () => {
      resources.school_id = school.id;
      resources.delivery_partner_id = deliveryPartner?.id;
    });
    this.#scenario(
      "school-without-partnership",
      `An eligible provider-led school with no partnership, and a delivery partner the provider works with in ${this.#cohort}: POST /partnerships succeeds.`,
      resources,
    );
  }

  schoolLedSchool(): void {
    const school = this.#school({ schoolLed: true });
    const resources = { school_id: undefined as string | undefined };
    this.#context.timeline.at(this.#context.now, "scenarios", () => {
      resources.school_id = school.id;
    });
    this.#scenario(
      "school-led-school",
      "A school that registered school-led training only: POST /partnerships answers 422.",
      resources,
    );
  }

  ineligibleSchool(): void {
    const school = this.#school({ eligibleForFunding: false });
    const resources = { school_id: undefined as string | undefined };
    this.#context.timeline.at(this.#context.now, "scenarios", () => {
      resources.school_id = school.id;
    });
    this.#scenario(
      "school-ineligible-for-funding",
      "A school not eligible for DfE funding: POST /partnerships answers 422.",
      resources,
    );
  }

  /** A participant the provider has only expressed interest in: invisible until a partnership exists. */
  expressionOfInterestOnly(): void {
    const school = this.#school({});
    const name = personName(this.#context.faker);
    const resources = {
      school_id: undefined as string | undefined,
      participant_id: undefined as string | undefined,
    };
    const startedOn = this.#daysFromToday(-20);
    this.#context.timeline.at(londonInstant(addDays(startedOn, -10), 11), "scenarios", (when) => {
      resources.school_id = school.id;
      resources.participant_id = this.#context.run.try(
        {
          type: "registerParticipant",
          fullName: name.fullName,
          trn: teacherReferenceNumber(this.#context.faker),
          role: "ect",
          schoolId: requireId(school.id),
          cohortYear: this.#cohort,
          leadProviderId: this.#leadProvider.id,
          expressionOfInterestOnly: true,
          startedOn,
          email: email(this.#context.faker, name.firstName, name.lastName),
        },
        when,
      )?.teacher.id;
    });
    this.#scenario(
      "ect-expression-of-interest-only",
      "An ECT at a school where the provider has only expressed interest: not visible until POST /partnerships for that school.",
      resources,
    );
  }

  /** An ECT who moved to another school during the year and trains there with the same provider. */
  transferredToAnotherSchool(): void {
    const participant = this.#participant({ role: "ect", startedOn: this.#daysFromToday(-150) });
    const destination = this.#school({});
    const leavingOn = this.#daysFromToday(-40);
    this.#context.timeline.at(londonInstant(leavingOn, 9) - DAY_MS, "scenarios", (when) => {
      const teacherId = participant.resources.participant_id;
      if (teacherId === undefined || destination.id === undefined) {
        return;
      }
      this.#context.run.try(
        {
          type: "recordSchoolTransfer",
          participantId: teacherId,
          role: "ect",
          leavingOn,
          joining: {
            schoolId: destination.id,
            leadProviderId: this.#leadProvider.id,
            startedOn: leavingOn,
            email: participant.email,
          },
        },
        when,
      );
    });
    this.#scenario(
      "ect-transferred-to-new-school",
      "An ECT who moved school 40 days ago and carries on with the same provider: listed by GET /participants/transfers.",
      participant.resources,
    );
  }

  /**
   * An ECT this provider withdrew, whom the school then moved to another provider at the same school: resuming is
   * refused (ECF rules §9, "withdrawn ECT now active with another LP").
   */
  withdrawnActiveWithAnotherProvider(): void {
    const other = this.#otherLeadProvider();
    if (other === undefined) {
      return;
    }
    const participant = this.#participant({ role: "ect", startedOn: this.#daysFromToday(-120) });
    this.#action(participant, "ect", this.#context.now - 30 * DAY_MS, "withdrawParticipant", "changed-lead-provider");
    const startedOn = this.#daysFromToday(-20);
    this.#context.timeline.at(londonInstant(startedOn, 9) - DAY_MS, "scenarios", (when) => {
      const participantId = participant.resources.participant_id;
      if (participantId !== undefined) {
        this.#context.run.try(
          { type: "recordLeadProviderChange", participantId, role: "ect", startedOn, leadProviderId: other.id },
          when,
        );
      }
    });
    this.#scenario(
      "ect-withdrawn-active-with-another-provider",
      `An ECT withdrawn a month ago who has trained with ${other.name} at the same school for 20 days: PUT /participants/{id}/resume answers 422.`,
      participant.resources,
    );
  }

  /**
   * An ECT who leaves for another school in two weeks, where another provider trains them: their change of schedule
   * is refused (change-schedule rule 15, ECF rules §6.4) and the transfer is listed as incomplete.
   */
  leavingForAnotherProvider(): void {
    const participant = this.#participant({ role: "ect", startedOn: this.#daysFromToday(-90) });
    const recordedAt = this.#context.now - 2 * DAY_MS;
    const destination = this.#context.partnerships.find(
      (candidate) =>
        candidate.leadProviderId !== this.#leadProvider.id &&
        candidate.cohortYear === this.#cohort &&
        candidate.school !== participant.partnership?.school &&
        candidate.at < recordedAt,
    );
    if (destination === undefined) {
      return;
    }
    const leavingOn = this.#daysFromToday(14);
    this.#context.timeline.at(recordedAt, "scenarios", (when) => {
      const participantId = participant.resources.participant_id;
      if (participantId === undefined) {
        return;
      }
      this.#context.run.try(
        {
          type: "recordSchoolTransfer",
          participantId,
          role: "ect",
          leavingOn,
          joining: {
            schoolId: requireId(destination.school.id),
            cohortYear: this.#cohort,
            leadProviderId: destination.leadProviderId,
            schoolPartnershipId: requireId(destination.id),
            startedOn: addDays(leavingOn, 1),
            email: participant.email,
          },
        },
        when,
      );
    });
    this.#scenario(
      "ect-leaving-for-another-provider",
      "An ECT who moves in two weeks to another school, where another provider will train them: PUT /participants/{id}/change-schedule answers 422.",
      participant.resources,
    );
  }

  /** The next lead provider (in the world's order) that also delivers this cohort. */
  #otherLeadProvider(): LeadProvider | undefined {
    const providers = this.#context.leadProviders;
    const index = providers.indexOf(this.#leadProvider);
    return [...providers.slice(index + 1), ...providers.slice(0, index)].find((provider) =>
      provider.cohortYears.includes(this.#cohort),
    );
  }

  #daysFromToday(days: number): CalendarDate {
    return addDays(this.#context.today, days);
  }

  #scenario(
    name: string,
    description: string,
    resources: Record<string, string | undefined>,
    holds?: (world: World) => boolean,
    cohort: CohortYear = this.#cohort,
  ): void {
    const scenario: SeedScenario = {
      name,
      description,
      leadProviderId: this.#leadProvider.id,
      cohort,
      resources,
      holds,
    };
    this.#context.scenarios.push(scenario);
  }

  /** A fresh school, registered well before the scenario needs it. */
  #school(options: { schoolLed?: boolean; eligibleForFunding?: boolean }): { id: string | undefined } {
    const school: { id: string | undefined } = { id: undefined };
    const name = schoolName(this.#context.faker);
    const at = structuralTime(this.#context, londonInstant(`${this.#cohort}-03-01`, 8));
    this.#context.timeline.at(at, "scenarios", (when) => {
      school.id = this.#context.run.must(
        {
          type: "registerSchool",
          name,
          eligibleForFunding: options.eligibleForFunding ?? true,
          cohorts:
            options.schoolLed === true
              ? Object.fromEntries(
                  Object.keys(this.#context.run.world.cohorts).map((year) => [
                    year,
                    { inductionProgrammeChoice: "school_led" },
                  ]),
                )
              : {},
        },
        when,
      ).id;
    });
    return school;
  }

  /** A participant of this provider at one of its partnership schools. */
  #participant(input: {
    role: Role;
    startedOn: CalendarDate;
    finishedOn?: CalendarDate;
    eligible?: boolean;
    cohort?: CohortYear;
  }): { resources: Record<string, string | undefined>; email: string; partnership: SeedPartnership | undefined } {
    const cohort = input.cohort ?? this.#cohort;
    const partnership = this.#context.partnerships.find(
      (candidate) => candidate.leadProviderId === this.#leadProvider.id && candidate.cohortYear === cohort,
    );
    const resources: Record<string, string | undefined> = {
      participant_id: undefined,
      school_id: undefined,
      delivery_partner_id: undefined,
    };
    const name = personName(this.#context.faker);
    const address = email(this.#context.faker, name.firstName, name.lastName);
    if (partnership === undefined) {
      return { resources, email: address, partnership };
    }
    const trn = teacherReferenceNumber(this.#context.faker);
    const registeredAt = Math.max(
      Math.min(londonInstant(addDays(input.startedOn, -21), 10), this.#context.now - DAY_MS),
      partnership.at + 60_000,
    );
    this.#context.timeline.at(registeredAt, "scenarios", (when) => {
      resources.participant_id = this.#context.run.try(
        {
          type: "registerParticipant",
          fullName: name.fullName,
          trn,
          role: input.role,
          schoolId: requireId(partnership.school.id),
          cohortYear: cohort,
          leadProviderId: this.#leadProvider.id,
          schoolPartnershipId: requireId(partnership.id),
          scheduleIdentifier: defaultScheduleIdentifier(input.startedOn),
          startedOn: input.startedOn,
          finishedOn: input.finishedOn ?? null,
          email: address,
          eligibleForFunding: input.eligible ?? true,
        },
        when,
      )?.teacher.id;
      resources.school_id = partnership.school.id;
      resources.delivery_partner_id = partnership.deliveryPartner.id;
    });
    return { resources, email: address, partnership };
  }

  #action(
    participant: { resources: Record<string, string | undefined> },
    role: Role,
    at: number,
    type: "withdrawParticipant" | "deferParticipant",
    reason: string,
  ): void {
    this.#context.timeline.at(at, "scenarios", (when) => {
      const participantId = participant.resources.participant_id;
      if (participantId !== undefined) {
        this.#context.run.try(
          { type, leadProviderId: this.#leadProvider.id, participantId, courseIdentifier: courseOfRole(role), reason },
          when,
        );
      }
    });
  }
}
