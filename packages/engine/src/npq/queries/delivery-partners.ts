/**
 * GET /delivery-partners and GET /delivery-partners/{id} on the NPQ API (NPQ rules §1.1, §1.5, §2.5): the delivery
 * partners linked to the lead provider in at least one cohort. `filter[cohort]` is one start year, cast as Rails
 * casts an integer (`"2025abc"` is 2025; text that does not start with a number matches nothing); there is no
 * `updated_since`. `sort` takes `name`, `created_at` and `updated_at` (default `name` ascending), ties by id.
 */

import type { ListQuery } from "../../queries/list-query.ts";
import { pageBounds } from "../../queries/pagination.ts";
import { notFound, type Outcome, ok } from "../../result.ts";
import { castCohortYear } from "../../rules/lenient-integer.ts";
import { isBlank } from "../../rules/presence.ts";
import { castUuid } from "../../rules/uuid-cast.ts";
import type { NpqDeliveryPartner } from "../model/delivery-partner.ts";
import { findNpqRow, getNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";
import {
  type NpqDeliveryPartnerResource,
  npqDeliveryPartnerStartYears,
  npqDeliveryPartnerView,
} from "../views/delivery-partner.ts";

export interface NpqDeliveryPartnersFilter {
  /** Raw `filter[cohort]`: one start year. */
  readonly cohort?: string;
}

const SORTABLE = ["name", "created_at", "updated_at"] as const;
type NpqDeliveryPartnerSortAttribute = (typeof SORTABLE)[number];

interface NpqDeliveryPartnerSortKey {
  readonly attribute: NpqDeliveryPartnerSortAttribute;
  readonly direction: 1 | -1;
}

const DEFAULT_ORDER: readonly NpqDeliveryPartnerSortKey[] = [{ attribute: "name", direction: 1 }];

/**
 * `sort` as the service reads it: comma-separated keys with an optional `+` or `-`; unknown ones are dropped. With
 * none left the service promises no order; the sandbox keeps the default, so a page is still reproducible.
 */
function parseNpqDeliveryPartnerSort(raw: string | undefined): readonly NpqDeliveryPartnerSortKey[] {
  const keys: NpqDeliveryPartnerSortKey[] = [];
  for (const item of (raw ?? "").split(",")) {
    const name = item.startsWith("-") || item.startsWith("+") ? item.slice(1) : item;
    const attribute = SORTABLE.find((sortable) => sortable === name);
    if (attribute !== undefined && !keys.some((key) => key.attribute === attribute)) {
      keys.push({ attribute, direction: item.startsWith("-") ? -1 : 1 });
    }
  }
  return keys.length === 0 ? DEFAULT_ORDER : keys;
}

const SORT_VALUE: Record<NpqDeliveryPartnerSortAttribute, (partner: NpqDeliveryPartner) => string> = {
  name: (partner) => partner.name,
  created_at: (partner) => partner.createdAt,
  updated_at: (partner) => partner.updatedAt,
};

function compareBy(keys: readonly NpqDeliveryPartnerSortKey[]) {
  return (a: NpqDeliveryPartner, b: NpqDeliveryPartner): number => {
    for (const { attribute, direction } of keys) {
      const [left, right] = [SORT_VALUE[attribute](a), SORT_VALUE[attribute](b)];
      if (left !== right) {
        return (left < right ? -1 : 1) * direction;
      }
    }
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * (keys[0]?.direction ?? 1);
  };
}

/** `filter[cohort]`: `undefined` for no filter, else the one start year (`null`: text that names none). */
function cohortYear(raw: string | undefined): number | null | undefined {
  return raw === undefined || isBlank(raw) ? undefined : castCohortYear(raw);
}

export function listNpqDeliveryPartners(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqDeliveryPartnersFilter> = {},
): NpqDeliveryPartnerResource[] {
  const year = cohortYear(query.filter?.cohort);
  const ids = new Set<string>();
  // A lead provider works with a few delivery partners, so they are gathered and sorted in memory.
  for (const partnership of npqLookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId)) {
    if (year === undefined || getNpqRow(world, "cohorts", partnership.cohortId).startYear === year) {
      ids.add(partnership.deliveryPartnerId);
    }
  }
  const { start, end } = pageBounds(query.page);
  return [...ids]
    .map((id) => getNpqRow(world, "deliveryPartners", id))
    .sort(compareBy(parseNpqDeliveryPartnerSort(query.sort)))
    .slice(start, end)
    .map((partner) => npqDeliveryPartnerView(world, leadProviderId, partner));
}

/** A delivery partner that works with the lead provider in some cohort; any other id is a 404. */
export function showNpqDeliveryPartner(
  world: NpqWorld,
  leadProviderId: string,
  deliveryPartnerId: string,
): Outcome<NpqDeliveryPartnerResource> {
  const partner = findNpqRow(world, "deliveryPartners", castUuid(deliveryPartnerId));
  return partner === undefined || npqDeliveryPartnerStartYears(world, leadProviderId, partner.id).length === 0
    ? notFound()
    : ok(npqDeliveryPartnerView(world, leadProviderId, partner));
}
