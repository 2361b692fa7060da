/**
 * Tables shared between worlds: a world and its snapshots (`snapshotWorldData`), or an NPQ world and its copy
 * (`copyNpqWorld`). Sharing takes a reference to each table instead of copying it (copying every table of a
 * 100,000-participant world cost 2.4-4% of building it). Neither side may then change a shared table, so the first
 * write to one (`row-writes.ts`, `npq/model/row-writes.ts`) replaces it in that world with a shallow copy of its own:
 * rows are replaced, never changed, so only the tables written after sharing are ever copied.
 *
 * A WeakSet of the table objects themselves, so that a table no world holds any more is let go.
 */
const shared = new WeakSet<object>();

/** Marks a table as shared: whoever writes it next copies it first. */
export function shareTable(rows: object): void {
  shared.add(rows);
}

/** The table of `tables` to write a row into: its own, copied first (and put in its place) if it is shared. */
export function writableTable<Tables extends object, N extends keyof Tables>(tables: Tables, table: N): Tables[N] {
  const rows = tables[table];
  if (!shared.has(rows as object)) {
    return rows;
  }
  const copy = { ...rows };
  tables[table] = copy;
  return copy;
}
