import type { TableName } from "../model/tables.ts";
import { findRow, type World } from "../model/world.ts";
import type { CommandContext } from "./context.ts";

/** The id a command asked for, or a fresh one; `null` when the requested id is already taken in that table. */
export function claimId(world: World, table: TableName, requested: string | undefined, context: CommandContext) {
  if (requested === undefined) {
    return context.newId();
  }
  return findRow(world, table, requested) === undefined ? requested : null;
}
