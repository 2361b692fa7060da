/**
 * @module
 * The spec's types and enum values under the names users look for. `paths`, `components` and `operations` are
 * openapi-typescript's full description; the aliases below are what an integration handles day to day.
 */
export type {
  Cohort,
  CourseIdentifier,
  components,
  DeclarationState,
  DeclarationType,
  DeferralReason,
  DeliveryPartner,
  ErrorEntry,
  ErrorResponse,
  EvidenceHeld,
  operations,
  Participant,
  ParticipantChangeScheduleRequest,
  ParticipantDeclaration,
  ParticipantDeclarationCreateRequest,
  ParticipantDeferRequest,
  ParticipantEnrolment,
  ParticipantResumeRequest,
  ParticipantStatus,
  ParticipantTransfer,
  ParticipantWithdrawRequest,
  Partnership,
  PartnershipCreateRequest,
  PartnershipUpdateRequest,
  paths,
  ScheduleIdentifier,
  School,
  Statement,
  TrainingStatus,
  UnauthorizedResponse,
  UnfundedMentor,
  WithdrawalReason,
} from "./generated/ecf-v3.ts";
