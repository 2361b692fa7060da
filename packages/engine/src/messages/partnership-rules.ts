/**
 * The numbered rules of POST /partnerships (partnership create rules 1-12, ECF rules §7.1) and PUT /partnerships/{id}
 * (partnership update rules 1-4, ECF rules §7.2), as the client sees them.
 */
import { TITLES } from "./titles.ts";

const { cohort, schoolId, deliveryPartnerId } = TITLES;

export const PARTNERSHIP_CREATE_RULE_MESSAGES = {
  1: { title: cohort, detail: "Enter a '#/cohort'." },
  2: { title: schoolId, detail: "Enter a '#/school_id'." },
  3: { title: deliveryPartnerId, detail: "Enter a '#/delivery_partner_id'." },
  4: { title: cohort, detail: "The '#/cohort' you have entered is invalid. Check cohort details and try again." },
  5: { title: cohort, detail: "You cannot create a partnership for a future cohort." },
  6: { title: cohort, detail: "You cannot create this partnership as the cohort is closed." },
  7: {
    title: schoolId,
    detail:
      "The '#/school_id' you have entered is invalid. Check school details and try again. Contact the DfE for support if you are unable to find the '#/school_id'.",
  },
  8: {
    title: schoolId,
    detail:
      "The school you have entered is currently ineligible for DfE funding. Contact the school for more information.",
  },
  9: {
    title: deliveryPartnerId,
    detail: "The '#/delivery_partner_id' you have entered is invalid. Check delivery partner details and try again.",
  },
  10: {
    title: deliveryPartnerId,
    detail:
      "The entered delivery partner is not recognised to be working in partnership with you for the given cohort. Contact the DfE for more information.",
  },
  11: {
    title: schoolId,
    detail: "You are already in a confirmed partnership with this school for the entered cohort.",
  },
  12: {
    title: schoolId,
    detail: "This school has only registered school-led participants. Contact the school for more information.",
  },
} as const;

export const PARTNERSHIP_UPDATE_RULE_MESSAGES = {
  1: PARTNERSHIP_CREATE_RULE_MESSAGES[3],
  2: PARTNERSHIP_CREATE_RULE_MESSAGES[9],
  3: PARTNERSHIP_CREATE_RULE_MESSAGES[10],
  4: {
    title: deliveryPartnerId,
    detail:
      "We are unable to process this request. You are already confirmed to be in partnership with the entered delivery partner. Contact the DfE for support.",
  },
} as const;
