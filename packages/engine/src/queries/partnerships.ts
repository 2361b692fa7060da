/** GET /partnerships and GET /partnerships/{id} (ECF rules §1.1, §2.4): the provider's school partnerships. */
import type { SchoolPartnership } from "../model/school-partnership.ts";
import { findRow, getRow, type World } from "../model/world.ts";
import { notFound, type Outcome, ok } from "../result.ts";
import { type PartnershipResource, partnershipView } from "../views/partnership.ts";
import { type CohortFilterValue, parseCohortListFilter, parseIdListFilter } from "./list-filters.ts";
import type { ListQuery, UpdatedSinceFilter } from "./list-query.ts";
import { orderedPage, pageRequestOf, rowTimestamps } from "./ordered-page.ts";

export interface PartnershipFilter extends UpdatedSinceFilter {
  /** Raw `filter[cohort]`. */
  readonly cohort?: CohortFilterValue;
  /** Raw `filter[delivery_partner_id]`: comma-separated ids, not checked for being UUIDs. */
  readonly deliveryPartnerId?: string;
}

export function listPartnerships(
  world: World,
  leadProviderId: string,
  query: ListQuery<PartnershipFilter>,
  now: Date,
): PartnershipResource[] {
  const cohorts = parseCohortListFilter(query.filter?.cohort);
  const deliveryPartnerIds = parseIdListFilter(query.filter?.deliveryPartnerId);
  const matches = (partnership: SchoolPartnership) =>
    (cohorts === undefined || cohorts.includes(partnership.cohortYear)) &&
    (deliveryPartnerIds === undefined || deliveryPartnerIds.includes(partnership.deliveryPartnerId.toLowerCase()));
  const ids = orderedPage(
    world,
    {
      byCreated: "schoolPartnershipsByLeadProviderCreated",
      byUpdated: "schoolPartnershipsByLeadProviderUpdated",
      key: leadProviderId,
      sortValue: rowTimestamps(world, "schoolPartnerships"),
    },
    pageRequestOf(query),
    (id) => matches(getRow(world, "schoolPartnerships", id)),
  );
  return ids.map((id) => partnershipView(world, getRow(world, "schoolPartnerships", id), now));
}

export function showPartnership(
  world: World,
  leadProviderId: string,
  partnershipId: string,
  now: Date,
): Outcome<PartnershipResource> {
  const partnership = findRow(world, "schoolPartnerships", partnershipId);
  return partnership === undefined || partnership.leadProviderId !== leadProviderId
    ? notFound()
    : ok(partnershipView(world, partnership, now));
}
