/**
 * GET /delivery-partners and GET /delivery-partners/{id} (ECF rules §1.1, §2.6): the delivery partners the provider
 * may work with in any cohort. A provider works with a few dozen, so they are gathered from its delivery
 * partnerships and sorted in memory.
 */
import type { DeliveryPartner } from "../model/delivery-partner.ts";
import { findRow, getRow, lookup, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { type DeliveryPartnerResource, deliveryPartnerView } from "../views/delivery-partner.ts";
import { type CohortFilterValue, parseCohortListFilter } from "./list-filters.ts";
import type { ListQuery } from "./list-query.ts";
import { pageBounds } from "./pagination.ts";
import { parseSort, type SortKey } from "./sort.ts";

export interface DeliveryPartnerFilter {
  /** Raw `filter[cohort]`: delivery partners the provider may work with in any of these cohorts. */
  readonly cohort?: CohortFilterValue;
}

/** Orders rows by the sort keys, ties by id (in the first key's direction), like the indexed lists. */
function compareBySort<T extends { id: string; createdAt: string; updatedAt: string }>(keys: readonly SortKey[]) {
  return (a: T, b: T): number => {
    for (const { attribute, direction } of keys) {
      const [left, right] = attribute === "created_at" ? [a.createdAt, b.createdAt] : [a.updatedAt, b.updatedAt];
      if (left !== right) {
        return (left < right ? -1 : 1) * (direction === "asc" ? 1 : -1);
      }
    }
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * (keys[0]?.direction === "desc" ? -1 : 1);
  };
}

export function listDeliveryPartners(
  world: World,
  leadProviderId: string,
  query: ListQuery<DeliveryPartnerFilter>,
): DeliveryPartnerResource[] {
  const cohorts = parseCohortListFilter(query.filter?.cohort);
  const ids = new Set<string>();
  for (const deliveryPartnership of lookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId)) {
    if (cohorts === undefined || cohorts.includes(deliveryPartnership.cohortYear)) {
      ids.add(deliveryPartnership.deliveryPartnerId);
    }
  }
  const { start, end } = pageBounds(query.page);
  return [...ids]
    .map((id): DeliveryPartner => getRow(world, "deliveryPartners", id))
    .sort(compareBySort(parseSort(query.sort)))
    .slice(start, end)
    .map((deliveryPartner) => deliveryPartnerView(world, leadProviderId, deliveryPartner));
}

export function showDeliveryPartner(
  world: World,
  leadProviderId: string,
  deliveryPartnerId: string,
): Outcome<DeliveryPartnerResource> {
  const deliveryPartner = findRow(world, "deliveryPartners", deliveryPartnerId);
  const worksWith =
    deliveryPartner !== undefined &&
    lookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId).some(
      (deliveryPartnership) => deliveryPartnership.deliveryPartnerId === deliveryPartner.id,
    );
  return deliveryPartner === undefined || !worksWith
    ? notFound()
    : ok(deliveryPartnerView(world, leadProviderId, deliveryPartner));
}
