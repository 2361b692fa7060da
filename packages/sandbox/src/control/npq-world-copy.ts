import type { NpqWorld, Outcome } from "@lpkit/engine";
import { npqWorldData, npqWorldFromData } from "@lpkit/engine/internal";

/**
 * Runs a fixture of several NPQ commands on a copy of the NPQ world, and makes the copy the world (`adopt`) only
 * when the fixture succeeds: a fixture the engine refuses halfway leaves nothing behind.
 */
export function onNpqWorldCopy<T>(
  world: NpqWorld,
  adopt: (world: NpqWorld) => void,
  run: (copy: NpqWorld) => Outcome<T>,
): Outcome<T> {
  const copy = npqWorldFromData(structuredClone(npqWorldData(world)));
  const outcome = run(copy);
  if (outcome.ok) {
    adopt(copy);
  }
  return outcome;
}
