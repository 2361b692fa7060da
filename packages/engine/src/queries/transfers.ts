/**
 * GET /participants/transfers and GET /participants/{id}/transfers (ECF rules §1.1, §2.9): participants with a school
 * transfer leaving or joining the provider's training. `updated_at` (and `updated_since`) is the latest change to
 * one of those transfers.
 */
import { transferUpdatedAtByLeadProvider } from "../model/indexes/lead-provider-scopes.ts";
import { findRow, getRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { transfersRelevantTo } from "../rules/school-transfers.ts";
import { type ParticipantTransferResource, participantTransferView } from "../views/transfer.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { orderedPage, pageRequestOf } from "./ordered-page.ts";

export type TransferFilter = UpdatedSinceFilter;

export function listTransfers(
  world: World,
  leadProviderId: string,
  query: ListQuery<TransferFilter>,
  now: Date,
): ParticipantTransferResource[] {
  const ids = orderedPage(
    world,
    {
      byCreated: "transferParticipantsByLeadProvider",
      byUpdated: "transferParticipantsByLeadProviderUpdated",
      key: leadProviderId,
      sortValue: (id, attribute) =>
        attribute === "created_at"
          ? getRow(world, "teachers", id).createdAt
          : (transferUpdatedAtByLeadProvider(world, id).get(leadProviderId) ?? ""),
    },
    pageRequestOf(query),
    () => true,
  );
  return ids.map((id) => participantTransferView(world, leadProviderId, getRow(world, "teachers", id), now));
}

export function showTransfers(
  world: World,
  leadProviderId: string,
  participantId: string,
  now: Date,
): Outcome<ParticipantTransferResource> {
  const teacher = findRow(world, "teachers", participantId);
  if (teacher === undefined || transfersRelevantTo(world, leadProviderId, teacher.id).length === 0) {
    return notFound();
  }
  return ok(participantTransferView(world, leadProviderId, teacher, now));
}
