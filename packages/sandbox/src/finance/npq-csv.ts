/**
 * An NPQ statement's "Download declarations (CSV)" (finance dashboard §3.4): the NPQ service's assurance report, with
 * its file name `NPQ-Declarations-{provider}-Cohort{cohort}-{MonthYYYY}.csv` (the cohort's name: its start year, or
 * its identifier for a later intake) and its columns in its order, filled from the NPQ world. One row per line item
 * of the statement (a declaration it pays, and one it claws back), by participant name, then declaration date and id.
 *
 * The NPQ world keeps a school's URN but not its name: "School Name" is blank (docs/decisions/finance-dashboard.md).
 * States are the line items' (`awaiting_clawback`, with the service's underscores); times are ISO 8601 in UTC.
 */
import {
  formatApiDateTime,
  type NpqDeclaration,
  type NpqLeadProvider,
  type NpqStatement,
  type NpqWorld,
} from "@lpkit/engine";
import { csvDocument, findNpqRow, getNpqRow, npqLookup } from "@lpkit/engine/internal";
import { statementName } from "./format.ts";
import { byParticipantName, compareText } from "./line-item-order.ts";

const NPQ_ASSURANCE_REPORT_HEADERS = [
  "Participant ID",
  "Participant Name",
  "TRN",
  "Course Identifier",
  "Schedule",
  "Eligible For Funding",
  "Funded place",
  "Lead Provider Name",
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
  "Targeted Delivery Funding",
] as const;

const NOT_A_WORD_CHARACTER = /\W/g;

export function npqAssuranceReportFilename(statement: NpqStatement, leadProvider: NpqLeadProvider, cohort: string) {
  const provider = leadProvider.name.replace(NOT_A_WORD_CHARACTER, "");
  const name = statementName(statement).replace(NOT_A_WORD_CHARACTER, "");
  return `NPQ-Declarations-${provider}-Cohort${cohort}-${name}.csv`;
}

interface LineItem {
  readonly declaration: NpqDeclaration;
  readonly participantName: string;
  /** The line's state, as the service's statement items store it. */
  readonly status: string;
}

/** A paying line stays `paid` once the money is taken back: the clawback is a line of its own. */
function payingLineStatus(declaration: NpqDeclaration): string {
  return declaration.state === "awaiting-clawback" || declaration.state === "clawed-back" ? "paid" : declaration.state;
}

function lineItems(npq: NpqWorld, statementId: string): LineItem[] {
  const nameOf = (declaration: NpqDeclaration) => getNpqRow(npq, "users", declaration.userId).fullName;
  const item = (declaration: NpqDeclaration, status: string) => ({
    declaration,
    participantName: nameOf(declaration),
    status: status.replaceAll("-", "_"),
  });
  return [
    ...npqLookup(npq, "declarationsByStatement", statementId).map((d) => item(d, payingLineStatus(d))),
    ...npqLookup(npq, "declarationsByClawbackStatement", statementId).map((d) => item(d, d.state)),
  ].sort(byParticipantName);
}

/** The reason of the latest training status the declaration's provider recorded, when that is a withdrawal. */
function withdrawalReason(npq: NpqWorld, declaration: NpqDeclaration): string | null {
  const latest = npqLookup(npq, "applicationStatesByApplication", declaration.applicationId)
    .filter((state) => state.leadProviderId === declaration.leadProviderId)
    .toSorted((a, b) => compareText(a.createdAt, b.createdAt))
    .at(-1);
  return latest?.state === "withdrawn" ? latest.reason : null;
}

function row(npq: NpqWorld, statement: NpqStatement, { declaration, participantName, status }: LineItem) {
  const user = getNpqRow(npq, "users", declaration.userId);
  const application = getNpqRow(npq, "applications", declaration.applicationId);
  const schedule = application.scheduleId === null ? undefined : findNpqRow(npq, "schedules", application.scheduleId);
  return [
    user.id,
    participantName,
    user.trn,
    application.courseIdentifier,
    schedule?.identifier,
    application.eligibleForFunding,
    application.fundedPlace,
    getNpqRow(npq, "leadProviders", declaration.leadProviderId).name,
    application.schoolUrn,
    null,
    application.trainingStatus,
    withdrawalReason(npq, declaration),
    declaration.id,
    status,
    declaration.declarationType,
    formatApiDateTime(declaration.declarationDate),
    formatApiDateTime(declaration.createdAt),
    statementName(statement),
    statement.id,
    application.targetedDeliveryFundingEligibility,
  ];
}

export function npqAssuranceReportCsv(npq: NpqWorld, statement: NpqStatement): string {
  return csvDocument(
    NPQ_ASSURANCE_REPORT_HEADERS,
    lineItems(npq, statement.id).map((item) => row(npq, statement, item)),
  );
}
