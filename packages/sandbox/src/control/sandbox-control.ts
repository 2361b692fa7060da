import {
  type CommandContext,
  type DeliveryPartner,
  executeNpq,
  type FinanceStatementFilter,
  listFinanceStatements,
  type NpqApplicationResource,
  type NpqCohort,
  type NpqParticipantIdChange,
  npqApplicationView,
  type Outcome,
  type ParticipantResource,
  participantView,
  type Role,
  type School,
  type Statement,
  type StatementPayments,
  type StatementResource,
  statementPayments,
  statementView,
} from "@lpkit/engine";
import {
  leadProviderIdOf,
  snapshotWorldData,
  trainingPeriodsOf,
  type WorldData,
  worldFromData,
} from "@lpkit/engine/internal";
import type { SandboxClock } from "../clock/sandbox-clock.ts";
import type { Fault, FaultInjector, FaultInput } from "../http/faults.ts";
import type { RateLimiter } from "../http/rate-limit.ts";
import { type RequestLogEntry, renderRequestLogEntry } from "../request-log/render-entry.ts";
import { RequestLog, type RequestLogFilter } from "../request-log/request-log.ts";
import { type NpqWorldSnapshot, restoreNpqWorld, snapshotNpqWorld } from "../seed/npq/npq-world-snapshot.ts";
import { seededNpqWorld } from "../seed/npq/seeded-npq-world.ts";
import type { BuiltWorld, LeadProviderAccount } from "../state/sandbox-state.ts";
import { SandboxState } from "../state/sandbox-state.ts";
import type { Scenario, ScenarioProgramme } from "../state/scenario.ts";
import { SeededIds } from "../state/seeded-ids.ts";
import { checkFault } from "./fault-check.ts";
import {
  createDeliveryPartner,
  createParticipant,
  createSchool,
  type DeliveryPartnerFixture,
  makeEligibleForFunding,
  markStatementPaid,
  markStatementPayable,
  type ParticipantFixture,
  type SchoolFixture,
} from "./fixtures.ts";
import { createNpqCohort, type NpqCohortFixture } from "./npq-cohort-fixture.ts";
import {
  createNpqDeliveryPartner,
  type NpqDeliveryPartnerCreated,
  type NpqDeliveryPartnerFixture,
} from "./npq-delivery-partner-fixture.ts";
import { createNpqApplication, type NpqApplicationFixture } from "./npq-fixtures.ts";
import { changeNpqParticipantId } from "./npq-participant-id-change.ts";
import { npqScenarios } from "./npq-scenarios.ts";
import { NpqWorldFingerprints } from "./npq-world-digest.ts";
import { type WorldFingerprint, WorldFingerprints } from "./world-digest.ts";

interface WorldBuildRequest {
  readonly seed: number;
  readonly now: Date;
}

export type WorldBuilder = (request: WorldBuildRequest) => BuiltWorld;

export interface ResetOptions {
  /** Seed of the new world; the current one when absent. */
  readonly seed?: number | undefined;
  /** Freezes the clock here before building (null releases it to real time; absent leaves it alone). */
  readonly now?: Date | null | undefined;
}

export interface WorldSummary {
  readonly seed: number;
  readonly digest: string;
  readonly now: Date;
  readonly frozen: boolean;
  readonly counts: Record<string, number>;
  /** The NPQ world's digest and counts: the ECF world's `digest` and `counts` cover the ECF world only. */
  readonly npq: WorldFingerprint;
}

/** An NPQ lead provider as `GET /__sandbox/npq/lead-providers` lists it. */
export interface NpqLeadProviderAccount {
  readonly id: string;
  readonly name: string;
  readonly token: string;
  readonly cohorts: readonly string[];
}

export interface ScenarioFilter {
  readonly programme?: ScenarioProgramme | undefined;
  readonly leadProviderId?: string | undefined;
  readonly name?: string | undefined;
}

export interface ClockUpdate {
  /** The instant to move to, or null for real time. */
  readonly now: Date | null;
  /** Stand still at `now` (default) or let time run from it. */
  readonly frozen?: boolean | undefined;
}

/**
 * What the control API can do, as plain functions: the HTTP routes under `/__sandbox` call these. Internal: every
 * public door (HTTP, MSW, `sandbox.control`) goes through those routes (docs/decisions/sandbox-one-control-api.md);
 * the CLI's banner and the sandbox's own tests reach this object with `internalControl` (src/create-sandbox.ts).
 */
