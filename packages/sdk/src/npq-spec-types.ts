/**
 * @module
 * The NPQ spec's types and enum values under `Npq` names. The NPQ API reuses names of the ECF API for different
 * shapes (`ParticipantDeclaration`, `Statement`, `CourseIdentifier`, …), so the SDK exports them with a prefix
 * that keeps both APIs' types importable side by side. The spec's own `Npq…` names are kept as they are.
 */
export type {
  ApplicationStatus as NpqApplicationStatus,
  CourseIdentifier as NpqCourseIdentifier,
  components as NpqComponents,
  DeclarationState as NpqDeclarationState,
  DeclarationType as NpqDeclarationType,
  DeferralReason as NpqDeferralReason,
  DeliveryPartner as NpqDeliveryPartner,
  FundingChoice as NpqFundingChoice,
  NpqApplication,
  NpqApplicationAcceptRequest,
  NpqApplicationChangeFundedPlaceRequest,
  NpqEnrolment,
  NpqOutcome,
  NpqOutcomeCreateRequest,
  NpqParticipant,
  OutcomeCourseIdentifier as NpqOutcomeCourseIdentifier,
  OutcomeState as NpqOutcomeState,
  operations as NpqOperations,
  ParticipantChangeScheduleRequest as NpqParticipantChangeScheduleRequest,
  ParticipantDeclaration as NpqParticipantDeclaration,
  ParticipantDeclarationChangeDeliveryPartnerRequest as NpqParticipantDeclarationChangeDeliveryPartnerRequest,
  ParticipantDeclarationCreateRequest as NpqParticipantDeclarationCreateRequest,
  ParticipantDeferRequest as NpqParticipantDeferRequest,
  ParticipantIdChange as NpqParticipantIdChange,
  ParticipantResumeRequest as NpqParticipantResumeRequest,
  ParticipantWithdrawRequest as NpqParticipantWithdrawRequest,
  paths as NpqPaths,
  ReasonForRejection as NpqReasonForRejection,
  ScheduleIdentifier as NpqScheduleIdentifier,
  Statement as NpqStatement,
  TrainingStatus as NpqTrainingStatus,
  WithdrawalReason as NpqWithdrawalReason,
} from "./generated/npq-v3.ts";
