/**
 * The seeded world is not written directly: it is the result of replaying a history. The seeder plans dated events
 * (a school registers, a participant starts, a declaration is submitted, a statement is paid), and the timeline runs
 * them in date order through the engine's commands, each at its own instant. Everything the rules derive (statement
 * placement, states, timestamps) is therefore exactly what the real service would have produced.
 */
export interface SeedEvent {
  /** When the event happens (epoch ms). */
  readonly at: number;
  /** Tie-breaker: events at the same instant run in the order they were planned. */
  readonly order: number;
  /** Progress label. */
  readonly phase: string;
  readonly run: (at: Date) => void;
}

export type ProgressListener = (progress: { phase: string; done: number; total: number }) => void;

/**
 * A binary min-heap of events by (instant, planning order): events may plan further events while running. A large
 * world plans hundreds of thousands of events, so the keys sit in arrays of their own (contiguous numbers) beside
 * the events: sifting compares numbers in order in memory rather than chasing each event object.
 */
export class Timeline {
  readonly #events: SeedEvent[] = [];
  readonly #at: number[] = [];
  readonly #order: number[] = [];
  #planned = 0;

  at(at: number, phase: string, run: (at: Date) => void): void {
    const order = this.#planned++;
    this.#push({ at, phase, run, order });
  }

  /** Events planned so far (run or not). */
  get planned(): number {
    return this.#planned;
  }

  /**
   * Runs every event planned up to `until`, oldest first. Events planned later have not happened yet and are
   * dropped, so the world is the world as it stands at `until`.
   */
  run(until: number, onProgress?: ProgressListener): void {
    let done = 0;
    const step = Math.max(1, Math.floor(this.#events.length / 200));
    for (let event = this.#pop(); event !== undefined && event.at <= until; event = this.#pop()) {
      event.run(new Date(event.at));
      done += 1;
      if (onProgress !== undefined && done % step === 0) {
        onProgress({ phase: event.phase, done, total: done + this.#events.length });
      }
    }
    this.#events.length = 0;
    this.#at.length = 0;
    this.#order.length = 0;
    onProgress?.({ phase: "done", done, total: done });
  }

  /** Whether an entry with these keys comes before the one at heap position `index` (keys are never equal). */
  #precedes(at: number, order: number, index: number): boolean {
    const other = this.#at[index] as number;
    return at < other || (at === other && order < (this.#order[index] as number));
  }

  #move(from: number, to: number): void {
    this.#events[to] = this.#events[from] as SeedEvent;
    this.#at[to] = this.#at[from] as number;
    this.#order[to] = this.#order[from] as number;
  }

  #set(index: number, event: SeedEvent): void {
    this.#events[index] = event;
    this.#at[index] = event.at;
    this.#order[index] = event.order;
  }

  #push(event: SeedEvent): void {
    let index = this.#events.length;
    this.#set(index, event);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#precedes(event.at, event.order, parent)) {
        break;
      }
      this.#move(parent, index);
      index = parent;
    }
    this.#set(index, event);
  }

  #pop(): SeedEvent | undefined {
    const events = this.#events;
    const top = events[0];
    const last = events.pop();
    const lastAt = this.#at.pop();
    const lastOrder = this.#order.pop();
    if (
      top === undefined ||
      last === undefined ||
      lastAt === undefined ||
      lastOrder === undefined ||
      events.length === 0
    ) {
      return top;
    }
    const size = events.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) {
        break;
      }
      const right = left + 1;
      const child =
        right < size && this.#precedes(this.#at[right] as number, this.#order[right] as number, left) ? right : left;
      if (this.#precedes(lastAt, lastOrder, child)) {
        break;
      }
      this.#move(child, index);
      index = child;
    }
    this.#events[index] = last;
    this.#at[index] = lastAt;
    this.#order[index] = lastOrder;
    return top;
  }
}
