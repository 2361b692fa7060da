/**
 * Deterministic UUIDs (version 4 layout) from a 32-bit seed: the same seed gives the same sequence of ids, so a
 * world, and every record created after it by the same sequence of requests, is reproducible.
 *
 * sfc32 seeded through splitmix32: small, fast and well distributed; not for secrets.
 */
const HEX_DIGITS = [..."0123456789abcdef"].map((digit) => digit.charCodeAt(0));
const DASH = "-".charCodeAt(0);
/** The hex digits (of 32) holding the version (4) and the variant (8 to b). */
const VERSION_DIGIT = 12;
const VARIANT_DIGIT = 16;
/** Where each hex digit goes among the 36 characters: dashes come before digits 8, 12, 16 and 20. */
const CHARACTER_OF_DIGIT = Array.from(
  { length: 32 },
  (_, digit) => digit + Number(digit >= 8) + Number(digit >= 12) + Number(digit >= 16) + Number(digit >= 20),
);
/** The character codes of the id being written; the dashes never change. */
const UUID_CODES: number[] = new Array<number>(36).fill(DASH);

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

  /** Continues from a position `snapshot` gave (a journaled command's, on replay). */
  moveTo(snapshot: readonly [number, number, number, number]): void {
    [this.#a, this.#b, this.#c, this.#d] = snapshot;
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

  /** The next id, `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`: 128 random bits, then the version and variant set. */
  uuid(): string {
    for (let word = 0; word < 4; word++) {
      const bits = this.next32();
      for (let place = 0; place < 8; place++) {
        const digit = word * 8 + place;
        const nibble = (bits >>> (28 - 4 * place)) & 0xf;
        const written = digit === VERSION_DIGIT ? 0x4 : digit === VARIANT_DIGIT ? (nibble & 0x3) | 0x8 : nibble;
        UUID_CODES[CHARACTER_OF_DIGIT[digit] as number] = HEX_DIGITS[written] as number;
      }
    }
    // One flat string from character codes: a large world holds hundreds of thousands of ids, and V8 keeps a string
    // built by concatenation as a tree of pieces several times the size of its 36 characters. The codes are written
    // into one array kept for the purpose (a large world draws a million ids).
    return String.fromCharCode.apply(null, UUID_CODES);
  }
}
