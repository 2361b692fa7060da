/**
 * The engine's exports are a decision, not a side effect: this test fails when a name joins or leaves
 * `@lpkit/engine` or `@lpkit/engine/internal` without the lists below changing with it
 * (`docs/decisions/engine-public-surface.md`). The lists are grouped as the entry files are; `type X` is a type-only
 * export, which exists only for the compiler and so is read from the entry file's syntax.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };

const PUBLIC_SURFACE = [
  // The world
  "createWorld",
  "type CreateWorldOptions",
  "type World",
  // Commands
  "type Command",
  "type CommandContext",
  "type CommandOf",
  "type CommandType",
  "type CommandValue",
  "execute",
  "type ParticipantActionResult",
  // Outcomes
  "type ApiError",
  "type Failure",
  "type FailureStatus",
  "type Outcome",
  "type Rejection",
  "type Success",
  // Stored rows
  "CLAWBACK_STATUSES",
  "type ClawbackStatus",
  "type Cohort",
  "type Contract",
  "type ContractType",
  "type Declaration",
  "DECLARATION_STATE_STATUSES",
  "DECLARATION_STATES",
  "declarationState",
  "type DeclarationState",
  "type DeclarationStatuses",
  "type DeclarationStateChange",
  "declarationStateHistory",
  "type Deferral",
  "type DeliveryPartner",
  "type DeliveryPartnership",
  "type ExpressionOfInterest",
  "FEE_TYPES",
  "type FeeType",
  "type Induction",
  "INDUCTION_PROGRAMME_CHOICES",
  "type InductionProgrammeChoice",
  "type InductionTutor",
  "type LeadProvider",
  "type MentorshipPeriod",
  "type Milestone",
  "PARTICIPANT_STATUSES",
  "type ParticipantIdChange",
  "type ParticipantStatus",
  "PAYMENT_STATUSES",
  "type PaymentStatus",
  "type RoleFunding",
  "type Schedule",
  "type School",
  "type SchoolCohortDetails",
  "type SchoolFundingEligibility",
  "type SchoolPartnership",
  "type SchoolPeriod",
  "type SchoolTransfer",
  "type Statement",
  "STATEMENT_STATUSES",
  "type StatementStatus",
  "type StoredRecord",
  "type Teacher",
  "TRAINING_STATUSES",
  "type TrainingPeriod",
  "type TrainingProgramme",
  "type TrainingStatus",
  "type TransferStatus",
  "type TransferType",
  "type Withdrawal",
  "WORKING_PATTERNS",
  "type WorkingPattern",
  // State machines
  "DECLARATION_EVENTS",
  "type DeclarationEvent",
  "declarationMachine",
  "type Machine",
  "NPQ_DECLARATION_EVENTS",
  "type NpqDeclarationEvent",
  "npqDeclarationMachine",
  "machineTable",
  "STATEMENT_EVENTS",
  "type StatementEvent",
  "statementMachine",
  "TRAINING_STATUS_EVENTS",
  "type TrainingStatusEvent",
  "trainingStatusMachine",
  "type Transition",
  "transition",
  // Reference data
  "COHORT_YEARS",
  "type CohortDefinition",
  "COHORTS",
  "type CohortYear",
  "COURSE_IDENTIFIERS",
  "type CourseIdentifier",
  "courseOfRole",
  "DECLARATION_TYPES",
  "type DeclarationType",
  "DEFERRAL_REASONS",
  "type DeferralReason",
  "EVIDENCE_TYPES",
  "evidenceRule",
  "type EvidenceRule",
  "type EvidenceType",
  "LEAD_PROVIDERS",
  "type LeadProviderDefinition",
  "MENTOR_INELIGIBILITY_REASONS",
  "type MentorIneligibilityReason",
  "type MilestoneDefinition",
  "type Role",
  "roleOfCourse",
  "ROLES",
  "SCHEDULE_IDENTIFIERS",
  "type ScheduleDefinition",
  "type ScheduleIdentifier",
  "WITHDRAWAL_REASONS",
  "type WithdrawalReason",
  // Rules a provider's own code may ask
  "acceptsDeclarationType",
  // Queries
  "type DeclarationFilter",
  "type DeliveryPartnerFilter",
  "type FinanceStatementFilter",
  "listDeclarations",
  "listDeliveryPartners",
  "listFinanceStatements",
  "listParticipants",
  "listPartnerships",
  "type ListQuery",
  "listSchools",
  "listStatements",
  "listTransfers",
  "listUnfundedMentors",
  "type PageRequest",
  "type ParticipantFilter",
  "type PartnershipFilter",
  "type SchoolFilter",
  "showDeclaration",
  "showDeliveryPartner",
  "showParticipant",
  "showPartnership",
  "showSchool",
  "showStatement",
  "showTransfers",
  "showUnfundedMentor",
  "statementDeclarationRow",
  "type StatementFilter",
  "statementPayments",
  "type StatementPayments",
  "type TransferFilter",
  "type UnfundedMentorFilter",
  "type UpdatedSinceFilter",
  // Views
  "type DeclarationAttributes",
  "type DeclarationResource",
  "declarationView",
  "type DeferralAttributes",
  "type DeliveryPartnerAttributes",
  "type DeliveryPartnerResource",
  "deliveryPartnerView",
  "type EnrolmentAttributes",
  "type ParticipantAttributes",
  "type ParticipantIdChangeAttributes",
  "type ParticipantResource",
  "type ParticipantTransferAttributes",
  "type ParticipantTransferResource",
  "participantTransferView",
  "participantView",
  "type PartnershipAttributes",
  "type PartnershipResource",
  "partnershipView",
  "type Resource",
  "type SchoolAttributes",
  "type SchoolResource",
  "schoolView",
  "type StatementAttributes",
  "type StatementResource",
  "statementView",
  "type TransferAttributes",
  "type TransferSideAttributes",
  "type UnfundedMentorAttributes",
  "type UnfundedMentorResource",
  "unfundedMentorView",
  "type WithdrawalAttributes",
  // Messages
  "CHANGE_SCHEDULE_RULE_MESSAGES",
  "COURSE_RULE_MESSAGES",
  "DECLARATION_RULE_MESSAGES",
  "DEFER_RULE_MESSAGES",
  "FINANCE_MESSAGES",
  "FIXTURE_MESSAGES",
  "ID_CHANGE_MESSAGES",
  "LEAD_PROVIDER_CHANGE_MESSAGES",
  "NPQ_ACCEPT_RULE_MESSAGES",
  "NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES",
  "NPQ_CHANGE_FUNDED_PLACE_RULE_MESSAGES",
  "NPQ_CHANGE_SCHEDULE_RULE_MESSAGES",
  "NPQ_DECLARATION_RULE_MESSAGES",
  "NPQ_DEFER_RULE_MESSAGES",
  "NPQ_OUTCOME_RULE_MESSAGES",
  "NPQ_PARTICIPANT_ID_CHANGED",
  "NPQ_REJECT_RULE_MESSAGES",
  "NPQ_REQUEST_MESSAGES",
  "NPQ_RESUME_RULE_MESSAGES",
  "NPQ_RULE_MESSAGES_BY_OPERATION",
  "NPQ_TITLES",
  "NPQ_VOID_RULE_MESSAGES",
  "NPQ_WITHDRAW_RULE_MESSAGES",
  "type ParticipantIdChangeIds",
  "PARTNERSHIP_CREATE_RULE_MESSAGES",
  "PARTNERSHIP_UPDATE_RULE_MESSAGES",
  "quotedDetail",
  "REQUEST_MESSAGES",
  "RESUME_RULE_MESSAGES",
  "RULE_MESSAGES_BY_OPERATION",
  "type RuleMessage",
  "type RuleMessages",
  "type RuleMessageWith",
  "TITLES",
  "TRANSFER_MESSAGES",
  "VOID_RULE_MESSAGES",
  "WITHDRAW_RULE_MESSAGES",
  // Payments
  "type AdjustmentInput",
  "type BandedDeclarationCounts",
  "type BandedDeclarationRow",
  "type BandedDeclarationTypeCalculation",
  "type BandedFeeTerms",
  "type BandSummary",
  "type BandTerms",
  "calculateStatement",
  "type ContractTerms",
  "type ContractTermsOptions",
  "type CountedAs",
  "countStatementDeclarations",
  "type CountStatementDeclarationsOptions",
  "defaultContractTerms",
  "defaultVatRate",
  "displayPounds",
  "type EcfBandedCalculation",
  "type EcfBandedFeeStructureInput",
  "type EcfMentorFlatRateCalculation",
  "type EcfMentorFlatRateFeeStructureInput",
  "type EcfPaymentDeclarationType",
  "ecfPaymentDeclarationTypes",
  "ecfStatementInput",
  "type FeeStructureCalculation",
  "type FeeStructureInput",
  "type FeeStructureModel",
  "firstCohortWithMentorFlatRate",
  "type FlatRateDeclarationCounts",
  "type FlatRateDeclarationTypeCalculation",
  "lastCohortWithUpliftFees",
  "type MentorFlatRateDeclarationType",
  "mentorFlatRateDeclarationTypes",
  "type MentorFlatRateTerms",
  "numberOfServiceFeePayments",
  "type PaymentDeclarationState",
  "type PoundsString",
  "previousStatementIds",
  "readContractTerms",
  "renderStatementBreakdown",
  "type ServiceFeeCalculation",
  "type StatementCalculation",
  "type StatementCalculationInput",
  "type StatementCalculationOutcome",
  "type StatementCounts",
  "type StatementDeclarationRow",
  "statementDeclarationsCsv",
  "statementDeclarationsCsvHeader",
  "type StatementDeclarationsCsvOptions",
  "type StatementInputError",
  "type StatementTotals",
  "type UpliftCalculation",
  "type UpliftCounts",
  "type VatTerms",
  "countNpqStatementDeclarations",
  "defaultTargetedDeliveryFundingPerParticipant",
  "firstTargetedDeliveryFundingCohort",
  "isNpqStatementCalculation",
  "lastTargetedDeliveryFundingStatementMonth",
  "type NpqCountedAs",
  "type NpqCourseCalculation",
  "type NpqCourseContract",
  "type NpqCourseCounts",
  "type NpqCourseFeeStructureInput",
  "npqCourseGroupTerms",
  "npqDefaultCourseTerms",
  "type NpqCourseGroupTerms",
  "type NpqCourseTerms",
  "type NpqDeclarationCounts",
  "type NpqDeclarationTypeCalculation",
  "type NpqServiceFeeCalculation",
  "type NpqStatementCalculation",
  "type NpqStatementCalculationInput",
  "type NpqStatementCounts",
  "type NpqStatementDeclarationRow",
  "npqStatementDeclarationsCsvHeader",
  "type NpqStatementDeclarationsCsvOptions",
  "npqStatementInput",
  "type NpqStatementInputOptions",
  "type NpqStatementTotals",
  "type NpqTargetedDeliveryFundingCalculation",
  "type NpqTargetedDeliveryFundingCounts",
  "npqTargetedDeliveryFundingApplies",
  // Forecast
  "type ApiDeclaration",
  "type ApiStatement",
  "type ForecastContract",
  "type ForecastContractFile",
  "forecastStatements",
  "type ForecastStatementsInput",
  "readForecastContract",
  "type ServiceFeeStatementForecast",
  "type StatementForecast",
  "type StatementsForecast",
  "type UndeterminedFigure",
  "type ApiNpqApplication",
  "type ApiNpqDeclaration",
  "type ApiNpqStatement",
  "type ForecastNpqStatementsInput",
  "forecastNpqStatements",
  "type NpqCohortTerms",
  "type NpqForecastCohortContract",
  "type NpqServiceFeeStatementForecast",
  "type NpqStatementAwaitingCohort",
  "type NpqStatementForecast",
  "type NpqStatementsForecast",
  // Time
  "type CalendarDate",
  "formatApiDateTime",
  "type Instant",
  "londonToday",
  // NPQ
  "createNpqWorld",
  "type CreateNpqWorldOptions",
  "type NpqWorld",
  "executeNpq",
  "type NpqCommand",
  "type NpqCommandOf",
  "type NpqCommandType",
  "type NpqCommandValue",
  "NPQ_APPLICATION_STATUSES",
  "NPQ_REJECTION_REASONS",
  "NPQ_TEACHER_CATCHMENTS",
  "NPQ_TRAINING_STATUSES",
  "type NpqApplication",
  "type NpqApplicationDetails",
  "type NpqApplicationState",
  "type NpqApplicationStatus",
  "type NpqRejectionReason",
  "type NpqTeacherCatchment",
  "type NpqTrainingStatus",
  "type NpqCohort",
  "type NpqContract",
  "NPQ_DECLARATION_STATES",
  "type NpqDeclaration",
  "type NpqDeclarationState",
  "type NpqDeclarationStateChange",
  "npqDeclarationStateHistory",
  "type NpqDeliveryPartner",
  "type NpqDeliveryPartnership",
  "type NpqLeadProvider",
  "NPQ_OUTCOME_STATES",
  "type NpqOutcome",
  "type NpqOutcomeState",
  "type NpqParticipantIdChange",
  "type NpqSchedule",
  "type NpqStatement",
  "type NpqUser",
  "defaultNpqRegistrationStartDate",
  "NPQ_COHORT_FUNDINGS",
  "type NpqCohortDefinition",
  "type NpqCohortFunding",
  "type NpqCohortIdentifier",
  "npqCohortIdentifier",
  "parseNpqCohortIdentifier",
  "seededNpqCohorts",
  "isNpqCourseIdentifier",
  "NPQ_COURSE_GROUPS",
  "NPQ_COURSE_IDENTIFIERS",
  "NPQ_COURSES",
  "type NpqCourseGroup",
  "type NpqCourseIdentifier",
  "npqCourseGroupOf",
  "npqCourseHasOutcomes",
  "npqCoursesEquivalent",
  "npqEquivalentCourses",
  "NPQ_LEAD_PROVIDERS",
  "type NpqLeadProviderDefinition",
  "npqContractedCourses",
  "type NpqPersonDetails",
  "NPQ_DEFERRAL_REASONS",
  "NPQ_WITHDRAWAL_REASONS",
  "type NpqDeferralReason",
  "type NpqWithdrawalReason",
  "isNpqScheduleIdentifier",
  "NPQ_DECLARATION_TYPES",
  "NPQ_SCHEDULE_IDENTIFIERS",
  "type NpqDeclarationType",
  "type NpqScheduleIdentifier",
  "npqAllowedDeclarationTypes",
  "npqScheduleGroupOf",
  "npqScheduleIdentifiersFor",
  "npqScheduleStartDate",
  "currentNpqCohort",
  "defaultNpqSchedule",
  "npqEligibleForFunding",
  "npqIneligibleForFundingReason",
  "NPQ_FIXTURE_MESSAGES",
  "listNpqApplications",
  "type NpqApplicationsFilter",
  "showNpqApplication",
  "listNpqParticipants",
  "type NpqParticipantIdChangedFailure",
  "type NpqParticipantsFilter",
  "showNpqParticipant",
  "type NpqApplicationResource",
  "npqApplicationView",
  "type NpqParticipantResource",
  "npqParticipantView",
  "listNpqDeclarations",
  "type NpqDeclarationsFilter",
  "showNpqDeclaration",
  "listNpqOutcomes",
  "listNpqParticipantOutcomes",
  "type NpqOutcomesFilter",
  "type NpqDeclarationResource",
  "npqDeclarationView",
  "type NpqOutcomeResource",
  "npqOutcomeView",
  "listNpqStatements",
  "type NpqStatementsFilter",
  "showNpqStatement",
  "type NpqStatementResource",
  "npqStatementDeclarationRow",
  "type NpqStatementPayments",
  "type StatementAdjustment",
  "npqStatementPayments",
  "npqStatementView",
  "listNpqDeliveryPartners",
  "type NpqDeliveryPartnersFilter",
  "showNpqDeliveryPartner",
  "type NpqDeliveryPartnerResource",
  "npqDeliveryPartnerView",
];

const INTERNAL_SURFACE = [
  // The world as data
  "snapshotWorldData",
  "TABLE_NAMES",
  "worldData",
  "type WorldData",
  "worldFromData",
  "worldVersion",
  // Row reads by id and by index
  "findRow",
  "getRow",
  "leadProviderCohortKey",
  "lookup",
  "lookupIds",
  // Rules the sandbox's seed planner and fixtures apply before they build commands
  "defaultScheduleIdentifier",
  "leadProviderIdOf",
  "registeredEmailProblem",
  "scheduleId",
  "trainingPeriodsOf",
  "isAfterMilestoneWindow",
  "isBeforeMilestoneWindow",
  "isPaymentsFrozen",
  "statementCalendar",
  // How the service's database reads an id
  "castUuid",
  // RFC 4180 writing for the finance dashboard's assurance reports
  "csvDocument",
  // Outcome constructors
  "unprocessable",
  // Calendar arithmetic the seed planner uses to place dates
  "addDays",
  "addMonths",
  "calendarDateParts",
  "fromLondonWallClock",
  "monthName",
  "startOfLondonDay",
  // The NPQ world as data, and its row reads
  "NPQ_TABLE_NAMES",
  "npqContractKey",
  "npqStatementKey",
  "findNpqRow",
  "getNpqRow",
  "copyNpqWorld",
  "npqLookup",
  "npqLookupIds",
  "type NpqWorldData",
  "npqWorldData",
  "npqWorldFromData",
  "npqWorldVersion",
  "resolveNpqDeclarationToModify",
  // A list page as ids, and the participant view for a page's "today"
  "participantPageIds",
  "declarationPageIds",
  "npqApplicationPageIds",
  "npqDeclarationPageIds",
  "participantViewer",
];

/** The writes that skip `execute`'s validate-then-mutate path: neither entry point may offer them. */
const ROW_WRITES = ["insertRow", "updateRow", "reindexRow", "insertNpqRow", "updateNpqRow"];

