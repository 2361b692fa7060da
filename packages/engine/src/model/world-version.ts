/**
 * A world's version: a number that moves on with every row written. What a reader derives from the whole world
 * (the sandbox's digest of it) can be kept with the version it was derived at, and reused while the version is the
 * same. Derived like the indexes: a world rebuilt from data starts again at 0, so a version means something only
 * together with the world object it belongs to.
 */
export class WorldVersion {
  #writes = 0;

  get current(): number {
    return this.#writes;
  }

  /** Called by the row writes (`row-writes.ts`), and by nothing else. */
  bump(): void {
    this.#writes += 1;
  }
}
