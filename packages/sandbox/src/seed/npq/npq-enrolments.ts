import type { Faker } from "@faker-js/faker";
import type { NpqCourseIdentifier, NpqLeadProviderDefinition } from "@lpkit/engine";
import type { NpqSeedRun } from "./npq-seed-run.ts";

const HOUR_MS = 3_600_000;

/** Who a seeded history is about, filled in when its events have run (undefined when a step was refused). */
export interface SeededEnrolment {
  readonly leadProviderId: string;
  readonly course: NpqCourseIdentifier;
  userId?: string;
}

/** A seeded declaration, filled in when its event has run. */
export interface SeededDeclaration {
  readonly enrolment: SeededEnrolment;
  id?: string;
}

/** The seeded people's TRNs and names come from the NPQ seed's faker, drawn while planning. */
export function seededPerson(faker: Faker, trn?: string) {
  return { fullName: faker.person.fullName(), trn: trn ?? faker.string.numeric(7) };
}

/**
 * Plans a person's application to a lead provider and DfE's acceptance an hour later on the leadership autumn
 * schedule (the one every cohort has, NPQ rules §7.3), with the funded place accept would store.
 */
export function planEnrolment(
  run: NpqSeedRun,
  options: {
    readonly leadProvider: NpqLeadProviderDefinition;
    readonly cohort: string;
    readonly course: NpqCourseIdentifier;
    readonly person: { readonly fullName: string; readonly trn: string };
    readonly eligibleForFunding?: boolean;
    readonly at: number;
  },
): SeededEnrolment {
  const enrolment: SeededEnrolment = { leadProviderId: options.leadProvider.id, course: options.course };
  run.at(options.at, "npq enrolments", (at) => {
    const application = run.try(
      {
        type: "registerNpqApplication",
        leadProviderId: options.leadProvider.id,
        courseIdentifier: options.course,
        cohort: options.cohort,
        person: options.person,
        eligibleForFunding: options.eligibleForFunding ?? true,
      },
      at,
    );
    if (application === undefined) {
      return;
    }
    const accepted = run.try(
      {
        type: "recordNpqApplicationDecision",
        applicationId: application.id,
        status: "accepted",
        scheduleIdentifier: "npq-leadership-autumn",
      },
      new Date(at.getTime() + HOUR_MS),
    );
    enrolment.userId = accepted === undefined ? undefined : application.userId;
  });
  return enrolment;
}

/**
 * Plans the lead provider's declaration for an enrolment, submitted at `at` and dated an hour earlier, through the
 * API's own command: its state and statement are what the rules give at that instant (NPQ rules §5.3).
 */
export function planDeclaration(
  run: NpqSeedRun,
  enrolment: SeededEnrolment,
  options: {
    readonly type: "started" | "retained-1" | "completed";
    readonly at: number;
    readonly deliveryPartnerId: () => string | undefined;
    readonly hasPassed?: boolean;
  },
): SeededDeclaration {
  const declaration: SeededDeclaration = { enrolment };
  run.at(options.at, "npq declarations", (at) => {
    if (enrolment.userId === undefined) {
      return;
    }
    const made = run.try(
      {
        type: "submitNpqDeclaration",
        leadProviderId: enrolment.leadProviderId,
        participantId: enrolment.userId,
        courseIdentifier: enrolment.course,
        declarationType: options.type,
        declarationDate: new Date(at.getTime() - HOUR_MS).toISOString(),
        deliveryPartnerId: options.deliveryPartnerId(),
        ...(options.hasPassed === undefined ? {} : { hasPassed: options.hasPassed }),
      },
      at,
    );
    declaration.id = made?.id;
  });
  return declaration;
}

/** Plans the lead provider voiding a declaration (voided, or awaiting clawback once paid: NPQ rules §5.4). */
export function planVoid(run: NpqSeedRun, declaration: SeededDeclaration, at: number): void {
  run.at(at, "npq voids", (moment) => {
    if (declaration.id !== undefined) {
      run.try(
        {
          type: "voidNpqDeclaration",
          leadProviderId: declaration.enrolment.leadProviderId,
          declarationId: declaration.id,
        },
        moment,
      );
    }
  });
}
