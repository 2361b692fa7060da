/**
 * What a lead provider can see (NPQ rules §1.1): the applications made to it, and as participants the people with at
 * least one application it accepted. Ids are read as the service's database reads a uuid column (`castUuid`); a
 * participant id DfE merged into another is not a participant here (the reads answer it with 410 instead).
 */
import { castUuid } from "../../rules/uuid-cast.ts";
import type { NpqApplication } from "../model/application.ts";
import { findNpqRow, type NpqWorld } from "../model/world.ts";

export function findNpqApplicationVisibleTo(
  world: NpqWorld,
  leadProviderId: string,
  rawId: string,
): NpqApplication | undefined {
  const application = findNpqRow(world, "applications", castUuid(rawId));
  return application?.leadProviderId === leadProviderId ? application : undefined;
}
