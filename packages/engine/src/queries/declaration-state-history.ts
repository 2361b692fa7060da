/**
 * A declaration's state history as the drill-down lists it (finance dashboard §1.6), read from its log (see
 * `model/declaration-state-change.ts`).
 */
import { type DeclarationStateChange, stateChangesOf } from "../model/declaration-state-change.ts";
import { findRow, type World } from "../model/world.ts";

/** Every state the declaration has been in, oldest first (the order the service lists them). */
export function declarationStateHistory(world: World, declarationId: string): DeclarationStateChange[] {
  return stateChangesOf(declarationId, findRow(world, "declarationStateLogs", declarationId));
}
