/**
 * Indexes built when first read (`IndexDefinition.sameKeysAs`): the read side's `updated_at` orderings. Every write
 * of a declaration or a participant moves it to the end of those, yet only a list request with `updated_since` or
 * `sort=updated_at` reads them, so a world built or rebuilt from its tables (the seed, a reset, a journal replay)
 * leaves them alone until then. Built from the index with the same keys, each bucket is that one's rows ordered by
 * sort key and id: exactly the order the index would have had if it had been kept all along, as `tiesById` makes
 * it the rows' alone.
 */
import type { Row } from "../tables.ts";
import type { World } from "../world-shape.ts";
import { INDEXES, type IndexName } from "./definitions.ts";
import type { IndexDefinition } from "./index-definition.ts";

const definitions = Object.entries(INDEXES) as [IndexName, IndexDefinition][];

for (const [name, definition] of definitions) {
  const source = definition.sameKeysAs === undefined ? undefined : INDEXES[definition.sameKeysAs as IndexName];
  if (
    definition.sameKeysAs !== undefined &&
    (source?.table !== definition.table || source.keys !== definition.keys || !definition.tiesById)
  ) {
    throw new Error(`index ${name}: ${definition.sameKeysAs} must be an index of its table with the same keys`);
  }
}

/** The indexes a new world defers. */
export const DEFERRED_INDEXES: readonly IndexName[] = definitions
  .filter(([, definition]) => definition.sameKeysAs !== undefined)
  .map(([name]) => name);

/** Builds an index the world deferred, if it has not been built yet: call it before reading the index. */
export function buildIfDeferred(world: World, index: IndexName): void {
  if (!world.indexes.isDeferred(index)) {
    return;
  }
  const definition = INDEXES[index] as IndexDefinition;
  const source = definition.sameKeysAs as IndexName;
  buildIfDeferred(world, source);
  const rows = world[definition.table] as Record<string, Row<typeof definition.table>>;
  const buckets: [string, readonly string[]][] = [];
  for (const key of world.indexes.keys(source)) {
    const entries = world.indexes.ids(source, key).map((id): [string, string] => {
      const row = rows[id];
      if (row === undefined) {
        throw new Error(`index ${source} holds ${id}, which ${definition.table} does not`);
      }
      return [definition.sortKey(row, world), id];
    });
    entries.sort(([leftKey, leftId], [rightKey, rightId]) =>
      leftKey !== rightKey ? (leftKey < rightKey ? -1 : 1) : leftId < rightId ? -1 : leftId > rightId ? 1 : 0,
    );
    buckets.push([key, entries.flat()]);
  }
  world.indexes.build(index, buckets, definition);
}
