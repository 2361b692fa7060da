/** Messages of POST /partnerships and PUT /partnerships/{id} (ECF rules §7), as the client sees them. */
export const PARTNERSHIP_MESSAGES = {
  enterCohort: "Enter a '#/cohort'.",
  enterSchoolId: "Enter a '#/school_id'.",
  enterDeliveryPartnerId: "Enter a '#/delivery_partner_id'.",
  invalidCohort: "The '#/cohort' you have entered is invalid. Check cohort details and try again.",
  futureCohort: "You cannot create a partnership for a future cohort.",
  closedCohort: "You cannot create this partnership as the cohort is closed.",
  invalidSchool:
    "The '#/school_id' you have entered is invalid. Check school details and try again. Contact the DfE for support if you are unable to find the '#/school_id'.",
  schoolIneligible:
    "The school you have entered is currently ineligible for DfE funding. Contact the school for more information.",
  invalidDeliveryPartner:
    "The '#/delivery_partner_id' you have entered is invalid. Check delivery partner details and try again.",
  deliveryPartnerNotWorkingWithYou:
    "The entered delivery partner is not recognised to be working in partnership with you for the given cohort. Contact the DfE for more information.",
  alreadyInPartnership: "You are already in a confirmed partnership with this school for the entered cohort.",
  schoolLedOnly: "This school has only registered school-led participants. Contact the school for more information.",
  alreadyWithDeliveryPartner:
    "We are unable to process this request. You are already confirmed to be in partnership with the entered delivery partner. Contact the DfE for support.",
} as const;
