/**
 * What the application and participant actions ask about an application's declarations. The declarations themselves
 * arrive with the next slice (`model/declaration.ts`); these questions are complete against the table as it is.
 */
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

/** The states that can still be, or have been, paid: they block reject, change funded place and cohort moves. */
const NPQ_BLOCKING_DECLARATION_STATES: readonly NpqDeclarationState[] = ["submitted", "eligible", "payable", "paid"];

export function npqDeclarationsOf(world: NpqWorld, applicationId: string): readonly NpqDeclaration[] {
  return npqLookup(world, "declarationsByApplication", applicationId);
}

export function npqBlockingDeclarationsOf(world: NpqWorld, applicationId: string): readonly NpqDeclaration[] {
  return npqDeclarationsOf(world, applicationId).filter((declaration) =>
    NPQ_BLOCKING_DECLARATION_STATES.includes(declaration.state),
  );
}
