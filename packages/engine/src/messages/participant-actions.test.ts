/**
 * The participant-action and partnership messages, spelled out once more as the spec's tables (ECF rules §6, §7) quote
 * them, so a typo in the constants cannot hide behind tests that import them.
 */
import { describe, expect, it } from "vitest";
import { PARTICIPANT_ACTION_MESSAGES } from "./participant-actions.ts";
import { PARTNERSHIP_MESSAGES } from "./partnerships.ts";

describe("the service's wording", () => {
  it("participant actions (section 6)", () => {
    expect(Object.values(PARTICIPANT_ACTION_MESSAGES).sort()).toEqual(
      [
        "Enter a '#/course_identifier'.",
        "The entered '#/course_identifier' is not recognised for the given participant. Check details and try again.",
        "Enter a '#/reason'.",
        "The entered '#/reason' is not recognised for the given participant. Check details and try again.",
        "The '#/participant_id' is already withdrawn.",
        "The '#/participant_id' is already deferred.",
        "You cannot withdraw #/participant_id. This is because they have not been training with you for at least one day.",
        "You cannot defer #/participant_id. This is because they have not been training with you for at least one day.",
        "You cannot defer or withdraw this participant today. You need to try again tomorrow as the training was recently changed for this participant.",
        "You cannot withdraw an ECT for this reason. The ECT is not a mentor.",
        "The '#/participant_id' is already active.",
        "This participant cannot be resumed because they are already active with another provider.",
        "You cannot resume a participant on the same day they were withdrawn or deferred. Resume them tomorrow or later.",
        "The participant is no longer at the school. Please contact the induction tutor to resolve.",
        "The property '#/schedule_identifier' must be present and correspond to a valid schedule.",
        "Enter a valid schedule identifier.",
        "Selected schedule is already on the profile",
        "Selected schedule is not valid for the course_identifier",
        "Mentors cannot be placed on a reduced schedule. Assign them to a different schedule.",
        "The change of schedule cannot be applied because a previous change of schedule and a declaration were made on the same day. Applying another change of schedule would invalidate existing declarations. Please contact DfE for assistance.",
        "You cannot change a participant to this contract_period as you do not have a partnership with the school for the contract_period. Contact the DfE for assistance.",
        "You cannot move a participant to a payments frozen cohort unless they previously belonged to that cohort.",
        "You cannot change this participant's schedule as they have completed their training or induction.",
        "You cannot change this participant's schedule. This is because the participant has a 'left' participant_status, so they are not training with you currently.",
        "Cannot perform actions on a withdrawn participant",
        "You cannot change this participant's schedule as they are due to start with another lead provider in the future.",
      ].sort(),
    );
  });

  it("partnerships (section 7)", () => {
    expect(Object.values(PARTNERSHIP_MESSAGES).sort()).toEqual(
      [
        "Enter a '#/cohort'.",
        "Enter a '#/school_id'.",
        "Enter a '#/delivery_partner_id'.",
        "The '#/cohort' you have entered is invalid. Check cohort details and try again.",
        "You cannot create a partnership for a future cohort.",
        "You cannot create this partnership as the cohort is closed.",
        "The '#/school_id' you have entered is invalid. Check school details and try again. Contact the DfE for support if you are unable to find the '#/school_id'.",
        "The school you have entered is currently ineligible for DfE funding. Contact the school for more information.",
        "The '#/delivery_partner_id' you have entered is invalid. Check delivery partner details and try again.",
        "The entered delivery partner is not recognised to be working in partnership with you for the given cohort. Contact the DfE for more information.",
        "You are already in a confirmed partnership with this school for the entered cohort.",
        "This school has only registered school-led participants. Contact the school for more information.",
        "We are unable to process this request. You are already confirmed to be in partnership with the entered delivery partner. Contact the DfE for support.",
      ].sort(),
    );
  });
});
