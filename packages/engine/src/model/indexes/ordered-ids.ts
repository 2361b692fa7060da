/**
 * Ids kept in order of a string sort key (instants and calendar dates sort as strings). Rows with equal keys are
 * ordered by id when the bucket is built with `tiesById`; otherwise they keep their insertion order, so rebuilding
 * from a snapshot (whose tables preserve insertion order) gives the same order.
 *
 * A bucket can hold every declaration a lead provider sees, and the busiest ones change on every command, so the
 * entries live in blocks of at most `BLOCK_SIZE`: inserting or removing costs a binary search and a splice inside
 * one block, not a shift of the whole bucket. The flat array readers get is assembled on first read after a change.
 *
 * Most buckets, though, hold a handful of ids (one participant's periods or declarations), and a large world has
 * hundreds of thousands of them: a bucket that fits one block keeps it without a list of blocks, and short blocks are
 * replaced by exact-length copies rather than grown in place (a grown array keeps spare room several times its
 * length when it is tiny).
 */
const BLOCK_SIZE = 512;
const COPY_BELOW = 16;
const NONE: readonly string[] = [];

interface Block {
  sortKeys: string[];
  ids: string[];
}

export class OrderedIds {
  readonly #tiesById: boolean;
  /** The only block of a bucket that fits one (undefined when empty or when `#blocks` holds the entries). */
  #single: Block | undefined;
  /** The blocks, once the bucket outgrew one: every entry of a block comes before every entry of the next. */
  #blocks: Block[] | undefined;
  /** The ids in order, as last assembled; undefined once a change makes it stale. */
  #flat: readonly string[] | undefined;
  /** Whether two entries ever shared a sort key (insertion-ordered buckets only): until then no id has ties. */
  #hadTies = false;

  constructor(options: { tiesById?: boolean } = {}) {
    this.#tiesById = options.tiesById ?? false;
  }

  get size(): number {
    if (this.#blocks === undefined) {
      return this.#single?.ids.length ?? 0;
    }
    let size = 0;
    for (const block of this.#blocks) {
      size += block.ids.length;
    }
    return size;
  }

  /**
   * The ids in order. The array may be the bucket's own storage: treat it as read-only, and copy it before changing
   * the world while iterating over it.
   */
  get ids(): readonly string[] {
    if (this.#blocks === undefined) {
      return this.#single?.ids ?? NONE;
    }
    this.#flat ??= this.#blocks.flatMap((block) => block.ids);
    return this.#flat;
  }

  /** The ids whose sort key is at least `sortKey`, in order (a copy): "updated since" in one binary search. */
  idsFrom(sortKey: string): string[] {
    const first = this.#firstBlockReaching(sortKey);
    const ids: string[] = [];
    for (let index = first; index < this.#blockCount(); index++) {
      const block = this.#block(index);
      for (let at = index === first ? keyLowerBound(block.sortKeys, sortKey) : 0; at < block.ids.length; at++) {
        ids.push(block.ids[at] as string);
      }
    }
    return ids;
  }

