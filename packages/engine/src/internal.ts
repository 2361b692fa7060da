/**
 * @module
 * `@lpkit/engine/internal`: what the sandbox needs to host a world, and nothing a user of the engine should build on.
 *
 * **No stability promise.** Any name here may change or go in any release, patch releases included, without a
 * changeset calling it breaking. Use `@lpkit/engine` instead; if you need something from here, ask for it to be made
 * public (`docs/decisions/engine-public-surface.md`).
 *
 * The row writes (`insertRow`, `updateRow`, `reindexRow`) are deliberately not here either: every change goes
 * through `execute`, which checks a command in full before it writes anything.
 * To add a name, put it in its group below and in the same group of `INTERNAL_SURFACE` in
 * `test/public-surface.test.ts`.
 */
// biome-ignore-all assist/source/organizeImports: grouped by what the sandbox uses them for

// The world as data: the sandbox keeps a built world as a snapshot, restores it on reset and digests it.
export { TABLE_NAMES } from "./model/tables.ts";
export { snapshotWorldData, type WorldData, worldData, worldFromData, worldVersion } from "./model/world.ts";

// Row reads by id and by index: the sandbox's control API and seed planner look rows up directly.
export { leadProviderCohortKey } from "./model/indexes/index-definition.ts";
export { findRow, getRow, lookup, lookupIds } from "./model/world.ts";

// Rules the sandbox's seed planner and fixtures apply before they build commands.
export { scheduleId } from "./model/schedule.ts";
export { defaultScheduleIdentifier } from "./rules/default-schedule.ts";
export { registeredEmailProblem } from "./rules/email-address.ts";
export { leadProviderIdOf, trainingPeriodsOf } from "./rules/training-periods.ts";
export { isPaymentsFrozen } from "./rules/cohort-freeze.ts";
export { isAfterMilestoneWindow, isBeforeMilestoneWindow } from "./rules/milestone-window.ts";

// How the service's database reads an id: the sandbox casts every {id} of a path with it.
export { castUuid } from "./rules/uuid-cast.ts";
export { statementCalendar } from "./rules/statement-calendar.ts";

// RFC 4180 writing, for the finance dashboard's assurance reports (DfE's columns, beside the engine's own CSV).
export { csvDocument } from "./payments/csv.ts";

// Outcome constructors, for sandbox checks that answer in the engine's failure shape.
export { unprocessable } from "./result.ts";

// Calendar arithmetic the seed planner uses to place dates, and the London midnight a day starts at.
export { addDays, addMonths, calendarDateParts, monthName } from "./time/calendar-date.ts";
export { fromLondonWallClock, startOfLondonDay } from "./time/london.ts";

// The NPQ world as data, and its row reads: the sandbox hosts an NPQ world beside the ECF one.
export { NPQ_TABLE_NAMES } from "./npq/model/tables.ts";
export { npqContractKey, npqStatementKey } from "./npq/model/indexes.ts";
export {
  findNpqRow,
  getNpqRow,
  copyNpqWorld,
  npqLookup,
  npqLookupIds,
  type NpqWorldData,
  npqWorldData,
  npqWorldFromData,
  npqWorldVersion,
} from "./npq/model/world.ts";
// The 404 and 403 of an action on a declaration, which the NPQ service answers before it reads the body.
export { resolveNpqDeclarationToModify } from "./npq/rules/declaration-target.ts";

// A list page as ids, and the participant view for a page's "today": the sandbox renders each record once and keeps
// its JSON text (docs/decisions/sandbox-response-cache.md).
export { participantPageIds } from "./queries/participants.ts";
export { declarationPageIds } from "./queries/declarations.ts";
export { npqApplicationPageIds } from "./npq/queries/applications.ts";
export { npqDeclarationPageIds } from "./npq/queries/declarations.ts";
export { participantViewer } from "./views/participant.ts";
