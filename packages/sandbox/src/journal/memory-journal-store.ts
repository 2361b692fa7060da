import type { JournalChange, JournalEntry, JournalHeader } from "./journal-entry.ts";
import type { JournalStore } from "./journal-store.ts";

/** The default store: the journal in memory, gone when the process ends, as the world is. */
export class MemoryJournalStore implements JournalStore {
  readonly keepsSnapshots = false;
  #header: JournalHeader | undefined;
  readonly #entries: JournalEntry[] = [];

  header(): JournalHeader | undefined {
    return this.#header;
  }

  begin(header: JournalHeader): void {
    this.#header = header;
    this.#entries.length = 0;
  }

  last(): number {
    return this.#entries.length;
  }

  append(change: JournalChange): JournalEntry {
    const entry = { n: this.#entries.length + 1, ...change };
    this.#entries.push(entry);
    return entry;
  }

  *readFrom(from: number): Iterable<JournalEntry> {
    for (let index = Math.max(from, 1) - 1; index < this.#entries.length; index++) {
      yield this.#entries[index] as JournalEntry;
    }
  }

  saveSnapshot(): void {
    // Nothing to speed up: a memory store is never started from.
  }

  latestSnapshot(): undefined {
    return undefined;
  }

  close(): void {
    this.#entries.length = 0;
  }
}
