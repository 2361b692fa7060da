/**
 * @module
 * `@lpkit/engine`: the rules of DfE's Lead Provider APIs as a pure, deterministic engine. A `World` holds the
 * service's state; `execute` applies a command to it (checked in full, then applied, or refused with nothing
 * changed); the queries and views read it as the API shows it; the payment calculator turns counts and contract terms
 * into a statement's money.
 *
 * This list is the package's public surface, chosen name by name (`docs/decisions/engine-public-surface.md`).
 * Everything else is the engine's own business: the row writes that skip `execute`'s checks are exported nowhere,
 * and what only the sandbox needs to host a world is in `@lpkit/engine/internal`, with no stability promise.
 * To add a name, put it in its group below and in the same group of `PUBLIC_SURFACE` in
 * `test/public-surface.test.ts`.
 */
// biome-ignore-all assist/source/organizeImports: grouped by topic, in the order the engine's README tells them

// The world: all state, as plain JSON-serialisable tables.
export { type CreateWorldOptions, createWorld, type World } from "./model/world.ts";

// Commands: every change to the world, as plain data run by `execute`.
export { type Command, type CommandOf, type CommandType, type CommandValue, execute } from "./commands/index.ts";
export type { CommandContext } from "./commands/context.ts";
export type { ParticipantActionResult } from "./commands/participant-action-result.ts";

// Outcomes: what a command or a lookup returns; failures carry the API's status and error list.
export type { ApiError, Failure, FailureStatus, Outcome, Rejection, Success } from "./result.ts";

// Stored rows: the tables' row types as commands return them, and the values of their status fields.
export type { Cohort } from "./model/cohort.ts";
export type { Contract, ContractType } from "./model/contract.ts";
export {
  CLAWBACK_STATUSES,
  type ClawbackStatus,
  DECLARATION_STATE_STATUSES,
  DECLARATION_STATES,
  type Declaration,
  type DeclarationState,
  type DeclarationStatuses,
  declarationState,
  PAYMENT_STATUSES,
  type PaymentStatus,
} from "./model/declaration.ts";
export type { DeclarationStateChange } from "./model/declaration-state-change.ts";
export { declarationStateHistory } from "./queries/declaration-state-history.ts";
export type { DeliveryPartner, DeliveryPartnership } from "./model/delivery-partner.ts";
export type { LeadProvider } from "./model/lead-provider.ts";
export type { MentorshipPeriod } from "./model/mentorship-period.ts";
export type { StoredRecord } from "./model/record.ts";
export type { Milestone, Schedule } from "./model/schedule.ts";
export {
  INDUCTION_PROGRAMME_CHOICES,
  type InductionProgrammeChoice,
  type InductionTutor,
  type School,
  type SchoolCohortDetails,
  type SchoolFundingEligibility,
} from "./model/school.ts";
export type { SchoolPartnership } from "./model/school-partnership.ts";
export { type SchoolPeriod, WORKING_PATTERNS, type WorkingPattern } from "./model/school-period.ts";
export type { SchoolTransfer } from "./model/school-transfer.ts";
export {
  FEE_TYPES,
  type FeeType,
  STATEMENT_STATUSES,
  type Statement,
  type StatementStatus,
} from "./model/statement.ts";
export type { Induction, ParticipantIdChange, RoleFunding, Teacher } from "./model/teacher.ts";
export type {
  Deferral,
  ExpressionOfInterest,
  TrainingPeriod,
  TrainingProgramme,
  Withdrawal,
} from "./model/training-period.ts";
export { PARTICIPANT_STATUSES, type ParticipantStatus } from "./rules/participant-status.ts";
export { TRAINING_STATUSES, type TrainingStatus } from "./rules/training-periods.ts";
export type { TransferStatus, TransferType } from "./rules/school-transfers.ts";