  /** Adds an id: after every entry with a lower sort key, and after (or, by id, among) the entries it ties with. */
  insert(sortKey: string, id: string): void {
    this.#flat = undefined;
    if (this.#blockCount() === 0) {
      this.#single = { sortKeys: [sortKey], ids: [id] };
      return;
    }
    const index = this.#blockToInsertInto(sortKey, id);
    const block = this.#block(index);
    const at = this.#tiesById ? entryLowerBound(block, sortKey, id) : keyUpperBound(block.sortKeys, sortKey);
    if (!this.#tiesById && !this.#hadTies) {
      // Inserted after its equals, which can only sit just before it (block `index` starts at or before the key).
      this.#hadTies =
        block.sortKeys[at - 1] === sortKey || (at === 0 && this.#blocks?.[index - 1]?.sortKeys.at(-1) === sortKey);
    }
    spliceBlock(block, at, 0, sortKey, id);
    if (block.ids.length > BLOCK_SIZE) {
      const half = block.ids.length >>> 1;
      const second: Block = { sortKeys: block.sortKeys.splice(half), ids: block.ids.splice(half) };
      if (this.#blocks === undefined) {
        this.#blocks = [block, second];
        this.#single = undefined;
      } else {
        this.#blocks.splice(index + 1, 0, second);
      }
    }
  }

  remove(sortKey: string, id: string): void {
    const found = this.#find(sortKey, id);
    if (found === undefined) {
      return;
    }
    this.#flat = undefined;
    const block = this.#block(found.block);
    spliceBlock(block, found.at, 1);
    if (block.ids.length > 0) {
      return;
    }
    if (this.#blocks === undefined) {
      this.#single = undefined;
      return;
    }
    this.#blocks.splice(found.block, 1);
    if (this.#blocks.length === 1) {
      this.#single = this.#blocks[0];
      this.#blocks = undefined;
    }
  }

  /** Removes every entry of an id, whatever its sort key (a scan of the bucket). */
  removeId(id: string): void {
    for (let index = this.#blockCount() - 1; index >= 0; index--) {
      const block = this.#block(index);
      for (let at = block.ids.length - 1; at >= 0; at--) {
        if (block.ids[at] === id) {
          this.remove(block.sortKeys[at] as string, id);
        }
      }
    }
  }

  /**
   * Moves an id where inserting it afresh would put it: after the ids it ties with in an insertion-ordered bucket.
   * Nothing moves when it is there already, which is the usual case.
   */
  moveToEndOfTies(sortKey: string, id: string): void {
    if (this.#tiesById || !this.#hadTies) {
      return;
    }
    const found = this.#find(sortKey, id);
    if (found === undefined) {
      return;
    }
    const block = this.#block(found.block);
    const next =
      found.at + 1 < block.sortKeys.length
        ? block.sortKeys[found.at + 1]
        : this.#blocks?.[found.block + 1]?.sortKeys[0];
    if (next === sortKey) {
      this.remove(sortKey, id);
      this.insert(sortKey, id);
    }
  }

  #blockCount(): number {
    return this.#blocks?.length ?? (this.#single === undefined ? 0 : 1);
  }

  /** A block by position (`index` below `#blockCount()`). */
  #block(index: number): Block {
    return (this.#blocks === undefined ? this.#single : this.#blocks[index]) as Block;
  }

  /** The block and position of an entry. */
  #find(sortKey: string, id: string): { block: number; at: number } | undefined {
    if (this.#tiesById) {
      if (this.#blockCount() === 0) {
        return undefined;
      }
      const index = this.#blockToInsertInto(sortKey, id);
      const block = this.#block(index);
      const at = entryLowerBound(block, sortKey, id);
      return block.sortKeys[at] === sortKey && block.ids[at] === id ? { block: index, at } : undefined;
    }
    const first = this.#firstBlockReaching(sortKey);
    for (let index = first; index < this.#blockCount(); index++) {
      const block = this.#block(index);
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
    let [low, high] = [0, this.#blockCount()];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#block(middle).sortKeys.at(-1) ?? "") < sortKey) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The last block whose first entry comes no later than the given one (or the first block). */
  #blockToInsertInto(sortKey: string, id: string): number {
    let [low, high] = [0, this.#blockCount()];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const block = this.#block(middle);
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

/** Inserts (with `sortKey` and `id`) or removes entries of a block: in place when long, by exact copies when short. */
function spliceBlock(block: Block, at: number, deleteCount: number, sortKey?: string, id?: string): void {
  const inserting = sortKey !== undefined && id !== undefined;
  if (block.ids.length < COPY_BELOW) {
    block.sortKeys = inserting
      ? block.sortKeys.toSpliced(at, deleteCount, sortKey)
      : block.sortKeys.toSpliced(at, deleteCount);
    block.ids = inserting ? block.ids.toSpliced(at, deleteCount, id) : block.ids.toSpliced(at, deleteCount);
  } else if (inserting) {
    block.sortKeys.splice(at, deleteCount, sortKey);
    block.ids.splice(at, deleteCount, id);
  } else {
    block.sortKeys.splice(at, deleteCount);
    block.ids.splice(at, deleteCount);
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
