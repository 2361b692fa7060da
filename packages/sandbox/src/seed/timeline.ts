/**
 * The seeded world is not written directly: it is the result of replaying a history. The seeder plans dated events
 * (a school registers, a participant starts, a declaration is submitted, a statement is paid), and the timeline runs
 * them in date order through the engine's commands, each at its own instant. Everything the rules derive (statement
 * placement, states, timestamps) is therefore exactly what the real service would have produced.
 */
export interface SeedEvent {
  /** When the event happens (epoch ms). */
  readonly at: number;
  /** Progress label. */
  readonly phase: string;
  readonly run: (at: Date) => void;
}

export type ProgressListener = (progress: { phase: string; done: number; total: number }) => void;

export class Timeline {
  readonly #events: (SeedEvent & { readonly order: number })[] = [];

  /** Plans an event; events at the same instant run in the order they were planned. */
  at(at: number, phase: string, run: (at: Date) => void): void {
    this.#events.push({ at, phase, run, order: this.#events.length });
  }

  get size(): number {
    return this.#events.length;
  }

  /**
   * Runs every event planned up to `until`, oldest first. Events planned later have not happened yet and are
   * dropped, so the world is the world as it stands at `until`. Events may plan further events while running.
   */
  run(until: number, onProgress?: ProgressListener): void {
    let done = 0;
    let index = 0;
    this.#sort();
    const step = Math.max(1, Math.floor(this.#events.length / 100));
    while (index < this.#events.length) {
      const event = this.#events[index];
      if (event === undefined || event.at > until) {
        break;
      }
      const planned = this.#events.length;
      event.run(new Date(event.at));
      index += 1;
      done += 1;
      if (this.#events.length !== planned) {
        // New events were planned: keep the remainder in date order.
        const remainder = this.#events.splice(index).sort(byTime);
        this.#events.push(...remainder);
      }
      if (onProgress !== undefined && done % step === 0) {
        onProgress({ phase: event.phase, done, total: this.#events.length });
      }
    }
    onProgress?.({ phase: "done", done: this.#events.length, total: this.#events.length });
  }

  #sort(): void {
    this.#events.sort(byTime);
  }
}

const byTime = (a: { at: number; order: number }, b: { at: number; order: number }): number =>
  a.at - b.at || a.order - b.order;
