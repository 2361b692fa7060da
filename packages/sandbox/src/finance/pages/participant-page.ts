/**
 * The participant drill-down (finance dashboard §1.6): identity, each profile with its declarations, each with its
 * state history, and "Void" on a declaration's state where it can be voided. After a void, the green "Success" banner.
 */
import { jsx as h } from "hono/jsx";
import { declarationRows } from "../components/declaration-rows.ts";
import { declarationStateHistoryTable } from "../components/declaration-state-history-table.ts";
import { renderPage } from "../components/layout.ts";
import { notificationBanner } from "../components/notification-banner.ts";
import { summaryList } from "../components/summary-list.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { formatDate, formatDateTime } from "../format.ts";
import { type ParticipantRecord, PROFILE_TYPES, type ProfileRecord } from "../participant-records.ts";

const VOID_SUCCESS_HEADING = "Declaration voided successfully.";

/** The training programme as the drill-down humanises a stored value (`provider_led` → "Provider led"). */
const TRAINING_PROGRAMMES = { provider_led: "Provider led", school_led: "School led" } as const;

/**
 * The profile's induction record (finance dashboard §1.6): the training period, which the engine keeps as one record
 * per school, provider and programme. The service's "Induction status" has no source in the engine and is left out.
 */
function inductionRecord(profileRecord: ProfileRecord) {
  const period = profileRecord.trainingPeriod;
  return [
    h("h5", { class: "govuk-heading-s" }, `Induction record: ${period.id}`),
    summaryList([
      { key: "Training programme", value: TRAINING_PROGRAMMES[period.trainingProgramme] },
      { key: "School URN", value: profileRecord.schoolUrn },
      { key: "Lead provider", value: profileRecord.leadProviderName },
      { key: "Training status", value: profileRecord.status },
      { key: "Start date", value: formatDate(period.startedOn) },
      { key: "End date", value: period.finishedOn === null ? "" : formatDate(period.finishedOn) },
      { key: "Schedule", value: profileRecord.scheduleIdentifier },
    ]),
  ];
}

function profile(record: ParticipantRecord, profileRecord: ProfileRecord) {
  const period = profileRecord.trainingPeriod;
  return [
    h("h3", { class: "govuk-heading-s" }, PROFILE_TYPES[profileRecord.role]),
    summaryList([
      { key: "User ID / Participant ID", value: record.teacher.id },
      { key: "Profile ID", value: period.id },
      { key: "Eligible for funding", value: profileRecord.eligibleForFunding ? "TRUE" : "FALSE" },
      { key: "Lead provider", value: profileRecord.leadProviderName },
      { key: "School URN", value: profileRecord.schoolUrn },
      { key: "Status", value: profileRecord.status },
      { key: "Schedule identifier", value: profileRecord.scheduleIdentifier },
      { key: "Schedule cohort", value: profileRecord.scheduleCohort },
      { key: "Created at", value: formatDateTime(period.createdAt) },
      { key: "Updated at", value: formatDateTime(period.updatedAt) },
    ]),
    h("h4", { class: "govuk-heading-s" }, "Induction records"),
    inductionRecord(profileRecord),
    h("h4", { class: "govuk-heading-s" }, "Declarations"),
    profileRecord.declarations.length === 0
      ? h("p", { class: "govuk-body" }, "No declarations have been made")
      : profileRecord.declarations.map((entry) => [
          summaryList(
            declarationRows(
              entry.declaration,
              entry.state,
              entry.leadProviderName,
              entry.voidable
                ? {
                    href: `${FINANCE_PATHS.voidDeclaration(period.id, entry.declaration.id)}/new`,
                    text: "Void",
                    hidden: `declaration ${entry.declaration.id}`,
                  }
                : undefined,
            ),
          ),
          declarationStateHistoryTable(entry.history),
        ]),
  ];
}

export function participantPage(record: ParticipantRecord, { voided = false } = {}): string {
  return renderPage(
    { title: "Participant", back: FINANCE_PATHS.participants },
    voided ? notificationBanner("success", "Success", VOID_SUCCESS_HEADING) : null,
    h("h1", { class: "govuk-heading-l" }, "Participant"),
    h("h2", { class: "govuk-heading-m" }, "Identities"),
    ...record.externalIds.flatMap((externalId, index) => [
      h("h3", { class: "govuk-heading-s" }, `Identity ${index + 1}`),
      summaryList([
        {
          key: "User ID / Participant ID",
          value: h("a", { class: "govuk-link", href: FINANCE_PATHS.participant(record.teacher.id) }, record.teacher.id),
        },
        {
          key: "External ID",
          value: h("a", { class: "govuk-link", href: FINANCE_PATHS.participant(externalId) }, externalId),
        },
        { key: "Full name", value: record.teacher.fullName },
      ]),
    ]),
    h("h2", { class: "govuk-heading-m" }, "Profiles"),
    ...record.profiles.flatMap((profileRecord) => profile(record, profileRecord)),
  );
}
