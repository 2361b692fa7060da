import type { NpqWorld, Outcome } from "@lpkit/engine";
import { copyNpqWorld } from "@lpkit/engine/internal";

/**
 * Runs a fixture of several NPQ commands on a copy of the NPQ world, and makes the copy the world (`adopt`) only
 * when the fixture succeeds: a fixture the engine refuses halfway leaves nothing behind. The copy shares every table
 * until a command writes it (`copyNpqWorld`), so a fixture costs what it changes, not the size of the world.
 */
export function onNpqWorldCopy<T>(
  world: NpqWorld,
  adopt: (world: NpqWorld) => void,
  run: (copy: NpqWorld) => Outcome<T>,
): Outcome<T> {
  const copy = copyNpqWorld(world);
  const outcome = run(copy);
  if (outcome.ok) {
    adopt(copy);
  }
  return outcome;
}