// State machines: the legal moves of a declaration's state, a statement's status and a training status, as data.
export { type Machine, type Transition, transition } from "./machines/machine.ts";
export { machineTable } from "./machines/machine-table.ts";
export { DECLARATION_EVENTS, type DeclarationEvent, declarationMachine } from "./machines/declaration-machine.ts";
export {
  NPQ_DECLARATION_EVENTS,
  type NpqDeclarationEvent,
  npqDeclarationMachine,
} from "./machines/npq-declaration-machine.ts";
export { STATEMENT_EVENTS, type StatementEvent, statementMachine } from "./machines/statement-machine.ts";
export {
  TRAINING_STATUS_EVENTS,
  type TrainingStatusEvent,
  trainingStatusMachine,
} from "./machines/training-status-machine.ts";

// Reference data: the service's fixed lists (cohorts, courses, declaration and evidence types, reasons, schedules).
export { COHORT_YEARS, COHORTS, type CohortDefinition, type CohortYear } from "./reference/cohorts.ts";
export {
  COURSE_IDENTIFIERS,
  type CourseIdentifier,
  courseOfRole,
  ROLES,
  type Role,
  roleOfCourse,
} from "./reference/courses.ts";
export { DECLARATION_TYPES, type DeclarationType } from "./reference/declaration-types.ts";
export { EVIDENCE_TYPES, type EvidenceRule, type EvidenceType, evidenceRule } from "./reference/evidence.ts";
export { LEAD_PROVIDERS, type LeadProviderDefinition } from "./reference/lead-providers.ts";
export {
  DEFERRAL_REASONS,
  type DeferralReason,
  MENTOR_INELIGIBILITY_REASONS,
  type MentorIneligibilityReason,
  WITHDRAWAL_REASONS,
  type WithdrawalReason,
} from "./reference/reasons.ts";
export {
  type MilestoneDefinition,
  SCHEDULE_IDENTIFIERS,
  type ScheduleDefinition,
  type ScheduleIdentifier,
} from "./reference/schedules.ts";

// Rules a provider's own code may ask: which declaration types a participant's role accepts in a cohort.
export { acceptsDeclarationType } from "./rules/mentor-declaration-types.ts";

// Queries: the read endpoints, each scoped to one lead provider, and DfE's own reads of statements.
export { type DeclarationFilter, listDeclarations, showDeclaration } from "./queries/declarations.ts";
export { type DeliveryPartnerFilter, listDeliveryPartners, showDeliveryPartner } from "./queries/delivery-partners.ts";
export { type FinanceStatementFilter, listFinanceStatements } from "./queries/finance-statements.ts";
export type { ListQuery, UpdatedSinceFilter } from "./queries/list-query.ts";
export type { PageRequest } from "./queries/pagination.ts";
export { listParticipants, type ParticipantFilter, showParticipant } from "./queries/participants.ts";
export { listPartnerships, type PartnershipFilter, showPartnership } from "./queries/partnerships.ts";
export { listSchools, type SchoolFilter, showSchool } from "./queries/schools.ts";
export { type StatementPayments, statementDeclarationRow, statementPayments } from "./queries/statement-payments.ts";
export { listStatements, type StatementFilter, showStatement } from "./queries/statements.ts";
export { listTransfers, showTransfers, type TransferFilter } from "./queries/transfers.ts";
export { listUnfundedMentors, showUnfundedMentor, type UnfundedMentorFilter } from "./queries/unfunded-mentors.ts";

