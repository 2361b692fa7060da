import type { JournalChange, JournalEntry, JournalHeader } from "./journal-entry.ts";
import type { WorldSnapshot } from "./world-snapshot.ts";

/** A snapshot of the world as it stood after entry `n`. */
export interface StoredSnapshot {
  readonly n: number;
  readonly world: WorldSnapshot;
}

/**
 * Where one world's journal is kept: in memory (the default), in a SQLite file (`--data`), and, one day, in a
 * shared database (docs/decisions/sandbox-command-journal.md). Small on purpose: append, read from, snapshot.
 */
export interface JournalStore {
  /** The header of the journal held, or undefined when the store is empty. */
  header(): JournalHeader | undefined;
  /** Starts the journal: an empty store takes its header. */
  begin(header: JournalHeader): void;
  /** The number of the last entry (0 for none). */
  last(): number;
  /** Appends the next entry; it is kept (durably, for a store on disk) once this returns. */
  append(change: JournalChange): JournalEntry;
  /** Entries numbered `from` and after, in order. */
  readFrom(from: number): Iterable<JournalEntry>;
  /** Whether snapshots are worth taking: a store that loses everything on exit has no start-up to speed up. */
  readonly keepsSnapshots: boolean;
  saveSnapshot(snapshot: StoredSnapshot): void;
  /** The latest snapshot at or before entry `until`, or undefined. */
  latestSnapshot(until?: number): StoredSnapshot | undefined;
  close(): void;
}
