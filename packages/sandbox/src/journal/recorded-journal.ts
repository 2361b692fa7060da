import { decodeJournalLine, JOURNAL_FORMAT, type JournalEntry, type JournalHeader } from "./journal-entry.ts";

/** A journal to start a sandbox from: its header and entries, replayed up to entry `until` when given. */
export interface RecordedJournal {
  readonly header: JournalHeader;
  readonly entries: Iterable<JournalEntry>;
  readonly until?: number | undefined;
}

/** A recorded journal the sandbox cannot start from: which line, and why. */
export class JournalReplayError extends Error {
  override readonly name = "JournalReplayError";

  constructor(line: number | string, reason: string) {
    super(typeof line === "number" ? `journal entry ${line}: ${reason}` : `journal ${line}: ${reason}`);
  }
}

const ENTRY_KINDS = new Set(["command", "clock", "reset"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readHeader(line: string | undefined): JournalHeader {
  let header: unknown;
  try {
    header = line === undefined ? undefined : decodeJournalLine(line);
  } catch {
    throw new JournalReplayError("header", "the first line is not JSON");
  }
  if (!isObject(header) || typeof header.format !== "number") {
    throw new JournalReplayError("header", "the first line must be the header (format, seed, builtAt, clock)");
  }
  if (header.format !== JOURNAL_FORMAT) {
    throw new JournalReplayError(
      "header",
      `format ${header.format}; this lpkit-sandbox replays format ${JOURNAL_FORMAT}. Replay it with the lpkit-sandbox version that recorded it.`,
    );
  }
  if (typeof header.seed !== "number" || typeof header.builtAt !== "string" || !isObject(header.clock)) {
    throw new JournalReplayError("header", "the header must name the seed, builtAt and clock");
  }
  return header as unknown as JournalHeader;
}

/**
 * A journal as `GET /__sandbox/journal` wrote it (NDJSON: the header, then one entry a line). The whole text is
 * checked before anything is replayed, so a damaged journal starts nothing.
 */
export function parseJournal(text: string, until?: number): RecordedJournal {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const header = readHeader(lines[0]);
  const entries = lines.slice(1).map((line, index): JournalEntry => {
    const expected = index + 1;
    let entry: unknown;
    try {
      entry = decodeJournalLine(line);
    } catch {
      throw new JournalReplayError(expected, "not JSON");
    }
    if (!isObject(entry) || entry.n !== expected || typeof entry.kind !== "string" || !ENTRY_KINDS.has(entry.kind)) {
      throw new JournalReplayError(expected, `expected entry number ${expected} of a known kind`);
    }
    return entry as unknown as JournalEntry;
  });
  if (until !== undefined && (!Number.isSafeInteger(until) || until < 0)) {
    throw new JournalReplayError("until", `must be a whole number of at least 0, got ${until}`);
  }
  return { header, entries, until };
}
