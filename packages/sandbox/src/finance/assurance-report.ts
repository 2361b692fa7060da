/**
 * "Download declarations (CSV)" (finance dashboard §1.10): DfE's assurance report of an ECF statement, with its file
 * name and its columns in its order, filled from the ECF world. One row per line item of the statement: a
 * declaration it pays (or voided on it) and a declaration it claws back are each a line; a declaration paid on one
 * statement and clawed back on a later one is a line of each. Rows go by participant name (then declaration date and
 * id, so that the file is the same every time).
 *
 * The participant's school, schedule, training status and delivery partner are those of their latest training period
 * with the declaration's lead provider, as the service reads them from the latest induction record with it.
 * Where the world has no such fact, the column is a documented stand-in or blank (docs/decisions/finance-dashboard.md):
 * Times are ISO 8601 in UTC to the second (`2025-10-01T09:30:00Z`), as the service's report writes them.
 * "Mentor Profile ID" is the mentor's latest mentor training period (the drill-down's profile), "Eligible For Funding
 * Reason" is a mentor's recorded reason (blank for ECTs), "Training Status Reason" is the withdrawal's reason.
 */
import { type Declaration, formatApiDateTime, type Statement, type TrainingPeriod, type World } from "@lpkit/engine";
import { csvDocument, findRow, getRow, leadProviderIdOf, lookup, trainingPeriodsOf } from "@lpkit/engine/internal";
import { statementName } from "./format.ts";
import { byParticipantName } from "./line-item-order.ts";
import { isEligibleForFunding, PROFILE_TYPES, trainingStatus } from "./participant-records.ts";

const ASSURANCE_REPORT_HEADERS = [
  "Participant ID",
  "Participant Name",
  "TRN",
  "Type",
  "Mentor Profile ID",
  "Schedule",
  "Eligible For Funding",
  "Eligible For Funding Reason",
  "Sparsity Uplift",
  "Pupil Premium Uplift",
  "Sparsity And Pp",
  "Lead Provider Name",
  "Delivery Partner Name",
  "School Urn",
  "School Name",
  "Training Status",
  "Training Status Reason",
  "Declaration ID",
  "Declaration Status",
  "Declaration Type",
  "Declaration Date",
  "Declaration Created At",
  "Statement Name",
  "Statement ID",
  "Uplift Payable",
] as const;

/** A declaration's line on the statement, with the line's own state (the service keeps one per statement). */
interface LineItem {
  readonly declaration: Declaration;
  readonly participantName: string;
  readonly status: string;
}

const NOT_A_WORD_CHARACTER = /\W/g;

/** `ECF-Declarations-{provider}-Cohort{year}-{statement}.csv`, without the names' non-word characters. */
export function assuranceReportFilename(world: World, statement: Statement): string {
  const provider = getRow(world, "leadProviders", statement.leadProviderId).name.replace(NOT_A_WORD_CHARACTER, "");
  const name = statementName(statement).replace(NOT_A_WORD_CHARACTER, "");
  return `ECF-Declarations-${provider}-Cohort${statement.cohortYear}-${name}.csv`;
}

/**
 * The state of the line that pays a declaration: its payment state, which stays `paid` when it is later clawed
 * back (the clawback is a line of its own, on the statement that takes the money back).
 */
function payingLineStatus(declaration: Declaration): string {
  return declaration.paymentStatus === "no_payment" ? "submitted" : declaration.paymentStatus;
}

function lineItems(world: World, statementId: string): LineItem[] {
  const nameOf = (declaration: Declaration) => getRow(world, "teachers", declaration.teacherId).fullName;
  const paying = lookup(world, "declarationsByStatement", statementId).map((declaration) => ({
    declaration,
    participantName: nameOf(declaration),
    status: payingLineStatus(declaration),
  }));
  const clawingBack = lookup(world, "declarationsByClawbackStatement", statementId).map((declaration) => ({
    declaration,
    participantName: nameOf(declaration),
    status: declaration.clawbackStatus,
  }));
  return [...paying, ...clawingBack].sort(byParticipantName);
}

/** The mentor's profile as the drill-down names it: their latest mentor training period. */
function mentorProfileId(world: World, declaration: Declaration): string {
  return declaration.mentorId === null
    ? ""
    : (trainingPeriodsOf(world, declaration.mentorId, "mentor").at(-1)?.id ?? "");
}

/**
 * The participant's latest training period of the declaration's role with the declaration's lead provider (the
 * service reads the latest induction record with that provider), else the declaration's own.
 */
function latestPeriodWithProvider(world: World, declaration: Declaration): TrainingPeriod {
  return (
    trainingPeriodsOf(world, declaration.teacherId, declaration.role)
      .filter((period) => leadProviderIdOf(world, period) === declaration.leadProviderId)
      .at(-1) ?? getRow(world, "trainingPeriods", declaration.trainingPeriodId)
  );
}

function row(world: World, statement: Statement, { declaration, participantName, status }: LineItem) {
  const teacher = getRow(world, "teachers", declaration.teacherId);
  const period = latestPeriodWithProvider(world, declaration);
  const partnership = findRow(world, "schoolPartnerships", period.schoolPartnershipId);
  const schoolPeriod = findRow(world, "schoolPeriods", period.schoolPeriodId);
  const school = findRow(world, "schools", partnership?.schoolId ?? schoolPeriod?.schoolId ?? "");
  const schedule = period.scheduleId === null ? undefined : findRow(world, "schedules", period.scheduleId);
  const eligible = isEligibleForFunding(teacher, declaration.role);
  const ineligibleReason = declaration.role === "mentor" ? teacher.mentorIneligibleForFundingReason : null;
  const training = trainingStatus(period);
  return [
    teacher.id,
    participantName,
    teacher.trn,
    PROFILE_TYPES[declaration.role],
    mentorProfileId(world, declaration),
    schedule?.identifier,
    eligible,
    eligible ? null : ineligibleReason,
    declaration.sparsityUplift,
    declaration.pupilPremiumUplift,
    declaration.sparsityUplift && declaration.pupilPremiumUplift,
    getRow(world, "leadProviders", declaration.leadProviderId).name,
    findRow(world, "deliveryPartners", partnership?.deliveryPartnerId ?? declaration.deliveryPartnerId)?.name,
    school?.urn,
    school?.name,
    training,
    training === "withdrawn" ? period.withdrawal?.reason : null,
    declaration.id,
    status,
    declaration.declarationType,
    formatApiDateTime(declaration.declarationDate),
    formatApiDateTime(declaration.createdAt),
    statementName(statement),
    statement.id,
    declaration.sparsityUplift || declaration.pupilPremiumUplift,
  ];
}

export function assuranceReportCsv(world: World, statement: Statement): string {
  return csvDocument(
    ASSURANCE_REPORT_HEADERS,
    lineItems(world, statement.id).map((item) => row(world, statement, item)),
  );
}
