/** The `delivery-partner` resource (ECF rules §2.6) for one lead provider. */
import type { DeliveryPartner } from "../model/delivery-partner.ts";
import { lookup, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

export interface DeliveryPartnerAttributes {
  readonly name: string;
  readonly cohort: readonly string[];
  readonly created_at: string;
  readonly updated_at: string;
}

export type DeliveryPartnerResource = Resource<"delivery-partner", DeliveryPartnerAttributes>;

/** The cohorts in which the provider may partner schools with this delivery partner, earliest first. */
function deliveryPartnerCohortYears(world: World, leadProviderId: string, deliveryPartnerId: string): CohortYear[] {
  const years = lookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId)
    .filter((deliveryPartnership) => deliveryPartnership.deliveryPartnerId === deliveryPartnerId)
    .map((deliveryPartnership) => deliveryPartnership.cohortYear);
  return [...new Set(years)].sort((a, b) => a - b);
}

export function deliveryPartnerView(
  world: World,
  leadProviderId: string,
  deliveryPartner: DeliveryPartner,
): DeliveryPartnerResource {
  return {
    id: deliveryPartner.id,
    type: "delivery-partner",
    attributes: {
      name: deliveryPartner.name,
      cohort: deliveryPartnerCohortYears(world, leadProviderId, deliveryPartner.id).map(String),
      created_at: formatApiDateTime(deliveryPartner.createdAt),
      updated_at: formatApiDateTime(deliveryPartner.updatedAt),
    },
  };
}
