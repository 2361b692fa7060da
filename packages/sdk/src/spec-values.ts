/**
 * @module
 * Every value of the spec's enums, as arrays generated from the spec (for select lists and run-time checks).
 */
export {
  courseIdentifierValues,
  declarationStateValues,
  declarationTypeValues,
  deferralReasonValues,
  evidenceHeldValues,
  participantStatusValues,
  scheduleIdentifierValues,
  trainingStatusValues,
  withdrawalReasonValues,
} from "./generated/ecf-v3.ts";
