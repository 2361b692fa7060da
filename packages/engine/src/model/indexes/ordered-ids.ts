/**
 * A large bucket of an index (small ones are plain arrays, see `bucket.ts`): ids kept in order of a string sort key
 * (instants and calendar dates sort as strings). Rows with equal keys are ordered by id when the bucket is built with
 * `tiesById`; otherwise they keep their insertion order, so rebuilding from a snapshot (whose tables preserve
 * insertion order) gives the same order.
 *
 * A bucket can hold every declaration a lead provider sees, and the busiest ones change on every command, so the
 * entries live in blocks of at most `BLOCK_SIZE`: inserting or removing costs a binary search and a splice inside
 * one block, not a shift of the whole bucket. The flat array readers get is assembled on first read after a change.
 */
const BLOCK_SIZE = 512;

interface Block {
  readonly sortKeys: string[];
  readonly ids: string[];
}

export class OrderedIds {
  readonly #tiesById: boolean;
  /** Non-empty blocks in order: every entry of a block comes before every entry of the next. */
  readonly #blocks: Block[] = [];
  #size = 0;
  /** The ids in order, as last assembled; undefined once a change makes it stale. */
  #flat: readonly string[] | undefined;

  constructor(options: { tiesById?: boolean } = {}) {
    this.#tiesById = options.tiesById ?? false;
  }

  get size(): number {
    return this.#size;
  }

  /**
   * The ids in order. The array may be the bucket's own storage: treat it as read-only, and copy it before changing
   * the world while iterating over it.
   */
  get ids(): readonly string[] {
    if (this.#flat === undefined) {
      const blocks = this.#blocks;
      this.#flat = blocks.length === 1 ? (blocks[0] as Block).ids : blocks.flatMap((block) => block.ids);
    }
    return this.#flat;
  }

  /** The ids whose sort key is at least `sortKey`, in order (a copy): "updated since" in one binary search. */
  idsFrom(sortKey: string): string[] {
    const first = this.#firstBlockReaching(sortKey);
    const ids: string[] = [];
    for (let index = first; index < this.#blocks.length; index++) {
      const block = this.#blocks[index] as Block;
      for (let at = index === first ? keyLowerBound(block.sortKeys, sortKey) : 0; at < block.ids.length; at++) {
        ids.push(block.ids[at] as string);
      }
    }
    return ids;
  }

  /** An independent bucket with the same entries: a change to either leaves the other as it is. */
  copy(): OrderedIds {
    const copy = new OrderedIds({ tiesById: this.#tiesById });
    for (const block of this.#blocks) {
      copy.#blocks.push({ sortKeys: [...block.sortKeys], ids: [...block.ids] });
    }
    copy.#size = this.#size;
    return copy;
  }

  /** Adds an id: after every entry with a lower sort key, and after (or, by id, among) the entries it ties with. */
  insert(sortKey: string, id: string): void {
    this.#flat = undefined;
    this.#size += 1;
    const blocks = this.#blocks;
    const last = blocks.at(-1);
    if (last === undefined) {
      blocks.push({ sortKeys: [sortKey], ids: [id] });
      return;
    }
    // Rows mostly arrive in sort key order (a new row is the latest created or updated): those go last, found
    // without a search.
    if (this.#comesAfterLast(last, sortKey, id)) {
      last.sortKeys.push(sortKey);
      last.ids.push(id);
      if (last.ids.length > BLOCK_SIZE) {
        this.#split(blocks.length - 1);
      }
      return;
    }
    const index = this.#blockToInsertInto(sortKey, id);
    const block = blocks[index] as Block;
    const at = this.#tiesById ? entryLowerBound(block, sortKey, id) : keyUpperBound(block.sortKeys, sortKey);
    block.sortKeys.splice(at, 0, sortKey);
    block.ids.splice(at, 0, id);
    if (block.ids.length > BLOCK_SIZE) {
      this.#split(index);
    }
  }

  remove(sortKey: string, id: string): void {
    const found = this.#find(sortKey, id);
    if (found === undefined) {
      return;
    }
    this.#flat = undefined;
    this.#size -= 1;
    const block = this.#blocks[found.block] as Block;
    block.sortKeys.splice(found.at, 1);
    block.ids.splice(found.at, 1);
    if (block.ids.length === 0) {
      this.#blocks.splice(found.block, 1);
    }
  }

  /** Whether an entry (sortKey, id) belongs after every entry of the bucket, whose last block is `last`. */
  #comesAfterLast(last: Block, sortKey: string, id: string): boolean {
    const lastKey = last.sortKeys[last.sortKeys.length - 1] as string;
    if (sortKey !== lastKey) {
      return sortKey > lastKey;
    }
    return !this.#tiesById || id > (last.ids[last.ids.length - 1] as string);
  }

  /** Splits an overfull block in two halves. */
  #split(index: number): void {
    const block = this.#blocks[index] as Block;
    const half = block.ids.length >>> 1;
    this.#blocks.splice(index + 1, 0, { sortKeys: block.sortKeys.splice(half), ids: block.ids.splice(half) });
  }