const ENTRY_FILES = { public: "../src/index.ts", internal: "../src/internal.ts" };

function sorted(names: readonly string[]): string[] {
  return [...names].sort();
}

function valuesOf(surface: readonly string[]): string[] {
  return surface.filter((name) => !name.startsWith("type "));
}

/** The entry file's statements, each of which must be an explicit `export { ... } from`. */
function entryStatements(entry: string): ts.NodeArray<ts.Statement> {
  const path = new URL(entry, import.meta.url);
  return ts.createSourceFile(path.pathname, readFileSync(path, "utf8"), ts.ScriptTarget.Latest).statements;
}

/** The names an entry file exports, `type X` for a type-only one. */
function declaredExports(entry: string): string[] {
  return entryStatements(entry).flatMap((statement) => {
    if (!ts.isExportDeclaration(statement) || statement.exportClause === undefined) {
      return [];
    }
    if (!ts.isNamedExports(statement.exportClause)) {
      return [];
    }
    return statement.exportClause.elements.map(
      (element) => `${statement.isTypeOnly || element.isTypeOnly ? "type " : ""}${element.name.text}`,
    );
  });
}

function statementsOtherThanNamedReExports(entry: string): string[] {
  return entryStatements(entry)
    .filter(
      (statement) =>
        !ts.isExportDeclaration(statement) ||
        statement.exportClause === undefined ||
        !ts.isNamedExports(statement.exportClause),
    )
    .map((statement) => statement.getText());
}

