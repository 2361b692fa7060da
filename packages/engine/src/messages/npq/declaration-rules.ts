/**
 * The numbered rules of the NPQ declaration actions (NPQ rules §5): POST /participant-declarations (NPQ declaration
 * rules 1-27), PUT /participant-declarations/{id}/void and PUT .../change-delivery-partner, keyed by the rule numbers
 * of `spec/npq-v3.yaml`. Several checks are the declaration's own, so create and change-delivery-partner share them.
 */
import type { Instant } from "../../time/instant.ts";
import { formatApiDateTime } from "../../time/rfc3339.ts";
import { messageWith } from "../rule-message.ts";
import { participantIdChangedMessage } from "./requests.ts";
import { NPQ_TITLES } from "./titles.ts";

const {
  application,
  base,
  cohort,
  courseIdentifier,
  declaration,
  declarationDate,
  declarationType,
  deliveryPartner,
  deliveryPartnerId,
  hasPassed,
  participantId,
  secondaryDeliveryPartner,
  secondaryDeliveryPartnerId,
} = NPQ_TITLES;

const contractEndedTemplate =
  "You cannot submit or void declarations for the {year} cohort. The funding contract for this cohort has ended. Get in touch if you need to discuss this with us.";

/** The same message whether a declaration is made or voided; only the title differs. */
function contractEnded(title: string) {
  return messageWith(title, contractEndedTemplate, "{year}", (startYear: number) => String(startYear));
}

const deliveryPartnerRequired = {
  title: deliveryPartnerId,
  detail: "The property '#/delivery_partner_id' must be present",
} as const;
const deliveryPartnerOverseas = {
  title: deliveryPartnerId,
  detail: "The property '#/delivery_partner_id' cannot be specified for Applications from outside of England",
} as const;
const deliveryPartnerNotConfirmedDetail =
  "The entered '#/delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort";
const secondaryNotConfirmedDetail =
  "The entered '#/secondary_delivery_partner_id' is not from your list of confirmed Delivery Partners for the Cohort";
const deliveryPartnerNotConfirmed = { title: deliveryPartnerId, detail: deliveryPartnerNotConfirmedDetail } as const;
const secondaryWithoutPrimary = {
  title: secondaryDeliveryPartnerId,
  detail:
    "The property '#/secondary_delivery_partner_id' cannot be specified without the property '#/delivery_partner_id'",
} as const;
const secondaryOverseas = {
  title: secondaryDeliveryPartnerId,
  detail: "The property '#/secondary_delivery_partner_id' cannot be specified for Applications from outside of England",
} as const;
const secondaryNotConfirmed = { title: secondaryDeliveryPartnerId, detail: secondaryNotConfirmedDetail } as const;
const secondarySameAsPrimary = {
  title: secondaryDeliveryPartnerId,
  detail:
    "The property '#/secondary_delivery_partner_id' cannot have the same value as the property '#/delivery_partner_id'",
} as const;

export const NPQ_DECLARATION_RULE_MESSAGES = {
  1: { title: participantId, detail: "The property '#/participant_id' must be present" },
  2: participantIdChangedMessage(participantId),
  3: {
    title: participantId,
    detail:
      "Your update cannot be made as the '#/participant_id' is not recognised. Check participant details and try again.",
  },
  4: messageWith(
    participantId,
    "This participant withdrew from this course on {withdrawn_at}. Enter a '#/declaration_date' that's on or before the withdrawal date.",
    "{withdrawn_at}",
    (withdrawnAt: Instant) => formatApiDateTime(withdrawnAt),
  ),
  5: {
    title: courseIdentifier,
    detail:
      "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
  },
  6: { title: declarationDate, detail: "Enter a valid RFC3339 '#/declaration_date'." },
  7: { title: declarationDate, detail: "Enter a '#/declaration_date' that's on or after the schedule start." },
  8: { title: declarationDate, detail: "Enter a '#/declaration_date'." },
  9: { title: declarationType, detail: "Enter a '#/declaration_type'." },
  10: { title: declarationType, detail: "The entered '#/declaration_type' is not recognised." },
  11: { title: application, detail: "The application is missing a schedule." },
  12: { title: declarationType, detail: "The property '#/declaration_type' does not exist for this schedule." },
  13: {
    title: cohort,
    detail:
      "You cannot submit a declaration for this participant as you do not have a contract for the cohort and course. Contact the DfE for assistance.",
  },
  14: contractEnded(cohort),
  15: {
    title: hasPassed,
    detail:
      "Enter 'true' or 'false' in the '#/has_passed' field to indicate whether this participant has passed or failed their course.",
  },
  16: {
    title: base,
    detail: "A declaration has already been submitted that will be, or has been, paid for this event",
  },
  17: { title: deliveryPartnerId, detail: "The property '#/delivery_partner_id' does not exist" },
  18: { title: secondaryDeliveryPartnerId, detail: "The property '#/secondary_delivery_partner_id' does not exist" },
  19: {
    title: declarationDate,
    detail: "The '#/declaration_date' value cannot be a future date. Check the date and try again.",
  },
  20: deliveryPartnerRequired,
  21: deliveryPartnerOverseas,
  22: deliveryPartnerNotConfirmed,
  23: secondaryWithoutPrimary,
  24: secondaryOverseas,
  25: secondaryNotConfirmed,
  26: secondarySameAsPrimary,
  /** Pre-empted by rule 16 through the API; `{state}` is the blocking declaration's state, as stored. */
  27: messageWith(
    base,
    "There is already a declaration with state {state} for this application",
    "{state}",
    (state: string) => state,
  ),
} as const;

export const NPQ_VOID_RULE_MESSAGES = {
  1: { title: declaration, detail: "This declaration has already been voided." },
  /** "will or has been be refunded" is the service's wording. */
  2: { title: declaration, detail: "The declaration will or has been be refunded." },
  3: contractEnded(declaration),
  /** Guarded by the service but not reachable: a declaration on the clawback path that is not paid has a refund. */
  4: { title: declaration, detail: "The declaration must be paid before it can be clawed back." },
} as const;

export const NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES = {
  1: { title: deliveryPartner, detail: deliveryPartnerNotConfirmedDetail },
  2: { title: secondaryDeliveryPartner, detail: secondaryNotConfirmedDetail },
  3: deliveryPartnerOverseas,
  4: deliveryPartnerNotConfirmed,
  5: secondaryWithoutPrimary,
  6: secondaryOverseas,
  7: secondaryNotConfirmed,
  8: secondarySameAsPrimary,
  9: deliveryPartnerRequired,
} as const;
