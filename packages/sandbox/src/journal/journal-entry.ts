/**
 * What the sandbox's journal holds: the inputs of every state change the sandbox accepted, in order, and nothing
 * derived from them (docs/decisions/sandbox-command-journal.md). Replaying them on the world their header names
 * rebuilds the same world, byte for byte.
 */

/**
 * The journal's format. A file or NDJSON journal of another format is refused whole (never half-loaded): bump this
 * when an entry's shape, or the meaning of one, changes.
 */
export const JOURNAL_FORMAT = 1;

/** A `SeededIds` position: the ids a command draws follow from it. */
export type IdsPosition = readonly [number, number, number, number];

/** The clock as a journal records it: an instant, frozen there or running from it; `null` is real time. */
export interface JournalClock {
  readonly now: string | null;
  readonly frozen: boolean;
}

/** The first line: the world every entry applies to, as its seed and the instant it was built at. */
export interface JournalHeader {
  readonly format: number;
  readonly seed: number;
  /** Participants generated beyond the standard world (`--size`); absent for the standard world. */
  readonly size?: number | undefined;
  /** The instant the world was built at (the seeder's "now"). */
  readonly builtAt: string;
  /** The clock once the world was built. */
  readonly clock: JournalClock;
}

/** An engine command the engine accepted, as its command registry takes it (`execute` or `executeNpq`). */
export interface CommandEntry {
  readonly kind: "command";
  readonly service: "ecf" | "npq";
  /** The command, as JSON (instants as `{"$date": "..."}`). */
  readonly command: unknown;
  /** The instant the command ran at. */
  readonly at: string;
  /** The position of the service's id stream before the command ran. */
  readonly ids: IdsPosition;
}

/** `PUT /__sandbox/clock`. */
interface ClockEntry {
  readonly kind: "clock";
  readonly clock: JournalClock;
}

/** `POST /__sandbox/reset`: a new world from `seed`, built at `builtAt`; the clock after it. */
export interface ResetEntry {
  readonly kind: "reset";
  readonly seed: number;
  readonly builtAt: string;
  readonly clock: JournalClock;
}

export type JournalChange = CommandEntry | ClockEntry | ResetEntry;

/** A change with its place in the journal: entries are numbered from 1, without gaps. */
export type JournalEntry = JournalChange & { readonly n: number };

const DATE_TAG = "$date";

/** One entry or header as a line of JSON: instants inside commands are tagged so that they come back as `Date`s. */
export function encodeJournalLine(value: JournalHeader | JournalEntry): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded) {
    const original = this[key];
    return original instanceof Date ? { [DATE_TAG]: original.toISOString() } : encoded;
  });
}

export function decodeJournalLine(line: string): unknown {
  return JSON.parse(line, (_key, value) => {
    if (
      typeof value === "object" &&
      value !== null &&
      Object.keys(value).length === 1 &&
      typeof value[DATE_TAG] === "string"
    ) {
      return new Date(value[DATE_TAG]);
    }
    return value;
  });
}
