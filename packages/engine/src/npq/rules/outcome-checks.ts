/**
 * The checks of POST /participants/npq/{id}/outcomes (NPQ rules §6.3): the outcome rules 1-8 of `spec/npq-v3.yaml`.
 * All run, except rule 8 when `completion_date` already failed; a blank field fails two rules at once (NPQ rules §Q11).
 */
import { NPQ_OUTCOME_RULE_MESSAGES as RULE } from "../../messages/npq/outcome-rules.ts";
import { NPQ_REQUEST_MESSAGES } from "../../messages/npq/requests.ts";
import { NPQ_TITLES } from "../../messages/npq/titles.ts";
import { badRequest, notFound, type Outcome, ok, ValidationErrors } from "../../result.ts";
import { isBlank } from "../../rules/presence.ts";
import { type CalendarDate, isCalendarDate } from "../../time/calendar-date.ts";
import { londonToday } from "../../time/london.ts";
import type { NpqDeclaration, NpqDeclarationState } from "../model/declaration.ts";
import type { NpqOutcomeState } from "../model/outcome.ts";
import { type NpqWorld, npqLookup } from "../model/world.ts";
import { isNpqCourseIdentifier, npqCourseHasOutcomes } from "../reference/courses.ts";
import { findNpqParticipantVisibleTo } from "./visibility.ts";

export interface NpqOutcomeRequest {
  readonly leadProviderId: string;
  readonly participantId: string;
  readonly courseIdentifier?: unknown;
  readonly state?: unknown;
  readonly completionDate?: unknown;
}

export interface CheckedNpqOutcome {
  readonly declaration: NpqDeclaration;
  readonly state: Exclude<NpqOutcomeState, "voided">;
  readonly completionDate: CalendarDate;
}

/** The declarations an outcome can go on: not voided, not clawed back. */
const OUTCOME_DECLARATION_STATES: readonly NpqDeclarationState[] = [
  "submitted",
  "eligible",
  "payable",
  "paid",
  "ineligible",
];

/** The service finds a `YYYY-MM-DD` anywhere in the value (its pattern is not anchored). */
const DATE_LAYOUT = /\d{4}-\d{2}-\d{2}/;

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The latest completed declaration for the course that the lead provider made or now owns the application of. */
function outcomeDeclaration(world: NpqWorld, request: NpqOutcomeRequest, userId: string, course: string) {
  const own = new Set(npqLookup(world, "applicationsByLeadProvider", request.leadProviderId).map((row) => row.id));
  return npqLookup(world, "declarationsByUser", userId)
    .filter(
      (declaration) =>
        declaration.declarationType === "completed" &&
        declaration.courseIdentifier === course &&
        OUTCOME_DECLARATION_STATES.includes(declaration.state) &&
        (declaration.leadProviderId === request.leadProviderId || own.has(declaration.applicationId)),
    )
    .at(-1);
}

export function checkNpqOutcome(world: NpqWorld, request: NpqOutcomeRequest, now: Date): Outcome<CheckedNpqOutcome> {
  const user = findNpqParticipantVisibleTo(world, request.leadProviderId, request.participantId);
  if (user === undefined) {
    return notFound();
  }
  const errors = new ValidationErrors();
  const fail = (message: { title: string; detail: string }) => errors.add(message.title, message.detail);
  const course = request.courseIdentifier;
  // Rules 1 and 2
  if (!isNpqCourseIdentifier(course) || !npqCourseHasOutcomes(course)) {
    fail(RULE[1]);
  }
  if (isBlank(text(course))) {
    fail(RULE[2]);
  }
  // Rules 3 and 4
  const state = request.state === "passed" || request.state === "failed" ? request.state : undefined;
  if (state === undefined) {
    fail(RULE[3]);
  }
  if (isBlank(text(request.state))) {
    fail(RULE[4]);
  }
  // Rules 5 and 6
  const rawDate = text(request.completionDate);
  if (isBlank(rawDate)) {
    fail(RULE[5]);
  }
  const layout = rawDate === undefined ? null : DATE_LAYOUT.exec(rawDate);
  if (layout === null) {
    fail(RULE[6]);
  }
  // Rule 7
  const declaration = typeof course === "string" ? outcomeDeclaration(world, request, user.id, course) : undefined;
  if (declaration === undefined) {
    fail(RULE[7]);
  }
  // Rule 8, unless the date already failed; a date in the layout that is no real date is the parser's 400 (NPQ rules §Q1).
  const completionDate = layout?.[0];
  if (completionDate !== undefined && !isBlank(rawDate)) {
    if (!isCalendarDate(completionDate)) {
      return badRequest(NPQ_REQUEST_MESSAGES.invalidDate, NPQ_TITLES.badRequest);
    }
    if (completionDate > londonToday(now)) {
      fail(RULE[8]);
    }
  }
  if (!errors.isEmpty || declaration === undefined || state === undefined || completionDate === undefined) {
    return errors.toFailure();
  }
  return ok({ declaration, state, completionDate });
}