export class SandboxControl {
  readonly clock: SandboxClock;
  readonly #faults: FaultInjector;
  readonly #rateLimiter: RateLimiter | undefined;
  readonly #build: WorldBuilder;
  readonly #requests: RequestLog;
  /** The digest and counts of `summary`, kept while the world stays at the same version. */
  readonly #fingerprints = new WorldFingerprints();
  readonly #npqFingerprints = new NpqWorldFingerprints();
  #state: SandboxState;
  /**
   * The last world built, as data: resetting to the same seed and frozen instant copies it instead of rebuilding. A
   * snapshot (tables copied, immutable rows shared), so it costs little even for a large world.
   */
  #built:
    | {
        key: string;
        data: WorldData;
        ids: readonly [number, number, number, number];
        scenarios: readonly Scenario[];
        npq: NpqWorldSnapshot;
      }
    | undefined;

  constructor(options: {
    clock: SandboxClock;
    faults: FaultInjector;
    rateLimiter: RateLimiter | undefined;
    build: WorldBuilder;
    seed: number;
    /** The log the sandbox records requests in; a log of its own when absent. */
    requests?: RequestLog;
  }) {
    this.clock = options.clock;
    this.#faults = options.faults;
    this.#rateLimiter = options.rateLimiter;
    this.#build = options.build;
    this.#requests = options.requests ?? new RequestLog();
    this.#state = this.#buildState(options.seed);
  }

  /** The current state (world, scenarios, tokens). Replaced by `reset`, so read it per use. */
  get state(): SandboxState {
    return this.#state;
  }

  leadProviders(): readonly LeadProviderAccount[] {
    return this.#state.accounts();
  }

  /** Throws the world away and seeds a new one; faults, rate-limit counters and the request log are cleared too. */
  reset(options: ResetOptions = {}): void {
    if (options.now === null) {
      this.clock.release();
    } else if (options.now !== undefined) {
      this.clock.freeze(options.now);
    }
    this.#faults.clear();
    this.#rateLimiter?.reset();
    this.#requests.clear();
    this.#state = this.#buildState(options.seed ?? this.#state.seed);
  }

  setClock(update: ClockUpdate): void {
    if (update.now === null) {
      this.clock.release();
    } else if (update.frozen === false) {
      this.clock.travel(update.now);
    } else {
      this.clock.freeze(update.now);
    }
  }

  async summary(): Promise<WorldSummary> {
    const { seed, world, npq } = this.#state;
    const { digest, counts } = await this.#fingerprints.of(world);
    const npqFingerprint = await this.#npqFingerprints.of(npq);
    const { now, frozen } = this.clock.state();
    return { seed, digest, now, frozen, counts, npq: npqFingerprint };
  }

