import type { CommandContext, World } from "@lpkit/engine";
import type { LeadProviderIdentity } from "../http/env.ts";
import type { Scenario } from "./scenario.ts";
import type { SeededIds } from "./seeded-ids.ts";
import { parameterise } from "./tokens.ts";

/** A freshly built world and what the seeder learned while building it. */
export interface BuiltWorld {
  readonly world: World;
  /** The id stream the builder used, continued by every later command so that ids stay reproducible. */
  readonly ids: SeededIds;
  readonly scenarios: readonly Scenario[];
}

export interface LeadProviderAccount extends LeadProviderIdentity {
  readonly token: string;
  readonly cohorts: readonly string[];
}

/**
 * The sandbox's mutable state: the world, its id stream, its scenarios and the tokens of its lead providers.
 * Replaced wholesale on reset.
 */
export class SandboxState {
  readonly seed: number;
  readonly world: World;
  readonly scenarios: readonly Scenario[];
  readonly #ids: SeededIds;
  readonly #accounts: readonly LeadProviderAccount[];
  readonly #byToken: ReadonlyMap<string, LeadProviderAccount>;

  constructor(seed: number, built: BuiltWorld) {
    this.seed = seed;
    this.world = built.world;
    this.scenarios = built.scenarios;
    this.#ids = built.ids;
    this.#accounts = Object.values(built.world.leadProviders).map((leadProvider) => ({
      id: leadProvider.id,
      name: leadProvider.name,
      token: parameterise(leadProvider.name),
      cohorts: leadProvider.cohortYears.map(String),
    }));
    this.#byToken = new Map(this.#accounts.map((account) => [account.token, account]));
  }

  /** Lead providers in the world's order, with their tokens. */
  accounts(): readonly LeadProviderAccount[] {
    return this.#accounts;
  }

  resolveToken(token: string): LeadProviderIdentity | undefined {
    const account = this.#byToken.get(token);
    return account === undefined ? undefined : { id: account.id, name: account.name };
  }

  /** What a command needs from outside: the request's instant and the next reproducible id. */
  commandContext(now: Date): CommandContext {
    return { now, newId: () => this.#ids.uuid() };
  }
}
