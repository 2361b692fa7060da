import type { Faker } from "@faker-js/faker";
import type { CalendarDate, CohortYear, LeadProvider, Role, ScheduleIdentifier, World } from "@lpkit/engine";
import type { Scenario } from "../state/scenario.ts";
import type { SeedRun } from "./seed-run.ts";
import type { Timeline } from "./timeline.ts";

/** A school of the seeded world: planned up front, its id known once its registration has run. */
export interface SeedSchool {
  id: string | undefined;
  readonly name: string;
  readonly eligibleForFunding: boolean;
  /** Cohorts in which the school registered school-led training only. */
  readonly schoolLedCohorts: readonly CohortYear[];
}

export interface SeedDeliveryPartner {
  id: string | undefined;
  readonly name: string;
}

export interface SeedPartnership {
  id: string | undefined;
  /** When it is created (epoch ms): anything using it must come later. */
  at: number;
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  readonly school: SeedSchool;
  readonly deliveryPartner: SeedDeliveryPartner;
}

/** A participant of the seeded world: planned up front, its id known once its registration has run. */
export interface SeedParticipant {
  id: string | undefined;
  readonly role: Role;
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  readonly partnership: SeedPartnership;
  readonly scheduleIdentifier: ScheduleIdentifier;
  readonly startedOn: CalendarDate;
  /** When training stops (withdrawal or deferral), if it does; declarations are only dated before it. */
  readonly stopsAt: number | undefined;
}

/** Everything the planners share: the generator, the timeline, the run, and what earlier planners created. */
export interface SeedContext {
  /** The world's seed, for planners that draw from generators of their own (e.g. contract terms). */
  readonly seed: number;
  readonly faker: Faker;
  readonly timeline: Timeline;
  readonly run: SeedRun;
  /** The instant the world is built for (epoch ms); nothing after it happens. */
  readonly now: number;
  readonly today: CalendarDate;
  readonly leadProviders: readonly LeadProvider[];
  readonly schools: SeedSchool[];
  readonly deliveryPartners: SeedDeliveryPartner[];
  /** Delivery partners each lead provider works with, per cohort: `${leadProviderId}|${year}`. */
  readonly deliveryPartnersByLeadProviderCohort: Map<string, SeedDeliveryPartner[]>;
  readonly partnerships: SeedPartnership[];
  readonly scenarios: SeedScenario[];
}

/** A scenario being planned: its resources fill in as the history replays. */
export interface SeedScenario {
  readonly name: string;
  readonly description: string;
  readonly leadProviderId: string;
  readonly cohort?: CohortYear | undefined;
  readonly resources: Record<string, string | undefined>;
  /** Extra condition for the scenario to hold at "now" (e.g. a declaration has reached `paid`). */
  readonly holds?: ((world: World) => boolean) | undefined;
}

/** The scenario, if the world as built holds it. */
export function finishedScenario(scenario: SeedScenario, world: World): Scenario | undefined {
  const resources: Record<string, string> = {};
  for (const [key, id] of Object.entries(scenario.resources)) {
    if (id === undefined) {
      return undefined;
    }
    resources[key] = id;
  }
  if (scenario.holds !== undefined && !scenario.holds(world)) {
    return undefined;
  }
  return {
    name: scenario.name,
    description: scenario.description,
    programme: "ecf",
    leadProviderId: scenario.leadProviderId,
    cohort: scenario.cohort,
    resources,
  };
}

export const leadProviderCohort = (leadProviderId: string, year: CohortYear): string => `${leadProviderId}|${year}`;

/** Plans a structural event: if it lies after `now` it happens at `now` instead (the world needs it either way). */
export function structuralTime(context: SeedContext, planned: number): number {
  return Math.min(planned, context.now);
}