  /** The ECF scenarios the seed recorded, then the NPQ ones as the NPQ world holds them now (computed per call). */
  scenarios(filter: ScenarioFilter = {}): readonly Scenario[] {
    const ecf = filter.programme === "npq" ? [] : this.#state.scenarios;
    const npq = filter.programme === "ecf" ? [] : npqScenarios(this.#state.npq, this.clock.now());
    return [...ecf, ...npq].filter(
      (scenario) =>
        (filter.leadProviderId === undefined || scenario.leadProviderId === filter.leadProviderId) &&
        (filter.name === undefined || scenario.name === filter.name),
    );
  }

  /** Arms a fault; throws an `Error` with the 400's detail for one `POST /__sandbox/faults` would refuse. */
  addFault(input: FaultInput): Fault {
    return this.#faults.add(checkFault(input, this.#faults.routes()));
  }

  faults(): readonly Fault[] {
    return this.#faults.list();
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  /**
   * The requests of lead providers' clients the sandbox answered (`GET /__sandbox/requests`), oldest first, with
   * their bodies, as the control API shows them.
   */
  requests(filter: RequestLogFilter = {}): RequestLogEntry[] {
    return this.#requests.list(filter).map(renderRequestLogEntry);
  }

  /** Forgets every logged request; ids go on from the last one. */
  clearRequests(): void {
    this.#requests.clear();
  }

  createSchool(fixture: SchoolFixture): Outcome<School> {
    return createSchool(this.#state.world, fixture, this.#context());
  }

  createDeliveryPartner(fixture: DeliveryPartnerFixture): Outcome<DeliveryPartner> {
    return createDeliveryPartner(this.#state.world, fixture, this.#context());
  }

  /** Registers a participant and answers with them as the lead provider sees them. */
  createParticipant(fixture: ParticipantFixture): Outcome<ParticipantResource> {
    const context = this.#context();
    const created = createParticipant(this.#state.world, fixture, context);
    if (!created.ok) {
      return created;
    }
    return { ok: true, value: participantView(this.#state.world, fixture.leadProviderId, created.value, context.now) };
  }

  /** The NPQ API's lead providers with their tokens and the cohorts they have contracts for (identifiers). */
  npqLeadProviders(): readonly NpqLeadProviderAccount[] {
    const world = this.#state.npq;
    // One pass over the contracts (one per statement and course: thousands), not one per lead provider and cohort.
    const contracted = new Set(
      Object.values(world.contracts).map((contract) => `${contract.leadProviderId} ${contract.cohortId}`),
    );
    return this.#state.npqTokens().map((account) => ({
      ...account,
      cohorts: Object.keys(world.cohorts).filter((cohort) => contracted.has(`${account.id} ${cohort}`)),
    }));
  }

  /** Registers an NPQ application (and its decision); answers with it as its lead provider sees it. */
  createNpqApplication(fixture: NpqApplicationFixture): Outcome<NpqApplicationResource> {
    const state = this.#state;
    const created = createNpqApplication(state.npq, fixture, state.npqCommandContext(this.clock.now()), (world) =>
      state.adoptNpqWorld(world),
    );
    return created.ok ? { ok: true, value: npqApplicationView(state.npq, created.value) } : created;
  }

  /** Creates an NPQ cohort with its schedules and every NPQ lead provider's statements. */
  createNpqCohort(fixture: NpqCohortFixture): Outcome<NpqCohort> {
    const state = this.#state;
    return createNpqCohort(state.npq, fixture, state.npqCommandContext(this.clock.now()), (world) =>
      state.adoptNpqWorld(world),
    );
  }

  /** Moves an NPQ application to another lead provider; answers with it as that lead provider sees it. */
  changeNpqApplicationLeadProvider(applicationId: string, leadProviderId: string): Outcome<NpqApplicationResource> {
    const state = this.#state;
    const moved = executeNpq(
      state.npq,
      { type: "changeNpqApplicationLeadProvider", applicationId: applicationId.toLowerCase(), leadProviderId },
      state.npqCommandContext(this.clock.now()),
    );
    return moved.ok ? { ok: true, value: npqApplicationView(state.npq, moved.value) } : moved;
  }

  /** Merges an NPQ participant into another, or moves them to a new id. */
  changeNpqParticipantId(participantId: string, toParticipantId?: string): Outcome<NpqParticipantIdChange> {
    const state = this.#state;
    return changeNpqParticipantId(state.npq, participantId, toParticipantId, state.npqCommandContext(this.clock.now()));
  }

  createNpqDeliveryPartner(fixture: NpqDeliveryPartnerFixture): Outcome<NpqDeliveryPartnerCreated> {
    const state = this.#state;
    return createNpqDeliveryPartner(state.npq, fixture, state.npqCommandContext(this.clock.now()));
  }

  /** Makes a role eligible for funding; answers with the participant as their role's latest lead provider sees them. */
  makeEligibleForFunding(participantId: string, role: Role): Outcome<ParticipantResource> {
    const context = this.#context();
    const world = this.#state.world;
    const made = makeEligibleForFunding(world, participantId, role, context);
    if (!made.ok) {
      return made;
    }
    const latest = trainingPeriodsOf(world, participantId, role).at(-1);
    const leadProviderId = (latest && leadProviderIdOf(world, latest)) ?? "";
    return { ok: true, value: participantView(world, leadProviderId, made.value, context.now) };
  }

  markStatementPayable(statementId: string): Outcome<StatementResource> {
    const marked = markStatementPayable(this.#state.world, statementId, this.#context());
    return marked.ok ? { ok: true, value: statementView(marked.value) } : marked;
  }

  markStatementPaid(statementId: string): Outcome<StatementResource> {
    const marked = markStatementPaid(this.#state.world, statementId, this.#context());
    return marked.ok ? { ok: true, value: statementView(marked.value) } : marked;
  }

  /** Every lead provider's statements, service fee statements included, as DfE finance lists them. */
  statements(filter: FinanceStatementFilter = {}): readonly Statement[] {
    return listFinanceStatements(this.#state.world, filter);
  }

  /** A statement's money as DfE finance sees it (output or service fee statement), with its declarations CSV. */
  statementPayments(statementId: string): Outcome<StatementPayments> {
    return statementPayments(this.#state.world, statementId);
  }

  /** Fixtures run at the sandbox clock's "now", with the world's reproducible ids. */
  #context(): CommandContext {
    return this.#state.commandContext(this.clock.now());
  }

  #buildState(seed: number): SandboxState {
    const now = this.clock.now();
    const key = this.clock.frozen ? `${seed}@${now.toISOString()}` : undefined;
    if (key !== undefined && this.#built?.key === key) {
      const world = worldFromData(snapshotWorldData(this.#built.data));
      return new SandboxState(
        seed,
        { world, ids: SeededIds.resume(this.#built.ids), scenarios: this.#built.scenarios },
        restoreNpqWorld(this.#built.npq),
      );
    }
    const built = this.#build({ seed, now });
    const npq = seededNpqWorld(seed, now);
    this.#built =
      key === undefined
        ? undefined
        : {
            key,
            data: snapshotWorldData(built.world),
            ids: built.ids.snapshot(),
            scenarios: built.scenarios,
            npq: snapshotNpqWorld(npq),
          };
    return new SandboxState(seed, built, npq);
  }
}
