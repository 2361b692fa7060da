/**
 * A declaration's own delivery partner checks (NPQ declaration rules 20-26), which change delivery partner runs again
 * with the new values (NPQ rules §5.5). They are the validations of the service's declaration record, which Rails runs
 * all together: none guards another, so a participant outside England with two delivery partners fails rules 21 and
 * 24 at once. Whether the group runs at all is the caller's business (creating runs it only while nothing failed).
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
  /** The delivery partners found (an id that names none is `null`, as the record's association reads it). */
  readonly deliveryPartnerId: string | null;
  readonly secondaryDeliveryPartnerId: string | null;
  /**
   * A stored declaration's current delivery partners: the record checks presence and the cohort only for a value
   * that changes. Absent for a new declaration, where every value is a change.
   */
  readonly stored?: { readonly deliveryPartnerId: string | null; readonly secondaryDeliveryPartnerId: string | null };
}

/** The messages of the checks, by what they check: the same texts under each operation's own numbers. */
export interface DeliveryPartnerMessages {
  /** From the 2024 cohort, for a participant teaching in England. */
  readonly required: RuleMessage;
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
  const { leadProviderId, application, cohort, deliveryPartnerId, secondaryDeliveryPartnerId, stored } = choice;
  const inEngland = npqTeachesInEngland(application, cohort);
  const confirmed = (id: string) => isNpqConfirmedDeliveryPartner(world, leadProviderId, cohort.id, id);
  const primaryChanged = stored === undefined || stored.deliveryPartnerId !== deliveryPartnerId;
  const secondaryChanged = stored === undefined || stored.secondaryDeliveryPartnerId !== secondaryDeliveryPartnerId;
  const checks: readonly [boolean, RuleMessage][] = [
    [
      primaryChanged && deliveryPartnerId === null && cohort.startYear >= DELIVERY_PARTNER_REQUIRED_FROM && inEngland,
      messages.required,
    ],
    [deliveryPartnerId !== null && !inEngland, messages.overseas],
    [deliveryPartnerId !== null && primaryChanged && !confirmed(deliveryPartnerId), messages.notConfirmed],
    [secondaryDeliveryPartnerId !== null && deliveryPartnerId === null, messages.secondaryWithoutPrimary],
    [secondaryDeliveryPartnerId !== null && deliveryPartnerId !== null && !inEngland, messages.secondaryOverseas],
    [
      secondaryDeliveryPartnerId !== null && secondaryChanged && !confirmed(secondaryDeliveryPartnerId),
      messages.secondaryNotConfirmed,
    ],
    [deliveryPartnerId !== null && secondaryDeliveryPartnerId === deliveryPartnerId, messages.secondarySameAsPrimary],
  ];
  for (const [failed, message] of checks) {
    if (failed) {
      errors.add(message.title, message.detail);
    }
  }
}
