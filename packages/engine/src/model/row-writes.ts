/**
 * The only way rows change: `insertRow`, `updateRow` and `reindexRow` write a table and keep every index in step.
 *
 * They live apart from the reads in `world.ts` so that lint can hold the layering: only commands (and the world's
 * own construction) import this module; `rules/`, `queries/` and `views/` decide and read, never write (see
 * `biome.json`).
 */
import { INDEXES, type IndexName } from "./indexes/definitions.ts";
import { indexDependantsOf } from "./indexes/dependants.ts";
import type { IndexDefinition, IndexPlacement } from "./indexes/index-definition.ts";
import type { RememberedKeys } from "./indexes/index-store.ts";
import { writableTable } from "./shared-tables.ts";
import { type Row, TABLE_NAMES, type TableName } from "./tables.ts";
import type { World } from "./world-shape.ts";

/**
 * An index of a table, and for one whose keys read other rows its slot in what the store remembers per row (indexes
 * sharing a `keys` function share the slot, as they share the keys).
 */
interface TableIndex {
  readonly name: IndexName;
  readonly definition: IndexDefinition;
  readonly slot: number;
}

const indexesByTable = new Map<TableName, TableIndex[]>();
/** Per table, the remembered slots: one per `keys` function (or placements) of its indexes that read other rows. */
const slotsByTable = new Map<TableName, unknown[]>();
for (const [name, definition] of Object.entries(INDEXES) as [IndexName, IndexDefinition][]) {
  const list = indexesByTable.get(definition.table) ?? [];
  const slots = slotsByTable.get(definition.table) ?? [];
  let slot = -1;
  if (definition.readsOtherRows) {
    const source = definition.placements ?? definition.keys;
    slot = slots.includes(source) ? slots.indexOf(source) : slots.push(source) - 1;
  }
  list.push({ name, definition, slot });
  indexesByTable.set(definition.table, list);
  slotsByTable.set(definition.table, slots);
}

const NO_KEYS: readonly string[] = [];

/** Placements as the store remembers them: `[key, sortKey, key, sortKey, ...]`. */
function flatten(placements: readonly IndexPlacement[]): string[] {
  return placements.flatMap(({ key, sortKey }) => [key, sortKey]);
}

function unflatten(remembered: readonly string[]): IndexPlacement[] {
  const placements: IndexPlacement[] = [];
  for (let at = 0; at + 1 < remembered.length; at += 2) {
    placements.push({ key: remembered[at] as string, sortKey: remembered[at + 1] as string });
  }
  return placements;
}

/**
 * An index's keys for a row. Indexes sharing a `keys` function (see scope-indexes.ts) share a slot, so the keys are
 * computed once per row: `computed` holds them by slot.
 */
function keysOf<N extends TableName>(
  definition: IndexDefinition<N>,
  row: Row<N>,
  world: World,
  computed: (readonly string[] | undefined)[],
  slot: number,
): readonly string[] {
  let keys = computed[slot];
  if (keys === undefined) {
    keys = definition.keys(row, world);
    computed[slot] = keys;
  }
  return keys;
}

/**
 * Whether an update (`changes`, from `previous` to `row`) may have changed an index's keys: they are unlisted, or it
 * touches a field they read and the index cannot tell that it kept them.
 */
function keysMayChange<N extends TableName>(
  definition: IndexDefinition<N>,
  changes: object | undefined,
  previous: Row<N> | undefined,
  row: Row<N>,
): boolean {
  const { keyFields } = definition;
  if (changes === undefined || previous === undefined || keyFields === undefined) {
    return true;
  }
  for (const field of keyFields) {
    if (Object.hasOwn(changes, field)) {
      return definition.keysKeptBetween?.(previous, row) !== true;
    }
  }
  return false;
}

/** Whether what an update would remember for a row is what is remembered already (most updates keep the keys). */
function sameRemembered(next: RememberedKeys | undefined, previous: RememberedKeys | undefined): boolean {
  if (next === undefined || previous === undefined || next.length !== previous.length) {
    return false;
  }
  for (let slot = 0; slot < next.length; slot++) {
    if (next[slot] !== previous[slot]) {
      return false;
    }
  }
  return true;
}

/**
 * Brings every index of a row's table up to date after the row changed from `previous` (undefined: it is new) by
 * `changes` (known for an update). Indexes that read only the row find its old place from `previous`; the store
 * remembers it for the others.
 */