// Views: stored rows rendered as the API's resources.
export { type DeclarationAttributes, type DeclarationResource, declarationView } from "./views/declaration.ts";
export {
  type DeliveryPartnerAttributes,
  type DeliveryPartnerResource,
  deliveryPartnerView,
} from "./views/delivery-partner.ts";
export {
  type DeferralAttributes,
  type EnrolmentAttributes,
  type ParticipantAttributes,
  type ParticipantIdChangeAttributes,
  type ParticipantResource,
  participantView,
  type WithdrawalAttributes,
} from "./views/participant.ts";
export { type PartnershipAttributes, type PartnershipResource, partnershipView } from "./views/partnership.ts";
export type { Resource } from "./views/resource.ts";
export { type SchoolAttributes, type SchoolResource, schoolView } from "./views/school.ts";
export { type StatementAttributes, type StatementResource, statementView } from "./views/statement.ts";
export {
  type ParticipantTransferAttributes,
  type ParticipantTransferResource,
  participantTransferView,
  type TransferAttributes,
  type TransferSideAttributes,
} from "./views/transfer.ts";
export {
  type UnfundedMentorAttributes,
  type UnfundedMentorResource,
  unfundedMentorView,
} from "./views/unfunded-mentor.ts";

// Messages: the service's error titles and details, byte for byte as clients see them.
export { DECLARATION_RULE_MESSAGES, VOID_RULE_MESSAGES } from "./messages/declaration-rules.ts";
export { FINANCE_MESSAGES } from "./messages/finance.ts";
export type { StatementAdjustment } from "./model/statement-adjustment.ts";
export {
  FIXTURE_MESSAGES,
  ID_CHANGE_MESSAGES,
  LEAD_PROVIDER_CHANGE_MESSAGES,
  TRANSFER_MESSAGES,
} from "./messages/fixtures.ts";
export {
  CHANGE_SCHEDULE_RULE_MESSAGES,
  COURSE_RULE_MESSAGES,
  DEFER_RULE_MESSAGES,
  RESUME_RULE_MESSAGES,
  WITHDRAW_RULE_MESSAGES,
} from "./messages/participant-action-rules.ts";
export { PARTNERSHIP_CREATE_RULE_MESSAGES, PARTNERSHIP_UPDATE_RULE_MESSAGES } from "./messages/partnership-rules.ts";
export { REQUEST_MESSAGES } from "./messages/requests.ts";
export { TITLES } from "./messages/titles.ts";
export { quotedDetail, type RuleMessage, type RuleMessages, type RuleMessageWith } from "./messages/rule-message.ts";
export { RULE_MESSAGES_BY_OPERATION } from "./messages/rule-messages-by-operation.ts";
// NPQ messages: the NPQ service's own titles, request messages and numbered rule tables (NPQ rules §1.4).
export {
  NPQ_ACCEPT_RULE_MESSAGES,
  NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES,
  NPQ_REJECT_RULE_MESSAGES,
} from "./messages/npq/application-rules.ts";
export {
  NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES,
  NPQ_DECLARATION_RULE_MESSAGES,
  NPQ_VOID_RULE_MESSAGES,
} from "./messages/npq/declaration-rules.ts";
export { NPQ_OUTCOME_RULE_MESSAGES } from "./messages/npq/outcome-rules.ts";
export {
  NPQ_CHANGE_SCHEDULE_RULE_MESSAGES,
  NPQ_DEFER_RULE_MESSAGES,
  NPQ_RESUME_RULE_MESSAGES,
  NPQ_WITHDRAW_RULE_MESSAGES,
} from "./messages/npq/participant-action-rules.ts";
export {
  NPQ_PARTICIPANT_ID_CHANGED,
  NPQ_REQUEST_MESSAGES,
  type ParticipantIdChangeIds,
} from "./messages/npq/requests.ts";
export { NPQ_RULE_MESSAGES_BY_OPERATION } from "./messages/npq/rule-messages-by-operation.ts";
export { NPQ_TITLES } from "./messages/npq/titles.ts";

