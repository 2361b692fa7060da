import type { IndexStore } from "../../model/indexes/index-store.ts";
import type { WorldVersion } from "../../model/world-version.ts";
import type { NpqTableName, NpqTables } from "./tables.ts";

/** The NPQ service's state as plain, JSON-serialisable tables, beside (not inside) the ECF `World`. */
export type NpqWorldData = { [N in NpqTableName]: Record<string, NpqTables[N]> };

export interface NpqWorld extends NpqWorldData {
  /** Derived; rebuilt by `npqWorldFromData`, never serialised. */
  readonly indexes: IndexStore;
  /** Moves on with every row written; derived, never serialised. */
  readonly version: WorldVersion;
}
