import type { CommandContext, NpqDeliveryPartner, NpqWorld, Outcome } from "@lpkit/engine";
import { executeNpq } from "../journal/journaled-execute.ts";

/** `POST /__sandbox/npq/delivery-partners`, read and checked for shape. */
export interface NpqDeliveryPartnerFixture {
  readonly name?: string | undefined;
  readonly leadProviderId: string;
  /** Identifiers (`2025a`). */
  readonly cohorts: readonly string[];
}

/** The new delivery partner, and the cohorts it works with the lead provider in, each once, in the order given. */
export interface NpqDeliveryPartnerCreated {
  readonly partner: NpqDeliveryPartner;
  readonly cohorts: readonly string[];
}

/** One command (`registerNpqDeliveryPartner`), which checks everything before it writes. */
export function createNpqDeliveryPartner(
  world: NpqWorld,
  fixture: NpqDeliveryPartnerFixture,
  context: CommandContext,
): Outcome<NpqDeliveryPartnerCreated> {
  // Numbered, so that names are predictable in tests.
  const name = fixture.name ?? `Sandbox NPQ Delivery Partner ${Object.keys(world.deliveryPartners).length + 1}`;
  const cohorts = [...new Set(fixture.cohorts)];
  const registered = executeNpq(
    world,
    { type: "registerNpqDeliveryPartner", name, leadProviderId: fixture.leadProviderId, cohorts },
    context,
  );
  return registered.ok ? { ok: true, value: { partner: registered.value, cohorts } } : registered;
}
