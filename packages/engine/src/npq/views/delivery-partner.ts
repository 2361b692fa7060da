/**
 * A delivery partner as the NPQ API shows it to one lead provider (NPQ rules §2.5): the `delivery-partner` resource
 * with the attributes of `DeliveryPartnerAttributes` in `spec/npq-v3.yaml`. Unlike the ECF API's, `cohort` lists
 * start years as integers, once each, ascending.
 */
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqDeliveryPartner } from "../model/delivery-partner.ts";
import { getNpqRow, type NpqWorld, npqLookup } from "../model/world.ts";

export interface NpqDeliveryPartnerResource {
  readonly id: string;
  readonly type: "delivery-partner";
  readonly attributes: Record<string, unknown>;
}

/** The start years of the cohorts in which the delivery partner works with the lead provider. */
export function npqDeliveryPartnerStartYears(
  world: NpqWorld,
  leadProviderId: string,
  deliveryPartnerId: string,
): number[] {
  const years = npqLookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId)
    .filter((partnership) => partnership.deliveryPartnerId === deliveryPartnerId)
    .map((partnership) => getNpqRow(world, "cohorts", partnership.cohortId).startYear);
  return [...new Set(years)].sort((a, b) => a - b);
}

export function npqDeliveryPartnerView(
  world: NpqWorld,
  leadProviderId: string,
  deliveryPartner: NpqDeliveryPartner,
): NpqDeliveryPartnerResource {
  return {
    id: deliveryPartner.id,
    type: "delivery-partner",
    attributes: {
      name: deliveryPartner.name,
      cohort: npqDeliveryPartnerStartYears(world, leadProviderId, deliveryPartner.id),
      created_at: formatApiDateTime(deliveryPartner.createdAt),
      updated_at: formatApiDateTime(deliveryPartner.updatedAt),
    },
  };
}