// Payments: a statement's money from contract terms and counts, independent of the world; its breakdown and CSV.
export { calculateStatement } from "./payments/calculate-statement.ts";
export {
  type BandedFeeTerms,
  type BandTerms,
  type ContractTerms,
  firstCohortWithMentorFlatRate,
  lastCohortWithUpliftFees,
  type MentorFlatRateTerms,
} from "./payments/ecf/contract-terms.ts";
export {
  type CountStatementDeclarationsOptions,
  countStatementDeclarations,
  previousStatementIds,
} from "./payments/ecf/count-statement-declarations.ts";
export {
  type EcfPaymentDeclarationType,
  ecfPaymentDeclarationTypes,
  type MentorFlatRateDeclarationType,
  mentorFlatRateDeclarationTypes,
} from "./payments/ecf/declaration-types.ts";
export { type ContractTermsOptions, defaultContractTerms } from "./payments/ecf/default-contract-terms.ts";
export { ecfStatementInput } from "./payments/ecf/ecf-statement-input.ts";
export { readContractTerms } from "./payments/ecf/read-contract-terms.ts";
export { numberOfServiceFeePayments } from "./payments/ecf/service-fee.ts";
export type {
  BandedDeclarationCounts,
  FlatRateDeclarationCounts,
  StatementCounts,
  UpliftCounts,
} from "./payments/ecf/statement-counts.ts";
export type { PaymentDeclarationState, StatementDeclarationRow } from "./payments/ecf/statement-declaration-row.ts";
export {
  type CountedAs,
  type StatementDeclarationsCsvOptions,
  statementDeclarationsCsv,
  statementDeclarationsCsvHeader,
} from "./payments/ecf/statement-declarations-csv.ts";
export type { StatementInputError } from "./payments/input/field-reader.ts";
export { displayPounds, type PoundsString } from "./payments/money.ts";
export { renderStatementBreakdown } from "./payments/render-statement-breakdown.ts";
export type {
  BandedDeclarationRow,
  BandedDeclarationTypeCalculation,
  BandSummary,
  EcfBandedCalculation,
  EcfMentorFlatRateCalculation,
  FeeStructureCalculation,
  FlatRateDeclarationTypeCalculation,
  ServiceFeeCalculation,
  StatementCalculation,
  StatementCalculationOutcome,
  StatementTotals,
  UpliftCalculation,
} from "./payments/statement-calculation.ts";
export type {
  AdjustmentInput,
  EcfBandedFeeStructureInput,
  EcfMentorFlatRateFeeStructureInput,
  FeeStructureInput,
  FeeStructureModel,
  StatementCalculationInput,
} from "./payments/statement-input.ts";
export { defaultVatRate, type VatTerms } from "./payments/vat.ts";
// NPQ payments (payment rules §6): per course contract, no bands, no VAT; the same `calculateStatement`,
// `renderStatementBreakdown` and `statementDeclarationsCsv` take them.
export {
  defaultTargetedDeliveryFundingPerParticipant,
  firstTargetedDeliveryFundingCohort,
  lastTargetedDeliveryFundingStatementMonth,
  type NpqCourseGroupTerms,
  type NpqCourseTerms,
  npqCourseGroupTerms,
  npqDefaultCourseTerms,
  npqTargetedDeliveryFundingApplies,
} from "./payments/npq/contract-terms.ts";
export { countNpqStatementDeclarations } from "./payments/npq/count-statement-declarations.ts";
export {
  type NpqCourseContract,
  type NpqStatementInputOptions,
  npqStatementInput,
} from "./payments/npq/npq-statement-input.ts";
export type {
  NpqCourseCounts,
  NpqDeclarationCounts,
  NpqStatementCounts,
  NpqTargetedDeliveryFundingCounts,
} from "./payments/npq/statement-counts.ts";
export type { NpqStatementDeclarationRow } from "./payments/npq/statement-declaration-row.ts";
export {
  type NpqCountedAs,
  type NpqStatementDeclarationsCsvOptions,
  npqStatementDeclarationsCsvHeader,
} from "./payments/npq/statement-declarations-csv.ts";
export {
  isNpqStatementCalculation,
  type NpqCourseCalculation,
  type NpqDeclarationTypeCalculation,
  type NpqServiceFeeCalculation,
  type NpqStatementCalculation,
  type NpqStatementTotals,
  type NpqTargetedDeliveryFundingCalculation,
} from "./payments/statement-calculation.ts";
export type { NpqCourseFeeStructureInput, NpqStatementCalculationInput } from "./payments/statement-input.ts";

