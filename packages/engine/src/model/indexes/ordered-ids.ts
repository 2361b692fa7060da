/**
 * Ids kept in order of a string sort key (instants and calendar dates sort as strings). Rows with equal keys keep
 * their insertion order, so rebuilding from a snapshot (whose tables preserve insertion order) gives the same order.
 */
export class OrderedIds {
  readonly #sortKeys: string[] = [];
  readonly #ids: string[] = [];

  get size(): number {
    return this.#ids.length;
  }

  /** The ids in order. The array is live: copy it before mutating the world while iterating. */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** The ids whose sort key is at least `sortKey`, in order (a copy): "updated since" in one binary search. */
  idsFrom(sortKey: string): string[] {
    return this.#ids.slice(this.#lowerBound(sortKey));
  }

  insert(sortKey: string, id: string): void {
    const at = this.#upperBound(sortKey);
    this.#sortKeys.splice(at, 0, sortKey);
    this.#ids.splice(at, 0, id);
  }

  remove(sortKey: string, id: string): void {
    for (let at = this.#lowerBound(sortKey); at < this.#ids.length && this.#sortKeys[at] === sortKey; at++) {
      if (this.#ids[at] === id) {
        this.#sortKeys.splice(at, 1);
        this.#ids.splice(at, 1);
        return;
      }
    }
  }

  #lowerBound(sortKey: string): number {
    let [low, high] = [0, this.#sortKeys.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#sortKeys[middle] ?? "") < sortKey) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  #upperBound(sortKey: string): number {
    let [low, high] = [0, this.#sortKeys.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#sortKeys[middle] ?? "") <= sortKey) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
