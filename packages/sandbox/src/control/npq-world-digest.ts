import type { NpqWorld } from "@lpkit/engine";
import { NPQ_TABLE_NAMES, npqWorldData, npqWorldVersion } from "@lpkit/engine/internal";
import { hex } from "../platform/node-crypto.ts";
import type { WorldFingerprint } from "./world-digest.ts";

/**
 * The NPQ world's digest and counts, beside the ECF world's (`GET /__sandbox/world`'s `npq`), computed once per world
 * version. The NPQ world is small (a few thousand rows), so its JSON is hashed whole, with the Web Crypto API, which
 * every runtime of the sandbox has.
 */
export class NpqWorldFingerprints {
  #last: { world: NpqWorld; version: number; fingerprint: Promise<WorldFingerprint> } | undefined;

  of(world: NpqWorld): Promise<WorldFingerprint> {
    const version = npqWorldVersion(world);
    const last = this.#last;
    if (last !== undefined && last.world === world && last.version === version) {
      return last.fingerprint;
    }
    const data = npqWorldData(world);
    const counts: Record<string, number> = {};
    for (const table of NPQ_TABLE_NAMES) {
      counts[table] = Object.keys(data[table]).length;
    }
    // Read now, so that no later write gets into the digest.
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    const fingerprint = globalThis.crypto.subtle
      .digest("SHA-256", bytes)
      .then((hash) => ({ digest: hex(new Uint8Array(hash)), counts }));
    this.#last = { world, version, fingerprint };
    return fingerprint;
  }
}
