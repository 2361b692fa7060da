import type { NpqWorld } from "@lpkit/engine";
import { NPQ_TABLE_NAMES, npqWorldData } from "@lpkit/engine/internal";
import { hex, loadNodeCrypto } from "../platform/node-crypto.ts";
import type { WorldFingerprint } from "./world-digest.ts";

/**
 * The NPQ world's digest and counts, beside the ECF world's (`GET /__sandbox/world`'s `npq`). The NPQ world is small
 * (a few hundred rows), so its JSON is hashed whole on every request rather than cached per version.
 */
export async function npqWorldFingerprint(world: NpqWorld): Promise<WorldFingerprint> {
  const data = npqWorldData(world);
  const counts: Record<string, number> = {};
  for (const table of NPQ_TABLE_NAMES) {
    counts[table] = Object.keys(data[table]).length;
  }
  const text = JSON.stringify(data);
  const crypto = await loadNodeCrypto();
  const digest =
    crypto === undefined
      ? hex(new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))))
      : crypto.createHash("sha256").update(text, "utf8").digest("hex");
  return { digest, counts };
}
