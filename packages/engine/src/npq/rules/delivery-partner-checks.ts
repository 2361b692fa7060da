/**
 * A declaration's own delivery partner checks (NPQ declaration rules 20-26), which change delivery partner runs again
 * with the new values (NPQ rules §5.5): each in order, each only while nothing failed before it.
 */
import type { RuleMessage } from "../../messages/rule-message.ts";
import type { ValidationErrors } from "../../result.ts";
import type { NpqApplication } from "../model/application.ts";
import type { NpqCohort } from "../model/cohort.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";

/** The first cohort whose declarations must name a delivery partner (NPQ declaration rule 20). */
const DELIVERY_PARTNER_REQUIRED_FROM = 2024;

/** "Teaches in England": catchment England or, before 2024, a school URN starting with 1 (spec, createParticipantDeclaration). */
function npqTeachesInEngland(application: NpqApplication, cohort: NpqCohort): boolean {
  if (application.teacherCatchment === "england") {
    return true;
  }
  return cohort.startYear < DELIVERY_PARTNER_REQUIRED_FROM && (application.schoolUrn?.startsWith("1") ?? false);
}

/** A delivery partner the lead provider works with in the cohort. */
function isNpqConfirmedDeliveryPartner(
  world: NpqWorld,
  leadProviderId: string,
  cohortId: string,
  deliveryPartnerId: string,
): boolean {
  return npqLookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId).some(
    (partnership) => partnership.deliveryPartnerId === deliveryPartnerId && partnership.cohortId === cohortId,
  );
}

export interface DeliveryPartnerChoice {
  readonly leadProviderId: string;
  readonly application: NpqApplication;
  readonly cohort: NpqCohort;
  readonly deliveryPartnerId: string | null;
  readonly secondaryDeliveryPartnerId: string | null;
}

/** The messages of the checks, by what they check: the same texts under each operation's own numbers. */
export interface DeliveryPartnerMessages {
  /** Only a declaration being made has the cohort-dependent presence check; change delivery partner has its own. */
  readonly required?: RuleMessage;
  readonly overseas: RuleMessage;
  readonly notConfirmed: RuleMessage;
  readonly secondaryWithoutPrimary: RuleMessage;
  readonly secondaryOverseas: RuleMessage;
  readonly secondaryNotConfirmed: RuleMessage;
  readonly secondarySameAsPrimary: RuleMessage;
}

export function checkNpqDeliveryPartners(
  world: NpqWorld,
  choice: DeliveryPartnerChoice,
  errors: ValidationErrors,
  messages: DeliveryPartnerMessages,
): void {
  const { leadProviderId, application, cohort, deliveryPartnerId, secondaryDeliveryPartnerId } = choice;
  const inEngland = npqTeachesInEngland(application, cohort);
  const confirmed = (id: string) => isNpqConfirmedDeliveryPartner(world, leadProviderId, cohort.id, id);
  const required = messages.required;
  const presence: [boolean, RuleMessage][] =
    required === undefined
      ? []
      : [[deliveryPartnerId === null && cohort.startYear >= DELIVERY_PARTNER_REQUIRED_FROM && inEngland, required]];
  const checks: readonly [boolean, RuleMessage][] = [
    ...presence,
    [deliveryPartnerId !== null && !inEngland, messages.overseas],
    [deliveryPartnerId !== null && inEngland && !confirmed(deliveryPartnerId), messages.notConfirmed],
    [secondaryDeliveryPartnerId !== null && deliveryPartnerId === null, messages.secondaryWithoutPrimary],
    [secondaryDeliveryPartnerId !== null && !inEngland, messages.secondaryOverseas],
    [
      secondaryDeliveryPartnerId !== null && inEngland && !confirmed(secondaryDeliveryPartnerId),
      messages.secondaryNotConfirmed,
    ],
    [
      secondaryDeliveryPartnerId !== null && secondaryDeliveryPartnerId === deliveryPartnerId,
      messages.secondarySameAsPrimary,
    ],
  ];
  for (const [failed, message] of checks) {
    // Guarded: each runs only while no earlier check failed.
    if (errors.isEmpty && failed) {
      errors.add(message.title, message.detail);
    }
  }
}