// Forecast: each ECF statement's money from the Lead Provider API's own responses and a contract terms file.
export type { ApiDeclaration, ApiStatement } from "./forecast/api-resources.ts";
export type {
  ForecastContract,
  ForecastContractFile,
  NpqCohortTerms,
  NpqForecastCohortContract,
} from "./forecast/forecast-contract.ts";
export {
  type ForecastStatementsInput,
  forecastStatements,
  type ServiceFeeStatementForecast,
  type StatementForecast,
  type StatementsForecast,
} from "./forecast/forecast-statements.ts";
export { readForecastContract } from "./forecast/read-forecast-contract.ts";
export type { UndeterminedFigure } from "./forecast/undetermined-figures.ts";
// Forecast: each NPQ statement's money from the NPQ API's own responses and the same file's NPQ contracts.
export type { ApiNpqApplication, ApiNpqDeclaration, ApiNpqStatement } from "./forecast/npq/npq-api-resources.ts";
export {
  type ForecastNpqStatementsInput,
  forecastNpqStatements,
  type NpqServiceFeeStatementForecast,
  type NpqStatementAwaitingCohort,
  type NpqStatementForecast,
  type NpqStatementsForecast,
} from "./forecast/npq/forecast-npq-statements.ts";

// Time: instants are ISO strings, days are London calendar dates; what a caller needs to pass and show them.
export type { CalendarDate } from "./time/calendar-date.ts";
export type { Instant } from "./time/instant.ts";
export { londonToday } from "./time/london.ts";
export { formatApiDateTime } from "./time/rfc3339.ts";

