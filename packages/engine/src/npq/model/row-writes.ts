/**
 * The only way NPQ rows change: `insertNpqRow`, `updateNpqRow` and `deleteNpqRow` write a table and keep its indexes in step. As with
 * the ECF world's `model/row-writes.ts`, only commands (and the world's construction) may import this module; lint
 * refuses it in `npq/rules/`, `npq/queries/` and `npq/views/`.
 */
import { shareTable, writableTable } from "../../model/shared-tables.ts";
import { NPQ_INDEXES, type NpqIndexDefinition } from "./indexes.ts";
import { NPQ_TABLE_NAMES, type NpqRow, type NpqTableName } from "./tables.ts";
import type { NpqWorld } from "./world-shape.ts";

const INDEXES_BY_TABLE = new Map<NpqTableName, [string, NpqIndexDefinition][]>();
for (const [name, definition] of Object.entries(NPQ_INDEXES) as [string, NpqIndexDefinition][]) {
  INDEXES_BY_TABLE.set(definition.table, [...(INDEXES_BY_TABLE.get(definition.table) ?? []), [name, definition]]);
}

const NO_KEYS: readonly string[] = [];

/** Marks every table of the world as shared with another world (see `model/shared-tables.ts`). */
export function shareEveryNpqTable(world: NpqWorld): void {
  for (const table of NPQ_TABLE_NAMES) {
    shareTable(world[table]);
  }
}

function indexNpqRow<N extends NpqTableName>(world: NpqWorld, table: N, row: NpqRow<N>, previous?: NpqRow<N>): void {
  world.version.bump();
  for (const [name, definition] of INDEXES_BY_TABLE.get(table) ?? []) {
    const { keys, sortKey } = definition as unknown as NpqIndexDefinition<N>;
    const nextSortKey = sortKey(row);
    world.indexes.moveKeyed(
      name,
      row.id,
      previous === undefined ? NO_KEYS : keys(previous),
      previous === undefined ? nextSortKey : sortKey(previous),
      keys(row),
      nextSortKey,
      definition,
    );
  }
}

/** Adds a row; an id already in the table is an engine bug (commands draw fresh ids or check requested ones). */
export function insertNpqRow<N extends NpqTableName>(world: NpqWorld, table: N, row: NpqRow<N>): NpqRow<N> {
  const rows = writableTable(world, table) as Record<string, NpqRow<N>>;
  if (Object.hasOwn(rows, row.id)) {
    throw new Error(`${table} already has ${row.id}`);
  }
  rows[row.id] = row;
  indexNpqRow(world, table, row);
  return row;
}

/** Replaces a row by a changed copy and re-indexes it. */
export function updateNpqRow<N extends NpqTableName>(
  world: NpqWorld,
  table: N,
  id: string,
  changes: Partial<Omit<NpqRow<N>, "id">>,
): NpqRow<N> {
  const rows = writableTable(world, table) as Record<string, NpqRow<N>>;
  const previous = rows[id];
  if (previous === undefined) {
    throw new Error(`${table} has no ${id}`);
  }
  const row = { ...previous, ...changes } as NpqRow<N>;
  rows[id] = row;
  indexNpqRow(world, table, row, previous);
  return row;
}

/** Removes a row and its index entries. Only rows nothing refers to are removed (a statement adjustment). */
export function deleteNpqRow<N extends NpqTableName>(world: NpqWorld, table: N, id: string): NpqRow<N> {
  const rows = writableTable(world, table) as Record<string, NpqRow<N>>;
  const previous = rows[id];
  if (previous === undefined) {
    throw new Error(`${table} has no ${id}`);
  }
  delete rows[id];
  world.version.bump();
  for (const [name, definition] of INDEXES_BY_TABLE.get(table) ?? []) {
    const { keys, sortKey } = definition as unknown as NpqIndexDefinition<N>;
    const previousSortKey = sortKey(previous);
    world.indexes.moveKeyed(name, id, keys(previous), previousSortKey, NO_KEYS, previousSortKey, definition);
  }
  return previous;
}

/** Indexes every row of freshly loaded data. */
export function indexEveryNpqRow(world: NpqWorld): void {
  for (const table of NPQ_TABLE_NAMES) {
    for (const row of Object.values(world[table])) {
      indexNpqRow(world, table, row);
    }
  }
}
