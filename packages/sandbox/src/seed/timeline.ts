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

const before = (a: SeedEvent, b: SeedEvent): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);

/** A binary min-heap of events by (instant, planning order): events may plan further events while running. */
export class Timeline {
  readonly #heap: SeedEvent[] = [];
  #planned = 0;

  at(at: number, phase: string, run: (at: Date) => void): void {
    this.#push({ at, phase, run, order: this.#planned++ });
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
    const step = Math.max(1, Math.floor(this.#heap.length / 200));
    for (let event = this.#pop(); event !== undefined && event.at <= until; event = this.#pop()) {
      event.run(new Date(event.at));
      done += 1;
      if (onProgress !== undefined && done % step === 0) {
        onProgress({ phase: event.phase, done, total: done + this.#heap.length });
      }
    }
    this.#heap.length = 0;
    onProgress?.({ phase: "done", done, total: done });
  }

  #push(event: SeedEvent): void {
    const heap = this.#heap;
    heap.push(event);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentEvent = heap[parent] as SeedEvent;
      if (!before(event, parentEvent)) {
        break;
      }
      heap[index] = parentEvent;
      index = parent;
    }
    heap[index] = event;
  }

  #pop(): SeedEvent | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) {
      return top;
    }
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) {
        break;
      }
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as SeedEvent, heap[left] as SeedEvent) ? right : left;
      if (!before(heap[child] as SeedEvent, last)) {
        break;
      }
      heap[index] = heap[child] as SeedEvent;
      index = child;
    }
    heap[index] = last;
    return top;
  }
}
