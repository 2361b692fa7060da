/**
 * What a lead provider can see (NPQ rules §1.1): the applications made to it, and as participants the people with at
 * least one application it accepted. Ids are read as the service's database reads a uuid column (`castUuid`); a
 * participant id DfE merged into another is not a participant here (the reads answer it with 410 instead).
 */
import { castUuid } from "../../rules/uuid-cast.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqDeclaration } from "../model/declaration.ts";
import type { NpqUser } from "../model/user.ts";
import { findNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";

export function findNpqApplicationVisibleTo(
  world: NpqWorld,
  leadProviderId: string,
  rawId: string,
): NpqApplication | undefined {
  const application = findNpqRow(world, "applications", castUuid(rawId));
  return application?.leadProviderId === leadProviderId ? application : undefined;
}
/** The lead provider's accepted applications of a person: their enrolments with it, oldest first. */
export function npqEnrolmentsOf(world: NpqWorld, leadProviderId: string, userId: string): NpqApplication[] {
  return npqLookup(world, "applicationsByUser", userId).filter(
    (application) => application.status === "accepted" && application.leadProviderId === leadProviderId,
  );
}

export function findNpqParticipantVisibleTo(
  world: NpqWorld,
  leadProviderId: string,
  rawId: string,
): NpqUser | undefined {
  const user = findNpqRow(world, "users", castUuid(rawId));
  if (user === undefined || user.mergedInto !== null) {
    return undefined;
  }
  return npqEnrolmentsOf(world, leadProviderId, user.id).length > 0 ? user : undefined;
}

/** A declaration the lead provider made, or one another made on an application that is now its own (NPQ rules §1.1). */
function isNpqDeclarationVisibleTo(world: NpqWorld, leadProviderId: string, declaration: NpqDeclaration): boolean {
  return (
    declaration.leadProviderId === leadProviderId ||
    findNpqRow(world, "applications", declaration.applicationId)?.leadProviderId === leadProviderId
  );
}

export function findNpqDeclarationVisibleTo(
  world: NpqWorld,
  leadProviderId: string,
  rawId: string,
): NpqDeclaration | undefined {
  const declaration = findNpqRow(world, "declarations", castUuid(rawId));
  return declaration !== undefined && isNpqDeclarationVisibleTo(world, leadProviderId, declaration)
    ? declaration
    : undefined;
}
