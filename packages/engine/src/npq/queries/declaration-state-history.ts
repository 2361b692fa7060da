/** An NPQ declaration's state history: see `npq/model/declaration-state-change.ts`. */
import { readStateHistory } from "../../model/declaration-state-change.ts";
import type { NpqDeclarationStateChange } from "../model/declaration-state-change.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

/** Every state the NPQ declaration has been in, oldest first. */
export function npqDeclarationStateHistory(world: NpqWorld, declarationId: string): NpqDeclarationStateChange[] {
  return readStateHistory(declarationId, (id) => findNpqRow(world, "declarationStateChanges", id));
}
