/** An NPQ declaration's state history, read from its log (see `npq/model/declaration-state-change.ts`). */
import { stateChangesOf } from "../../model/declaration-state-change.ts";
import type { NpqDeclarationStateChange } from "../model/declaration-state-change.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

/** Every state the NPQ declaration has been in, oldest first. */
export function npqDeclarationStateHistory(world: NpqWorld, declarationId: string): NpqDeclarationStateChange[] {
  return stateChangesOf(declarationId, findNpqRow(world, "declarationStateLogs", declarationId));
}
