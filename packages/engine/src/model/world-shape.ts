/**
 * The shape of a world, apart from the functions that build and change one: the index modules need the type, and
 * importing it from `world.ts` (which imports them) would close an import circle.
 */
import type { Cohort, CohortYear } from "./cohort.ts";
import type { IndexStore } from "./indexes/index-store.ts";
import type { TableName, Tables } from "./tables.ts";
import type { WorldVersion } from "./world-version.ts";

export type WorldData = {
  cohorts: Record<CohortYear, Cohort>;
} & { [N in TableName]: Record<string, Tables[N]> };

export interface World extends WorldData {
  /** Derived; rebuilt by `worldFromData`, never serialised. */
  readonly indexes: IndexStore;
  /** Moves on with every row written (`worldVersion`); derived, never serialised. */
  readonly version: WorldVersion;
}
