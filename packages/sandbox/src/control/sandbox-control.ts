import {
  type Command,
  type CommandContext,
  type DeliveryPartner,
  type FinanceStatementFilter,
  listFinanceStatements,
  type NpqApplicationResource,
  type NpqCohort,
  type NpqCommand,
  type NpqParticipantIdChange,
  type NpqStatementPayments,
  npqApplicationView,
  npqStatementPayments,
  type Outcome,
  type ParticipantResource,
  participantView,
  type Role,
  type School,
  type Statement,
  type StatementAdjustment,
  type StatementPayments,
  type StatementResource,
  statementPayments,
  statementView,
} from "@lpkit/engine";
import {
  findNpqRow,
  leadProviderIdOf,
  npqWorldData,
  npqWorldFromData,
  snapshotWorldData,
  trainingPeriodsOf,
  type WorldData,
  worldFromData,
} from "@lpkit/engine/internal";
import type { SandboxClock } from "../clock/sandbox-clock.ts";
import type { Fault, FaultInjector, FaultInput } from "../http/faults.ts";
import type { RateLimiter } from "../http/rate-limit.ts";
import { applyJournalClock, DEFAULT_SNAPSHOT_EVERY, Journal, journalClock } from "../journal/journal.ts";
import { JOURNAL_FORMAT, type JournalEntry, type JournalHeader, type ResetEntry } from "../journal/journal-entry.ts";
import type { JournalStore } from "../journal/journal-store.ts";
import { execute, executeNpq } from "../journal/journaled-execute.ts";
import { MemoryJournalStore } from "../journal/memory-journal-store.ts";
import { JournalReplayError, type RecordedJournal } from "../journal/recorded-journal.ts";
import type { WorldSnapshot } from "../journal/world-snapshot.ts";
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
  readonly #journal: Journal;
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
    /** Participants beyond the standard world the builder adds, for the journal's header. */
    size?: number | undefined;
    /**
     * Where the journal is kept; in memory when absent. A store that already holds a journal (`--data` with an
     * existing file) is started from: its world is rebuilt, whatever `seed` says.
     */
    store?: JournalStore | undefined;
    /** A recorded journal to start from (`createSandbox({ journal })`), into an empty store. */
    recorded?: RecordedJournal | undefined;
    /** A snapshot of the world every this many entries, in a store that keeps them. */
    snapshotEvery?: number | undefined;
  }) {
    this.clock = options.clock;
    this.#faults = options.faults;
    this.#rateLimiter = options.rateLimiter;
    this.#build = options.build;
    this.#requests = options.requests ?? new RequestLog();
    const store = options.store ?? new MemoryJournalStore();
    this.#journal = new Journal(store, {
      snapshotEvery: options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY,
      capture: () => this.#capture(),
    });
    const stored = store.header();
    if (stored !== undefined) {
      this.#state = this.#resumeStored(store, stored);
    } else if (options.recorded !== undefined) {
      this.#state = this.#replayRecorded(store, options.recorded);
    } else {
      const builtAt = this.clock.now();
      this.#state = this.#buildState(options.seed, builtAt);
      store.begin({
        format: JOURNAL_FORMAT,
        seed: options.seed,
        ...(options.size === undefined ? {} : { size: options.size }),
        builtAt: builtAt.toISOString(),
        clock: journalClock(this.clock),
      });
    }
  }

  /** The journal's header (`GET /__sandbox/journal`'s first line). */
  journalHeader(): JournalHeader | undefined {
    return this.#journal.store.header();
  }

  /** The number of the journal's last entry. */
  journalLength(): number {
    return this.#journal.store.last();
  }

  /** Up to `count` journal entries from entry `from`, oldest first. */
  journalEntries(from: number, count: number): JournalEntry[] {
    const entries: JournalEntry[] = [];
    for (const entry of this.#journal.store.readFrom(from)) {
      entries.push(entry);
      if (entries.length >= count) {
        break;
      }
    }
    return entries;
  }

  /** Closes the journal's store (a `--data` file). */
  closeJournal(): void {
    this.#journal.store.close();
  }

  /** A store's own journal: from its latest snapshot (or its header's world), its later entries replayed. */
  #resumeStored(store: JournalStore, header: JournalHeader): SandboxState {
    const snapshot = store.latestSnapshot();
    if (snapshot === undefined) {
      this.#state = this.#buildState(header.seed, new Date(header.builtAt));
      applyJournalClock(this.clock, header.clock);
    } else {
      this.#state = this.#fromSnapshot(snapshot.world);
      applyJournalClock(this.clock, snapshot.world.clock);
    }
    this.#journal.muted(() => {
      for (const entry of store.readFrom((snapshot?.n ?? 0) + 1)) {
        this.#apply(entry);
      }
    });
    return this.#state;
  }

  /** A recorded journal's world, its entries (up to `until`) replayed and journaled again in `store`. */
  #replayRecorded(store: JournalStore, recorded: RecordedJournal): SandboxState {
    const { header } = recorded;
    store.begin(header);
    this.#state = this.#buildState(header.seed, new Date(header.builtAt));
    applyJournalClock(this.clock, header.clock);
    for (const entry of recorded.entries) {
      if (recorded.until !== undefined && entry.n > recorded.until) {
        break;
      }
      this.#apply(entry);
    }
    return this.#state;
  }

  /** Applies one journal entry to the current state, as the sandbox did when it accepted it. */
  #apply(entry: JournalEntry): void {
    switch (entry.kind) {
      case "command": {
        const state = this.#state;
        state.moveIds(entry.service, entry.ids);
        const at = new Date(entry.at);
        const result =
          entry.service === "ecf"
            ? execute(state.world, entry.command as Command, state.commandContext(at))
            : executeNpq(state.npq, entry.command as NpqCommand, state.npqCommandContext(at));
        if (!result.ok) {
          throw new JournalReplayError(entry.n, result.failure.errors[0]?.detail ?? `status ${result.failure.status}`);
        }
        return;
      }
      case "clock":
        applyJournalClock(this.clock, entry.clock);
        this.#journal.change({ kind: "clock", clock: entry.clock });
        return;
      case "reset":
        this.#resetTo(entry);
        return;
    }
  }

  /** The state as a snapshot holds it. */
  #fromSnapshot(snapshot: WorldSnapshot): SandboxState {
    return new SandboxState(
      snapshot.seed,
      { world: worldFromData(snapshot.ecf), ids: SeededIds.resume(snapshot.ecfIds), scenarios: snapshot.scenarios },
      { world: npqWorldFromData(snapshot.npq), ids: SeededIds.resume(snapshot.npqIds) },
      this.#journal,
    );
  }

  /** The state now, for a snapshot (copied when the store writes it). */
  #capture(): WorldSnapshot {
    const state = this.#state;
    const positions = state.idsPositions();
    return {
      seed: state.seed,
      ecf: snapshotWorldData(state.world),
      ecfIds: positions.ecf,
      scenarios: state.scenarios,
      npq: npqWorldData(state.npq),
      npqIds: positions.npq,
      clock: journalClock(this.clock),
    };
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
    this.#resetTo({
      kind: "reset",
      seed: options.seed ?? this.#state.seed,
      builtAt: this.clock.now().toISOString(),
      clock: journalClock(this.clock),
    });
  }

  /** A reset as the journal records it: the world built from `seed` at `builtAt`, the clock as it was after. */
  #resetTo(reset: ResetEntry): void {
    this.#faults.clear();
    this.#rateLimiter?.reset();
    this.#requests.clear();
    this.#state.retire();
    this.#state = this.#buildState(reset.seed, new Date(reset.builtAt));
    applyJournalClock(this.clock, reset.clock);
    this.#journal.change({ kind: "reset", seed: reset.seed, builtAt: reset.builtAt, clock: reset.clock });
  }

  setClock(update: ClockUpdate): void {
    if (update.now === null) {
      this.clock.release();
    } else if (update.frozen === false) {
      this.clock.travel(update.now);
    } else {
      this.clock.freeze(update.now);
    }
    this.#journal.change({ kind: "clock", clock: journalClock(this.clock) });
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

  /** An NPQ statement's money as DfE finance sees it (payment rules §6), with its declarations CSV. */
  npqStatementPayments(statementId: string): Outcome<NpqStatementPayments> {
    return npqStatementPayments(this.#state.npq, statementId);
  }

  /**
   * Adds an adjustment to a statement of either world (payment rules §1.5, §6.2), found by its id; the engine's
   * refusals unchanged (404 for an unknown statement).
   */
  addStatementAdjustment(
    statementId: string,
    adjustment: { description: string; amount: string },
  ): Outcome<StatementAdjustment> {
    const state = this.#state;
    if (findNpqRow(state.npq, "statements", statementId) !== undefined) {
      return executeNpq(
        state.npq,
        { type: "addNpqStatementAdjustment", statementId, ...adjustment },
        state.npqCommandContext(this.clock.now()),
      );
    }
    return execute(state.world, { type: "addStatementAdjustment", statementId, ...adjustment }, this.#context());
  }

  /** Removes an adjustment from a statement of either world that is not paid. */
  removeStatementAdjustment(statementId: string, adjustmentId: string): Outcome<StatementAdjustment> {
    const state = this.#state;
    if (findNpqRow(state.npq, "statements", statementId) !== undefined) {
      return executeNpq(
        state.npq,
        { type: "removeNpqStatementAdjustment", statementId, adjustmentId },
        state.npqCommandContext(this.clock.now()),
      );
    }
    return execute(state.world, { type: "removeStatementAdjustment", statementId, adjustmentId }, this.#context());
  }

  /** Fixtures run at the sandbox clock's "now", with the world's reproducible ids. */
  #context(): CommandContext {
    return this.#state.commandContext(this.clock.now());
  }

  #buildState(seed: number, now: Date): SandboxState {
    const key = this.clock.frozen ? `${seed}@${now.toISOString()}` : undefined;
    if (key !== undefined && this.#built?.key === key) {
      const world = worldFromData(snapshotWorldData(this.#built.data));
      return new SandboxState(
        seed,
        { world, ids: SeededIds.resume(this.#built.ids), scenarios: this.#built.scenarios },
        restoreNpqWorld(this.#built.npq),
        this.#journal,
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
    return new SandboxState(seed, built, npq, this.#journal);
  }
}
