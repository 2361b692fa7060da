/**
 * @module
 * The control API's types, prefixed with `Sandbox` so that they never shadow the Lead Provider API's names
 * (`ErrorResponse`, `CourseIdentifier`, …).
 */
import type {
  DeliveryPartnerCreated,
  NpqDeliveryPartnerCreated,
  NpqParticipantIdChanged,
  SchoolCreated,
} from "../generated/sandbox-v1.ts";

export type {
  Clock as SandboxClockState,
  ClockUpdate as SandboxClockUpdate,
  components as SandboxComponents,
  DeliveryPartnerFixture as SandboxDeliveryPartnerFixture,
  Fault as SandboxFault,
  FaultRequest as SandboxFaultRequest,
  Health as SandboxHealth,
  LeadProvider as SandboxLeadProvider,
  LoggedBody as SandboxLoggedBody,
  NpqApplicationFixture as SandboxNpqApplicationFixture,
  NpqCohort as SandboxNpqCohort,
  NpqCohortFixture as SandboxNpqCohortFixture,
  NpqDeliveryPartnerFixture as SandboxNpqDeliveryPartnerFixture,
  NpqLeadProvider as SandboxNpqLeadProvider,
  NpqStatementCalculation as SandboxNpqStatementCalculation,
  NpqWorldFingerprint as SandboxNpqWorldFingerprint,
  operations as SandboxOperations,
  ParticipantFixture as SandboxParticipantFixture,
  paths as SandboxPaths,
  RequestLogEntry as SandboxRequestLogEntry,
  RequestSummary as SandboxRequestSummary,
  ResetRequest as SandboxResetRequest,
  Scenario as SandboxScenario,
  SchoolFixture as SandboxSchoolFixture,
  StatementAdjustment as SandboxStatementAdjustment,
  StatementAdjustmentRequest as SandboxStatementAdjustmentRequest,
  StatementBreakdown as SandboxStatementBreakdown,
  StatementCalculation as SandboxStatementCalculation,
  StatementFeeType as SandboxStatementFeeType,
  StatementStatus as SandboxStatementStatus,
  StatementSummary as SandboxStatementSummary,
  World as SandboxWorld,
  WorldSummary as SandboxWorldSummary,
} from "../generated/sandbox-v1.ts";

/** A school created with `POST /__sandbox/schools`. */
export type SandboxSchool = SchoolCreated["data"];

/** A delivery partner created with `POST /__sandbox/delivery-partners`. */
export type SandboxDeliveryPartner = DeliveryPartnerCreated["data"];

/** An NPQ delivery partner created with `POST /__sandbox/npq/delivery-partners`. */
export type SandboxNpqDeliveryPartner = NpqDeliveryPartnerCreated["data"];

/** A participant id change made with `POST /__sandbox/npq/participants/{id}/change-id`. */
export type SandboxNpqParticipantIdChange = NpqParticipantIdChanged["data"];
