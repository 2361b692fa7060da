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

/**
 * The same declaration made before (NPQ rules §5.2): the participant's declaration by this lead provider of this type
 * and date, on an application of exactly this course, that can be or has been paid. The service answers a repeat with
 * it rather than making another; NPQ declaration rule 16 refuses most repeats first, so it is only reached when the
 * earlier one is on another application of the participant.
 */
export function npqExistingDeclaration(
  world: NpqWorld,
  search: {
    readonly userId: string;
    readonly leadProviderId: string;
    readonly courseIdentifier: unknown;
    readonly declarationType: string;
    readonly declarationDate: string;
  },
): NpqDeclaration | undefined {
  return npqLookup(world, "declarationsByUser", search.userId).find(
    (declaration) =>
      NPQ_BLOCKING_DECLARATION_STATES.includes(declaration.state) &&
      declaration.leadProviderId === search.leadProviderId &&
      declaration.courseIdentifier === search.courseIdentifier &&
      declaration.declarationType === search.declarationType &&
      declaration.declarationDate === search.declarationDate,
  );
}