describe.each([
  { entry: ENTRY_FILES.public, specifier: "@lpkit/engine", surface: PUBLIC_SURFACE },
  { entry: ENTRY_FILES.internal, specifier: "@lpkit/engine/internal", surface: INTERNAL_SURFACE },
])("$specifier", ({ entry, surface }) => {
  it("names each export explicitly: no `export *`, no definitions of its own", () => {
    expect(statementsOtherThanNamedReExports(entry)).toEqual([]);
  });

  it("exports exactly the committed list, types included", () => {
    expect(sorted(declaredExports(entry))).toEqual(sorted(surface));
  });

  it("exports at run time exactly the committed values", async () => {
    const module: Record<string, unknown> = await import(entry);
    expect(sorted(Object.keys(module))).toEqual(sorted(valuesOf(surface)));
  });

  it("does not offer the row writes that skip execute's checks", async () => {
    const module: Record<string, unknown> = await import(entry);
    for (const write of ROW_WRITES) {
      expect(Object.keys(module)).not.toContain(write);
    }
  });
});

/** The names the README's examples import from `@lpkit/engine`. */
function namesImportedByReadme(): string[] {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const imports = readme.matchAll(/import \{([^}]*)\} from "@lpkit\/engine";/g);
  return [...imports].flatMap(([, names = ""]) =>
    names
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== ""),
  );
}

describe("the two entry points", () => {
  it("give the README's examples every name they import, from the public one", () => {
    const imported = namesImportedByReadme();
    expect(imported).toContain("execute");
    expect(imported.filter((name) => !PUBLIC_SURFACE.includes(name))).toEqual([]);
  });

  it("share no name: a name is public or internal, not both", () => {
    expect(PUBLIC_SURFACE.filter((name) => INTERNAL_SURFACE.includes(name))).toEqual([]);
  });

  it("are the package's exports in the workspace and when published", () => {
    expect(Object.keys(packageJson.exports)).toEqual([".", "./internal", "./package.json"]);
    expect(Object.keys(packageJson.publishConfig.exports)).toEqual([".", "./internal", "./package.json"]);
  });
});
