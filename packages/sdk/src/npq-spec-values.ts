/**
 * @module
 * Every value of the NPQ spec's enums, as arrays generated from the spec, under `npq` names beside the ECF ones.
 */
export {
  applicationStatusValues as npqApplicationStatusValues,
  courseIdentifierValues as npqCourseIdentifierValues,
  declarationStateValues as npqDeclarationStateValues,
  declarationTypeValues as npqDeclarationTypeValues,
  deferralReasonValues as npqDeferralReasonValues,
  outcomeCourseIdentifierValues as npqOutcomeCourseIdentifierValues,
  outcomeStateValues as npqOutcomeStateValues,
  reasonForRejectionValues as npqReasonForRejectionValues,
  scheduleIdentifierValues as npqScheduleIdentifierValues,
  trainingStatusValues as npqTrainingStatusValues,
  withdrawalReasonValues as npqWithdrawalReasonValues,
} from "./generated/npq-v3.ts";
