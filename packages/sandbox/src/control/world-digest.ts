import type { World } from "@lpkit/engine";
import { TABLE_NAMES, worldData } from "@lpkit/engine/internal";

/** SHA-256 (hex) of the world's data as JSON: equal digests mean byte-identical worlds. */
export async function worldDigest(world: World): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(worldData(world)));
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Number of rows in each table, plus cohorts. */
export function worldCounts(world: World): Record<string, number> {
  const counts: Record<string, number> = { cohorts: Object.keys(world.cohorts).length };
  for (const table of TABLE_NAMES) {
    counts[table] = Object.keys(world[table]).length;
  }
  return counts;
}
