import type { TableName } from "../model/tables.ts";
import { findRow, type World } from "../model/world.ts";
import type { CommandContext } from "./context.ts";

/** Whether the id a command asks for is free in that table (no request: a fresh one will be drawn). */
export function requestedIdFree(world: World, table: TableName, requested: string | undefined): boolean {
  return requested === undefined || findRow(world, table, requested) === undefined;
}

/**
 * The id a validated command asked for, or a fresh one. Call it only once validation has passed, right where the
 * first row is created: a refused command then leaves the id sequence where it was, so the ids of whatever is created
 * next do not depend on refused requests.
 */
export function idFor(requested: string | undefined, context: CommandContext): string {
  return requested ?? context.newId();
}
