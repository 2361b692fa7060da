/** The source of real time, injectable so tests never depend on the machine's clock. */
export type RealTime = () => number;

const systemTime: RealTime = () => Date.now();

export interface ClockState {
  readonly now: Date;
  /** True when time stands still at `now`; false when it runs (real time, or real time shifted by travel). */
  readonly frozen: boolean;
}

/**
 * The sandbox's "now": real time by default, frozen at an instant, or running from a travelled-to instant.
 * Every request reads it once (unless `X-With-Server-Date` overrides it) and runs at that instant.
 */
export class SandboxClock {
  readonly #realTime: RealTime;
  #frozenAt: number | undefined;
  #offset = 0;

  constructor(realTime: RealTime = systemTime) {
    this.#realTime = realTime;
  }

  now(): Date {
    return new Date(this.#frozenAt ?? this.#realTime() + this.#offset);
  }

  get frozen(): boolean {
    return this.#frozenAt !== undefined;
  }

  /** True when the clock reads real time (neither frozen nor travelled). */
  get real(): boolean {
    return this.#frozenAt === undefined && this.#offset === 0;
  }

  state(): ClockState {
    return { now: this.now(), frozen: this.frozen };
  }

  /** Stops time at `instant`. */
  freeze(instant: Date): void {
    this.#frozenAt = instant.getTime();
    this.#offset = 0;
  }

  /** Jumps to `instant` and lets time run from there. */
  travel(instant: Date): void {
    this.#frozenAt = undefined;
    this.#offset = instant.getTime() - this.#realTime();
  }

  /** Back to real time. */
  release(): void {
    this.#frozenAt = undefined;
    this.#offset = 0;
  }

  /** Real (wall-clock) time, whatever the sandbox's own time: for rate-limit windows and logs. */
  realNow(): number {
    return this.#realTime();
  }
}
