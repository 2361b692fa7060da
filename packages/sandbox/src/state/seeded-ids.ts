/**
 * Deterministic UUIDs (version 4 layout) from a 32-bit seed: the same seed gives the same sequence of ids, so a
 * world, and every record created after it by the same sequence of requests, is reproducible.
 *
 * sfc32 seeded through splitmix32: small, fast and well distributed; not for secrets.
 */
export class SeededIds {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = splitmix();
    this.#b = splitmix();
    this.#c = splitmix();
    this.#d = splitmix();
  }

  /** The generator's position, to continue the same sequence elsewhere (`SeededIds.resume`). */
  snapshot(): readonly [number, number, number, number] {
    return [this.#a, this.#b, this.#c, this.#d];
  }

  static resume(snapshot: readonly [number, number, number, number]): SeededIds {
    const ids = new SeededIds(0);
    [ids.#a, ids.#b, ids.#c, ids.#d] = snapshot;
    return ids;
  }

  /** The next 32 random bits. */
  next32(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t;
  }

  /** The next id, `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`. */
  uuid(): string {
    const hex = [this.next32(), this.next32(), this.next32(), this.next32()]
      .map((word) => word.toString(16).padStart(8, "0"))
      .join("");
    const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    // Joined rather than concatenated: V8 keeps a concatenation as a tree of pieces (several times the size of the
    // 36 characters), and a large world holds hundreds of thousands of ids.
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20),
    ].join("-");
  }
}
