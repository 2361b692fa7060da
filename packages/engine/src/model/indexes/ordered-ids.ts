/**
 * Ids kept in order of a string sort key (instants and calendar dates sort as strings). Rows with equal keys keep
 * their insertion order, so rebuilding from a snapshot (whose tables preserve insertion order) gives the same order.
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
  /** Non-empty blocks in order: every sort key of a block is at most every sort key of the next. */
  #blocks: Block[] = [];
  #size = 0;
  /** The ids in order, as last assembled; undefined once a change makes it stale. */
  #flat: string[] | undefined;

  get size(): number {
    return this.#size;
  }

  /**
   * The ids in order. The array may be the bucket's own storage: treat it as read-only, and copy it before changing
   * the world while iterating over it.
   */
  get ids(): readonly string[] {
    if (this.#flat === undefined) {
      this.#flat = this.#blocks.length === 1 ? (this.#blocks[0] as Block).ids : this.#blocks.flatMap((b) => b.ids);
    }
    return this.#flat;
  }

  /** The ids whose sort key is at least `sortKey`, in order (a copy): "updated since" in one binary search. */
  idsFrom(sortKey: string): string[] {
    const first = this.#firstBlockReaching(sortKey);
    const ids: string[] = [];
    for (let index = first; index < this.#blocks.length; index++) {
      const block = this.#blocks[index] as Block;
      const from = index === first ? lowerBound(block.sortKeys, sortKey) : 0;
      for (let at = from; at < block.ids.length; at++) {
        ids.push(block.ids[at] as string);
      }
    }
    return ids;
  }

  /** Adds an id after every id with a sort key at most `sortKey`. */
  insert(sortKey: string, id: string): void {
    this.#flat = undefined;
    this.#size += 1;
    const blocks = this.#blocks;
    if (blocks.length === 0) {
      blocks.push({ sortKeys: [sortKey], ids: [id] });
      return;
    }
    const index = this.#lastBlockStartingAtMost(sortKey);
    const block = blocks[index] as Block;
    const at = upperBound(block.sortKeys, sortKey);
    block.sortKeys.splice(at, 0, sortKey);
    block.ids.splice(at, 0, id);
    if (block.ids.length > BLOCK_SIZE) {
      const half = block.ids.length >>> 1;
      blocks.splice(index + 1, 0, { sortKeys: block.sortKeys.splice(half), ids: block.ids.splice(half) });
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

  /**
   * Where re-inserting an id with the same sort key would put it: after every other id with that key. Does nothing
   * (and keeps readers' arrays valid) when it is there already, which is the usual case.
   */
  moveToEndOfTies(sortKey: string, id: string): void {
    const found = this.#find(sortKey, id);
    if (found === undefined) {
      return;
    }
    const block = this.#blocks[found.block] as Block;
    const next =
      found.at + 1 < block.sortKeys.length
        ? block.sortKeys[found.at + 1]
        : this.#blocks[found.block + 1]?.sortKeys[0];
    if (next === sortKey) {
      this.remove(sortKey, id);
      this.insert(sortKey, id);
    }
  }

  /** The block and position of an id with that sort key. */
  #find(sortKey: string, id: string): { block: number; at: number } | undefined {
    const first = this.#firstBlockReaching(sortKey);
    for (let index = first; index < this.#blocks.length; index++) {
      const block = this.#blocks[index] as Block;
      let at = index === first ? lowerBound(block.sortKeys, sortKey) : 0;
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

  /** The first block whose last sort key is at least `sortKey` (the block holding the lower bound). */
  #firstBlockReaching(sortKey: string): number {
    let [low, high] = [0, this.#blocks.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const block = this.#blocks[middle] as Block;
      if ((block.sortKeys[block.sortKeys.length - 1] ?? "") < sortKey) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The last block whose first sort key is at most `sortKey` (the block holding the upper bound), or the first. */
  #lastBlockStartingAtMost(sortKey: string): number {
    let [low, high] = [0, this.#blocks.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (((this.#blocks[middle] as Block).sortKeys[0] ?? "") <= sortKey) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return Math.max(0, low - 1);
  }
}

function lowerBound(sortKeys: readonly string[], sortKey: string): number {
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

function upperBound(sortKeys: readonly string[], sortKey: string): number {
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
