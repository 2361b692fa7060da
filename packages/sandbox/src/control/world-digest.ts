import type { World } from "@lpkit/engine";
import { TABLE_NAMES, worldData, worldVersion } from "@lpkit/engine/internal";
import { hex, loadNodeCrypto, type NodeCrypto } from "../platform/node-crypto.ts";

/** What `GET /__sandbox/world` says about the world's data, apart from the seed and the clock. */
export interface WorldFingerprint {
  /** SHA-256 (hex) of the world's data as JSON: equal digests mean byte-identical worlds. */
  readonly digest: string;
  /** Number of rows in each table, plus cohorts. */
  readonly counts: Record<string, number>;
}

/**
 * Rows are serialised this many at a time: one `JSON.stringify` per row costs more (a call and a short string each,
 * hundreds of thousands of them) than one per batch, and a batch's text is still small.
 */
const ROWS_PER_BATCH = 1024;

/**
 * `JSON.stringify(worldData(world))`, written in pieces: the same text, key for key, but never one string of the
 * whole world (which a 100,000-participant world would make hundreds of megabytes long). Tables and their rows come
 * in the order `JSON.stringify` takes them, `Object.keys` order; a batch of rows keeps that order (its keys are a run
 * of the table's, and integer-like keys, which come first, are already ascending).
 */
function writeWorldJson(world: World, write: (text: string) => void): void {
  const data = worldData(world) as unknown as Record<string, Record<string, unknown>>;
  let firstTable = true;
  for (const [name, table] of Object.entries(data)) {
    write(`${firstTable ? "{" : ","}${JSON.stringify(name)}:{`);
    firstTable = false;
    const ids = Object.keys(table);
    let firstBatch = true;
    for (let start = 0; start < ids.length; start += ROWS_PER_BATCH) {
      const batch: Record<string, unknown> = {};
      for (const id of ids.slice(start, start + ROWS_PER_BATCH)) {
        batch[id] = table[id];
      }
      // `{...}` without its braces; empty when every row of the batch has no JSON form (as JSON.stringify omits it).
      const rows = JSON.stringify(batch).slice(1, -1);
      if (rows !== "") {
        write(firstBatch ? rows : `,${rows}`);
        firstBatch = false;
      }
    }
    write("}");
  }
  write(firstTable ? "{}" : "}");
}

/**
 * The digest of the world's JSON, reading the world before it returns (so no later write can get into it). Node's
 * incremental hash takes the text piece by piece; without `node:crypto` (a browser running the MSW handlers) the Web
 * Crypto API hashes the whole text at once, to the same digest.
 */
function digestNow(world: World, crypto: NodeCrypto | undefined): string | Promise<string> {
  if (crypto !== undefined) {
    const hash = crypto.createHash("sha256");
    writeWorldJson(world, (text) => hash.update(text, "utf8"));
    return hash.digest("hex");
  }
  const pieces: string[] = [];
  writeWorldJson(world, (text) => pieces.push(text));
  const bytes = new TextEncoder().encode(pieces.join(""));
  return globalThis.crypto.subtle.digest("SHA-256", bytes).then((hash) => hex(new Uint8Array(hash)));
}

function countsOf(world: World): Record<string, number> {
  const counts: Record<string, number> = { cohorts: Object.keys(world.cohorts).length };
  for (const table of TABLE_NAMES) {
    counts[table] = Object.keys(world[table]).length;
  }
  return counts;
}

/**
 * The fingerprint of the current world, computed once per world version: hashing a large world takes seconds, and
 * a test suite asks after every reset. A write moves the version on, and a reset brings a new world object; either
 * makes the next request compute afresh.
 */
export class WorldFingerprints {
  #last: { world: World; version: number; fingerprint: Promise<WorldFingerprint> } | undefined;

  async of(world: World): Promise<WorldFingerprint> {
    const crypto = await loadNodeCrypto();
    // From here to the end of the digest's reading nothing else runs, so the version, counts and digest agree.
    const version = worldVersion(world);
    const last = this.#last;
    if (last !== undefined && last.world === world && last.version === version) {
      return last.fingerprint;
    }
    const counts = countsOf(world);
    const fingerprint = Promise.resolve(digestNow(world, crypto)).then((digest) => ({ digest, counts }));
    this.#last = { world, version, fingerprint };
    return fingerprint;
  }
}
