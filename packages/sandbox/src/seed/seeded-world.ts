import { createWorld, londonToday } from "@lpkit/engine";
import type { WorldBuilder } from "../control/sandbox-control.ts";
import { SeededIds } from "../state/seeded-ids.ts";
import { planOrganisations } from "./plan-organisations.ts";
import { planParticipants } from "./plan-participants.ts";
import { planScenarios } from "./plan-scenarios.ts";
import { planScheduleChanges } from "./plan-schedule-changes.ts";
import { planTransfers } from "./plan-transfers.ts";
import { finishedScenario, type SeedContext } from "./seed-context.ts";
import { seededFaker } from "./seed-faker.ts";
import { type SeedRefusal, SeedRun } from "./seed-run.ts";
import { Timeline } from "./timeline.ts";

/** The seed used when none is given: any fixed number would do; this one is the sandbox's default port. */
export const DEFAULT_SEED = 4010;

export interface SeedProgress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

export interface SeededWorldOptions {
  /** Participants to add to the standard world (about 175 plus the scenarios). */
  readonly size?: number | undefined;
  readonly onProgress?: ((progress: SeedProgress) => void) | undefined;
  /** Receives the commands the rules refused while replaying the history (none, for a healthy seed). */
  readonly onRefusals?: ((refusals: readonly SeedRefusal[]) => void) | undefined;
}

/**
 * The seeded world of ECF rules §9, built by replaying a generated history through the engine's commands
 * up to the sandbox's "now". The same seed and the same "now" give a byte-identical world.
 */
export function seededWorldBuilder(options: SeededWorldOptions = {}): WorldBuilder {
  return ({ seed, now }) => {
    const world = createWorld();
    const ids = new SeededIds(seed);
    const context: SeedContext = {
      seed,
      faker: seededFaker(seed),
      timeline: new Timeline(),
      run: new SeedRun(world, ids),
      now: now.getTime(),
      today: londonToday(now),
      leadProviders: Object.values(world.leadProviders),
      schools: [],
      deliveryPartners: [],
      deliveryPartnersByLeadProviderCohort: new Map(),
      partnerships: [],
      scenarios: [],
    };
    planOrganisations(context);
    planParticipants(context, options.size ?? 0);
    planScheduleChanges(context);
    planTransfers(context);
    planScenarios(context);
    context.timeline.run(context.now, options.onProgress);
    options.onRefusals?.(context.run.refusals);
    const scenarios = context.scenarios.flatMap((scenario) => finishedScenario(scenario, world) ?? []);
    return { world, ids, scenarios };
  };
}