function indexRow<N extends TableName>(
  world: World,
  table: N,
  id: string,
  previous: Row<N> | undefined,
  changes?: object,
): void {
  world.version.bump();
  const row = world[table][id] as Row<N> | undefined;
  const { indexes } = world;
  // A new row has nothing remembered (a deleted row's entry went with it): most writes are inserts.
  const remembered = previous === undefined && row !== undefined ? undefined : indexes.remembered(table, id);
  let remember: (readonly string[] | undefined)[] | undefined;
  let computedKeys: (readonly string[] | undefined)[] | undefined;
  for (const { name, definition: untyped, slot } of indexesByTable.get(table) ?? []) {
    const definition = untyped as unknown as IndexDefinition<N>;
    if (definition.sameKeysAs !== undefined && indexes.isDeferred(name)) {
      continue; // Built from the tables when first read (`deferred-indexes.ts`).
    }
    if (row === undefined) {
      indexes.unplaceEverywhere(name, id);
    } else if (definition.placements !== undefined) {
      const next = definition.placements(row, world);
      indexes.move(name, id, unflatten(remembered?.[slot] ?? NO_KEYS), next, definition);
      if (next.length > 0) {
        remember ??= new Array(slotsByTable.get(table)?.length);
        remember[slot] = flatten(next);
      }
    } else if (definition.readsOtherRows) {
      computedKeys ??= new Array(slotsByTable.get(table)?.length);
      const keys = keysMayChange(definition, changes, previous, row)
        ? keysOf(definition, row, world, computedKeys, slot)
        : (remembered?.[slot] ?? NO_KEYS);
      const sortKey = definition.sortKey(row, world);
      const previousSortKey =
        previous === undefined || previous === row ? sortKey : definition.sortKey(previous, world);
      indexes.moveKeyed(name, id, remembered?.[slot] ?? NO_KEYS, previousSortKey, keys, sortKey, definition);
      if (keys.length > 0) {
        remember ??= new Array(slotsByTable.get(table)?.length);
        remember[slot] = keys;
      }
    } else if (previous !== row && previous !== undefined && !keysMayChange(definition, changes, previous, row)) {
      // An update that kept the keys moves the row only if it changed the sort key.
      const sortKey = definition.sortKey(row, world);
      const previousSortKey = definition.sortKey(previous, world);
      if (sortKey !== previousSortKey) {
        const keys = definition.keys(row, world);
        indexes.moveKeyed(name, id, keys, previousSortKey, keys, sortKey, definition);
      }
    } else if (previous !== row) {
      // An index that reads only the row has nothing to do when the row itself did not change.
      const keys = definition.keys(row, world);
      const sortKey = definition.sortKey(row, world);
      const previousKeys = previous === undefined ? NO_KEYS : definition.keys(previous, world);
      const previousSortKey = previous === undefined ? sortKey : definition.sortKey(previous, world);
      indexes.moveKeyed(name, id, previousKeys, previousSortKey, keys, sortKey, definition);
    }
  }
  if ((remember !== undefined || remembered !== undefined) && !sameRemembered(remember, remembered)) {
    indexes.remember(table, id, remember);
  }
  // Rows of other tables whose index keys read this one (see indexes/dependants.ts).
  if (row !== undefined) {
    for (const [dependantTable, dependantId] of indexDependantsOf(world, table, row)) {
      reindexRow(world, dependantTable, dependantId);
    }
  }
}

/**
 * Recomputes a row's place in every index of its table. Call it for rows whose index keys read a changed row (the
 * row itself must not have changed: change rows with `updateRow`).
 */
export function reindexRow<N extends TableName>(world: World, table: N, id: string): void {
  indexRow(world, table, id, world[table][id] as Row<N> | undefined);
}

export function insertRow<N extends TableName>(world: World, table: N, row: Row<N>): Row<N> {
  const rows = writableTable(world, table) as Record<string, Row<N>>;
  if (Object.hasOwn(rows, row.id)) {
    // Commands check before they write and take fresh ids from `newId`: a repeated id is a bug, not bad input.
    throw new Error(`${table} already holds ${row.id}`);
  }
  rows[row.id] = row;
  indexRow(world, table, row.id, undefined);
  return row;
}

/** Replaces a row with a changed copy. Timestamps are the caller's business (the ECF rules say what bumps them). */
export function updateRow<N extends TableName>(world: World, table: N, id: string, changes: Partial<Row<N>>): Row<N> {
  const rows = writableTable(world, table) as Record<string, Row<N>>;
  const current = rows[id];
  if (current === undefined) {
    // Commands update rows they have just found: a missing one is an engine bug, not bad input.
    throw new Error(`${table} has no ${id}`);
  }
  const updated = { ...current, ...changes, id } as Row<N>;
  rows[id] = updated;
  indexRow(world, table, id, current, changes);
  return updated;
}

/** Removes a row and its index entries. Only rows nothing refers to are removed (a statement adjustment). */
export function deleteRow<N extends TableName>(world: World, table: N, id: string): Row<N> {
  const rows = writableTable(world, table) as Record<string, Row<N>>;
  const current = rows[id];
  if (current === undefined) {
    // Commands delete rows they have just found: a missing one is an engine bug, not bad input.
    throw new Error(`${table} has no ${id}`);
  }
  delete rows[id];
  indexRow(world, table, id, current);
  return current;
}

/** Places every row of every table in its indexes: a world wrapped around data that has none yet. */
export function indexEveryRow(world: World): void {
  for (const table of TABLE_NAMES) {
    for (const id of Object.keys(world[table])) {
      indexRow(world, table, id, undefined);
    }
  }
}
