import { type CommandContext, NPQ_LEAD_PROVIDERS, type NpqWorld, type World } from "@lpkit/engine";
import type { LeadProviderIdentity } from "../http/env.ts";
import type { Journal } from "../journal/journal.ts";
import type { IdsPosition } from "../journal/journal-entry.ts";
import { type CommandRecorder, recordingContext } from "../journal/journaled-execute.ts";
import type { BuiltNpqWorld } from "../seed/npq/seeded-npq-world.ts";
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
  /** The NPQ service's world beside the ECF one: its own tables and its own id stream. */
  #npq: BuiltNpqWorld["world"];
  readonly #npqIds: BuiltNpqWorld["ids"];
  readonly #npqByToken: ReadonlyMap<string, LeadProviderIdentity>;
  /** Where accepted commands are journaled (none: the state of a seeder or a test). */
  readonly #journal: Journal | undefined;
  readonly #ecfRecorder: CommandRecorder;
  readonly #npqRecorder: CommandRecorder;
  /** Replaced by a reset: a command a request still runs on this state's world is not the sandbox's any more. */
  #retired = false;

  constructor(seed: number, built: BuiltWorld, npq: Pick<BuiltNpqWorld, "world" | "ids">, journal?: Journal) {
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
    this.#npq = npq.world;
    this.#npqIds = npq.ids;
    // The same `parameterise(name)` token as the ECF API's: a lead provider in both services has one token for both.
    this.#npqByToken = new Map(
      NPQ_LEAD_PROVIDERS.map((leadProvider) => [
        parameterise(leadProvider.name),
        { id: leadProvider.id, name: leadProvider.name },
      ]),
    );
    this.#journal = journal;
    this.#ecfRecorder = this.#recorder("ecf", () => this.world, this.#ids);
    this.#npqRecorder = this.#recorder("npq", () => this.#npq, this.#npqIds);
  }

  #recorder(service: "ecf" | "npq", live: () => World | NpqWorld, ids: SeededIds): CommandRecorder {
    return {
      position: () => ids.snapshot(),
      record: (world, command, at, position) =>
        !this.#retired &&
        this.#journal?.command(world, world === live(), {
          kind: "command",
          service,
          command,
          at: at.toISOString(),
          ids: position,
        }),
    };
  }

  /** Called when a reset replaces this state: commands still run on its worlds are not journaled. */
  retire(): void {
    this.#retired = true;
  }

  /** The positions of the ECF and NPQ id streams, for a snapshot. */
  idsPositions(): { readonly ecf: IdsPosition; readonly npq: IdsPosition } {
    return { ecf: this.#ids.snapshot(), npq: this.#npqIds.snapshot() };
  }

  /** Moves a service's id stream to where a journaled command found it. */
  moveIds(service: "ecf" | "npq", position: IdsPosition): void {
    (service === "ecf" ? this.#ids : this.#npqIds).moveTo(position);
  }

  /** The NPQ world (read per request: a fixture that changes several rows at once replaces it whole). */
  get npq(): BuiltNpqWorld["world"] {
    return this.#npq;
  }

  /** Takes a copy of the NPQ world that a control fixture changed, so that a refused fixture changes nothing. */
  adoptNpqWorld(world: BuiltNpqWorld["world"]): void {
    this.#npq = world;
    this.#journal?.adopt(world);
  }

  /** The NPQ lead provider of a token (its NPQ id), or undefined. */
  resolveNpqToken(token: string): LeadProviderIdentity | undefined {
    return this.#npqByToken.get(token);
  }

  /** NPQ lead providers in the reference's order, with their tokens. */
  npqTokens(): readonly (LeadProviderIdentity & { readonly token: string })[] {
    return [...this.#npqByToken].map(([token, identity]) => ({ ...identity, token }));
  }

  /** What an NPQ command needs: the request's instant and the NPQ world's next reproducible id. */
  npqCommandContext(now: Date): CommandContext {
    return recordingContext({ now, newId: () => this.#npqIds.uuid() }, this.#npqRecorder);
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
    return recordingContext({ now, newId: () => this.#ids.uuid() }, this.#ecfRecorder);
  }
}