// NPQ: the NPQ service beside the ECF one (docs/decisions/engine-npq-domain.md): its own world, commands and rows,
// the same `CommandContext`, `Outcome`, machines and list layer.
export { type CreateNpqWorldOptions, createNpqWorld, type NpqWorld } from "./npq/model/world.ts";
export {
  executeNpq,
  type NpqCommand,
  type NpqCommandOf,
  type NpqCommandType,
  type NpqCommandValue,
} from "./npq/commands/index.ts";
export {
  NPQ_APPLICATION_STATUSES,
  NPQ_REJECTION_REASONS,
  NPQ_TEACHER_CATCHMENTS,
  NPQ_TRAINING_STATUSES,
  type NpqApplication,
  type NpqApplicationDetails,
  type NpqApplicationState,
  type NpqApplicationStatus,
  type NpqRejectionReason,
  type NpqTeacherCatchment,
  type NpqTrainingStatus,
} from "./npq/model/application.ts";
export type { NpqCohort } from "./npq/model/cohort.ts";
export type { NpqContract } from "./npq/model/contract.ts";
export { NPQ_DECLARATION_STATES, type NpqDeclaration, type NpqDeclarationState } from "./npq/model/declaration.ts";
export type { NpqDeclarationStateChange } from "./npq/model/declaration-state-change.ts";
export { npqDeclarationStateHistory } from "./npq/queries/declaration-state-history.ts";
export type { NpqDeliveryPartner, NpqDeliveryPartnership } from "./npq/model/delivery-partner.ts";
export type { NpqLeadProvider } from "./npq/model/lead-provider.ts";
export { NPQ_OUTCOME_STATES, type NpqOutcome, type NpqOutcomeState } from "./npq/model/outcome.ts";
export type { NpqParticipantIdChange } from "./npq/model/participant-id-change.ts";
export type { NpqSchedule } from "./npq/model/schedule.ts";
export type { NpqStatement } from "./npq/model/statement.ts";
export type { NpqUser } from "./npq/model/user.ts";
export {
  defaultNpqRegistrationStartDate,
  NPQ_COHORT_FUNDINGS,
  type NpqCohortDefinition,
  type NpqCohortFunding,
  type NpqCohortIdentifier,
  npqCohortIdentifier,
  parseNpqCohortIdentifier,
  seededNpqCohorts,
} from "./npq/reference/cohorts.ts";
export {
  isNpqCourseIdentifier,
  NPQ_COURSE_GROUPS,
  NPQ_COURSE_IDENTIFIERS,
  NPQ_COURSES,
  type NpqCourseGroup,
  type NpqCourseIdentifier,
  npqCourseGroupOf,
  npqCourseHasOutcomes,
  npqCoursesEquivalent,
  npqEquivalentCourses,
} from "./npq/reference/courses.ts";
export { NPQ_LEAD_PROVIDERS, type NpqLeadProviderDefinition } from "./npq/reference/lead-providers.ts";
export { npqContractedCourses } from "./npq/reference/contracted-courses.ts";
export type { NpqPersonDetails } from "./npq/commands/register-npq-application.ts";
export {
  NPQ_DEFERRAL_REASONS,
  NPQ_WITHDRAWAL_REASONS,
  type NpqDeferralReason,
  type NpqWithdrawalReason,
} from "./npq/reference/reasons.ts";
export {
  isNpqScheduleIdentifier,
  NPQ_DECLARATION_TYPES,
  NPQ_SCHEDULE_IDENTIFIERS,
  type NpqDeclarationType,
  type NpqScheduleIdentifier,
  npqAllowedDeclarationTypes,
  npqScheduleGroupOf,
  npqScheduleIdentifiersFor,
  npqScheduleStartDate,
} from "./npq/reference/schedules.ts";
export { currentNpqCohort } from "./npq/rules/current-cohort.ts";
export { defaultNpqSchedule } from "./npq/rules/default-schedule.ts";
export { npqEligibleForFunding, npqIneligibleForFundingReason } from "./npq/rules/funding.ts";
export { NPQ_FIXTURE_MESSAGES } from "./messages/npq/fixtures.ts";
export {
  listNpqApplications,
  type NpqApplicationsFilter,
  showNpqApplication,
} from "./npq/queries/applications.ts";
export {
  listNpqParticipants,
  type NpqParticipantIdChangedFailure,
  type NpqParticipantsFilter,
  showNpqParticipant,
} from "./npq/queries/participants.ts";
export { type NpqApplicationResource, npqApplicationView } from "./npq/views/application.ts";
export { type NpqParticipantResource, npqParticipantView } from "./npq/views/participant.ts";
export { listNpqDeclarations, type NpqDeclarationsFilter, showNpqDeclaration } from "./npq/queries/declarations.ts";
export { listNpqOutcomes, listNpqParticipantOutcomes, type NpqOutcomesFilter } from "./npq/queries/outcomes.ts";
export { type NpqDeclarationResource, npqDeclarationView } from "./npq/views/declaration.ts";
export { type NpqOutcomeResource, npqOutcomeView } from "./npq/views/outcome.ts";
export { listNpqStatements, type NpqStatementsFilter, showNpqStatement } from "./npq/queries/statements.ts";
export { type NpqStatementResource, npqStatementView } from "./npq/views/statement.ts";
export {
  listNpqDeliveryPartners,
  type NpqDeliveryPartnersFilter,
  showNpqDeliveryPartner,
} from "./npq/queries/delivery-partners.ts";
export { type NpqDeliveryPartnerResource, npqDeliveryPartnerView } from "./npq/views/delivery-partner.ts";
export { npqStatementDeclarationRow } from "./npq/views/statement-declaration-row.ts";
export { type NpqStatementPayments, npqStatementPayments } from "./npq/queries/statement-payments.ts";