  /** Removes every entry of an id, whatever its sort key (a scan of the bucket). */
  removeId(id: string): void {
    for (let index = this.#blocks.length - 1; index >= 0; index--) {
      const block = this.#blocks[index] as Block;
      for (let at = block.ids.length - 1; at >= 0; at--) {
        if (block.ids[at] === id) {
          this.remove(block.sortKeys[at] as string, id);
        }
      }
    }
  }

  /** The block and position of an entry. */
  #find(sortKey: string, id: string): { block: number; at: number } | undefined {
    if (this.#tiesById) {
      const index = this.#blockToInsertInto(sortKey, id);
      const block = this.#blocks[index];
      const at = block === undefined ? 0 : entryLowerBound(block, sortKey, id);
      return block?.sortKeys[at] === sortKey && block.ids[at] === id ? { block: index, at } : undefined;
    }
    const first = this.#firstBlockReaching(sortKey);
    for (let index = first; index < this.#blocks.length; index++) {
      const block = this.#blocks[index] as Block;
      let at = index === first ? keyLowerBound(block.sortKeys, sortKey) : 0;
      for (; at < block.ids.length && block.sortKeys[at] === sortKey; at++) {
        if (block.ids[at] === id) {
          return { block: index, at };
        }
      }
      if (at < block.ids.length) {
        return undefined;
      }
    }
    return undefined;
  }

  /** The first block whose last sort key is at least `sortKey`: where the entries from `sortKey` on start. */
  #firstBlockReaching(sortKey: string): number {
    let [low, high] = [0, this.#blocks.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (((this.#blocks[middle] as Block).sortKeys.at(-1) ?? "") < sortKey) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The last block whose first entry comes no later than the given one (or the first block). */
  #blockToInsertInto(sortKey: string, id: string): number {
    let [low, high] = [0, this.#blocks.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const block = this.#blocks[middle] as Block;
      const [firstKey, firstId] = [block.sortKeys[0] ?? "", block.ids[0] ?? ""];
      const startsNoLater = this.#tiesById
        ? firstKey < sortKey || (firstKey === sortKey && firstId <= id)
        : firstKey <= sortKey;
      if (startsNoLater) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return Math.max(0, low - 1);
  }
}

/** The first position whose sort key is at least `sortKey`. */
function keyLowerBound(sortKeys: readonly string[], sortKey: string): number {
  let [low, high] = [0, sortKeys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortKeys[middle] ?? "") < sortKey) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** The first position whose sort key is greater than `sortKey`. */
function keyUpperBound(sortKeys: readonly string[], sortKey: string): number {
  let [low, high] = [0, sortKeys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortKeys[middle] ?? "") <= sortKey) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** The first position whose entry is at least (sortKey, id). */
function entryLowerBound(block: Block, sortKey: string, id: string): number {
  let [low, high] = [0, block.sortKeys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    const key = block.sortKeys[middle] ?? "";
    if (key < sortKey || (key === sortKey && (block.ids[middle] ?? "") < id)) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
