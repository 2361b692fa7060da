import type { NpqWorld, World } from "@lpkit/engine";
import type { SandboxClock } from "../clock/sandbox-clock.ts";
import type { CommandEntry, JournalChange, JournalClock } from "./journal-entry.ts";
import type { JournalStore } from "./journal-store.ts";
import type { WorldSnapshot } from "./world-snapshot.ts";

/** A snapshot every this many entries by default: start-up then replays at most this many. */
export const DEFAULT_SNAPSHOT_EVERY = 1000;

/** The clock as a journal records it. */
export function journalClock(clock: SandboxClock): JournalClock {
  if (clock.real) {
    return { now: null, frozen: false };
  }
  const { now, frozen } = clock.state();
  return { now: now.toISOString(), frozen };
}

/** Puts the clock where a journal says it was. */
export function applyJournalClock(clock: SandboxClock, recorded: JournalClock): void {
  if (recorded.now === null) {
    clock.release();
  } else if (recorded.frozen) {
    clock.freeze(new Date(recorded.now));
  } else {
    clock.travel(new Date(recorded.now));
  }
}

/**
 * One world's journal: what the sandbox accepted, appended to its store as it happens, and a snapshot of the world
 * every `snapshotEvery` entries for a store that is started from again.
 */
export class Journal {
  readonly store: JournalStore;
  readonly #snapshotEvery: number;
  readonly #capture: () => WorldSnapshot;
  /** Commands run on a fixture's copy of a world: journaled if the copy becomes the world, dropped with it if not. */
  readonly #pending = new WeakMap<World | NpqWorld, CommandEntry[]>();
  /** While entries already in the store are replayed, nothing is appended again. */
  #muted = false;

  constructor(store: JournalStore, options: { snapshotEvery: number; capture: () => WorldSnapshot }) {
    this.store = store;
    this.#snapshotEvery = options.snapshotEvery;
    this.#capture = options.capture;
  }

  /** An accepted command; `live` when it ran on the world itself rather than on a fixture's copy of it. */
  command(world: World | NpqWorld, live: boolean, entry: CommandEntry): void {
    if (this.#muted) {
      return;
    }
    if (live) {
      this.#append([entry]);
      return;
    }
    const pending = this.#pending.get(world) ?? [];
    pending.push(entry);
    this.#pending.set(world, pending);
  }

  /** A fixture's copy became the world: the commands it ran are journaled, as one batch. */
  adopt(world: World | NpqWorld): void {
    const pending = this.#pending.get(world);
    this.#pending.delete(world);
    if (pending !== undefined && !this.#muted) {
      this.#append(pending);
    }
  }

  change(change: JournalChange): void {
    if (!this.#muted) {
      this.#append([change]);
    }
  }

  /** Runs `replay` (entries the store already holds) without appending them again. */
  muted(replay: () => void): void {
    this.#muted = true;
    try {
      replay();
    } finally {
      this.#muted = false;
    }
  }

  #append(changes: readonly JournalChange[]): void {
    const before = this.store.last();
    for (const change of changes) {
      this.store.append(change);
    }
    const after = this.store.last();
    // After the whole batch: a snapshot is the world as it stands after its last entry.
    if (
      this.store.keepsSnapshots &&
      Math.floor(after / this.#snapshotEvery) > Math.floor(before / this.#snapshotEvery)
    ) {
      this.store.saveSnapshot({ n: after, world: this.#capture() });
    }
  }
}
