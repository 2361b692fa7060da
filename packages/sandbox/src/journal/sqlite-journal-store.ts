/**
 * The journal in a SQLite file through `node:sqlite` (`lpkit-sandbox --data <file>`): no native addon, no server.
 * Write-ahead log with `synchronous = NORMAL`: an `append` is committed (written to the log) before it returns, so a
 * write the sandbox acknowledged survives the process being killed, `kill -9` included. Not a power cut: NORMAL leaves
 * the log's flush to disk to the operating system, which keeps writes at ~0.95 of memory-only's rate where FULL's
 * flush per commit kept 0.10 (bench/journal.bench.ts); a sandbox is not a bank (sandbox-command-journal.md).
 */
import type { DatabaseSync, StatementSync } from "node:sqlite";
import {
  decodeJournalLine,
  encodeJournalLine,
  JOURNAL_FORMAT,
  type JournalChange,
  type JournalEntry,
  type JournalHeader,
} from "./journal-entry.ts";
import type { JournalStore, StoredSnapshot } from "./journal-store.ts";
import { SNAPSHOT_FORMAT, type WorldSnapshot } from "./world-snapshot.ts";

/** A data file the sandbox will not load: another format, or not a sandbox's journal at all. */
export class JournalFileError extends Error {
  override readonly name = "JournalFileError";
}

/** `node:sqlite` and `node:v8` are looked up when a file is opened, so that the sandbox still loads where they are not. */
function nodeModules(): { sqlite: typeof import("node:sqlite"); v8: typeof import("node:v8") } {
  const sqlite = process.getBuiltinModule?.("node:sqlite");
  const v8 = process.getBuiltinModule?.("node:v8");
  if (sqlite === undefined || v8 === undefined) {
    throw new JournalFileError("--data needs Node.js 22.13 or later (node:sqlite)");
  }
  return { sqlite, v8 };
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS header (id INTEGER PRIMARY KEY CHECK (id = 1), line TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS entries (n INTEGER PRIMARY KEY, line TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS snapshots (n INTEGER PRIMARY KEY, format INTEGER NOT NULL, world BLOB NOT NULL);
`;

export class SqliteJournalStore implements JournalStore {
  readonly keepsSnapshots = true;
  readonly #db: DatabaseSync;
  readonly #v8: typeof import("node:v8");
  readonly #insert: StatementSync;
  #last: number;
  #header: JournalHeader | undefined;

  /** Opens (or creates) `file`; throws a `JournalFileError` for a file of another journal format. */
  constructor(file: string) {
    const { sqlite, v8 } = nodeModules();
    this.#v8 = v8;
    let db: DatabaseSync;
    try {
      db = new sqlite.DatabaseSync(file);
    } catch (error) {
      throw new JournalFileError(`cannot open ${file}: ${(error as Error).message}`);
    }
    try {
      db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    } catch (error) {
      db.close();
      throw new JournalFileError(`${file} is not a sandbox data file (${(error as Error).message})`);
    }
    this.#db = db;
    try {
      this.#checkFormat(file);
      db.exec(SCHEMA);
    } catch (error) {
      db.close();
      throw error;
    }
    this.#insert = db.prepare("INSERT INTO entries (n, line) VALUES (?, ?)");
    const header = db.prepare("SELECT line FROM header WHERE id = 1").get() as { line: string } | undefined;
    this.#header = header === undefined ? undefined : (decodeJournalLine(header.line) as JournalHeader);
    const last = db.prepare("SELECT max(n) AS n FROM entries").get() as { n: number | null };
    this.#last = last.n ?? 0;
  }

  /** `PRAGMA user_version` holds the journal format; 0 is a new, empty file. */
  #checkFormat(file: string): void {
    const { user_version: version } = this.#db.prepare("PRAGMA user_version").get() as { user_version: number };
    if (version === 0) {
      const tables = this.#db.prepare("SELECT count(*) AS count FROM sqlite_schema").get() as { count: number };
      if (tables.count > 0) {
        throw new JournalFileError(
          `${file} is a SQLite database, but not a sandbox's data file. Give --data a new file or a sandbox's own.`,
        );
      }
      this.#db.exec(`PRAGMA user_version = ${JOURNAL_FORMAT}`);
      return;
    }
    if (version !== JOURNAL_FORMAT) {
      throw new JournalFileError(
        `${file} holds a journal of format ${version}; this lpkit-sandbox reads format ${JOURNAL_FORMAT}. ` +
          "Nothing was loaded. Start with another --data file (a new one starts from the seed), or open this one " +
          "with the lpkit-sandbox version that wrote it and download its journal (GET /__sandbox/journal).",
      );
    }
  }

  header(): JournalHeader | undefined {
    return this.#header;
  }

  begin(header: JournalHeader): void {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      this.#db.exec("DELETE FROM entries; DELETE FROM snapshots; DELETE FROM header;");
      this.#db.prepare("INSERT INTO header (id, line) VALUES (1, ?)").run(encodeJournalLine(header));
      this.#db.exec("COMMIT");
    } catch (error) {
      this.#db.exec("ROLLBACK");
      throw error;
    }
    this.#header = header;
    this.#last = 0;
  }

  last(): number {
    return this.#last;
  }

  append(change: JournalChange): JournalEntry {
    const entry = { n: this.#last + 1, ...change };
    this.#insert.run(entry.n, encodeJournalLine(entry));
    this.#last = entry.n;
    return entry;
  }

  *readFrom(from: number): Iterable<JournalEntry> {
    const rows = this.#db.prepare("SELECT line FROM entries WHERE n >= ? ORDER BY n").iterate(from);
    for (const row of rows) {
      yield decodeJournalLine((row as { line: string }).line) as JournalEntry;
    }
  }

  /** Keeps the newest snapshot only: older ones would never be read again. */
  saveSnapshot(snapshot: StoredSnapshot): void {
    const world = this.#v8.serialize(snapshot.world);
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      this.#db.prepare("DELETE FROM snapshots").run();
      this.#db
        .prepare("INSERT INTO snapshots (n, format, world) VALUES (?, ?, ?)")
        .run(snapshot.n, SNAPSHOT_FORMAT, world);
      this.#db.exec("COMMIT");
    } catch (error) {
      this.#db.exec("ROLLBACK");
      throw error;
    }
  }

  latestSnapshot(until = Number.MAX_SAFE_INTEGER): StoredSnapshot | undefined {
    const row = this.#db
      .prepare("SELECT n, world FROM snapshots WHERE n <= ? AND format = ? ORDER BY n DESC LIMIT 1")
      .get(until, SNAPSHOT_FORMAT) as { n: number; world: Uint8Array } | undefined;
    if (row === undefined) {
      return undefined;
    }
    return { n: row.n, world: this.#v8.deserialize(row.world) as WorldSnapshot };
  }

  close(): void {
    if (this.#db.isOpen) {
      this.#db.close();
    }
  }
}
