/**
 * @module
 * A typed builder for the NPQ API's `POST /api/v3/participant-declarations` bodies. What a declaration may carry
 * depends on the course: specialist courses have no `retained-2` (NPQ declaration rule 12: their schedules do not
 * allow it), and a `completed` declaration on a leadership or specialist course needs `has_passed`, which records
 * the outcome (NPQ declaration rule 15); on the early headship coaching offer and the additional support offer
 * `has_passed` is ignored, so the builder refuses it rather than let it be silently dropped.
 *
 * The course groups below copy NPQ rules §7.1 (the SDK ships without the engine);
 * `test/npq-course-rules-match-spec.test.ts` holds them against the spec's schemas and the rules.
 */
import type {
  CourseIdentifier,
  DeclarationType,
  OutcomeCourseIdentifier,
  ParticipantDeclarationCreateRequest,
} from "./generated/npq-v3.ts";
import { formatRfc3339, parseInstant } from "./rfc3339.ts";

/** The NPQ courses by group, as the service groups them (NPQ rules §7.1). */
export const NPQ_COURSE_GROUPS = {
  leadership: [
    "npq-early-years-leadership",
    "npq-executive-leadership",
    "npq-headship",
    "npq-senior-leadership",
    "npq-senco",
  ],
  specialist: [
    "npq-leading-behaviour-culture",
    "npq-leading-literacy",
    "npq-leading-primary-mathematics",
    "npq-leading-teaching",
    "npq-leading-teaching-development",
  ],
  ehco: ["npq-early-headship-coaching-offer"],
  support: ["npq-additional-support-offer"],
} as const satisfies Record<string, readonly CourseIdentifier[]>;

/** A course group: leadership, specialist, the early headship coaching offer (`ehco`) or the support offer. */
export type NpqCourseGroup = keyof typeof NPQ_COURSE_GROUPS;

type SpecialistCourse = (typeof NPQ_COURSE_GROUPS.specialist)[number];

/** The declaration types each group's schedules allow (NPQ rules §5.1). */
const DECLARATION_TYPES_BY_GROUP = {
  leadership: ["started", "retained-1", "retained-2", "completed"],
  specialist: ["started", "retained-1", "completed"],
  ehco: ["started", "retained-1", "retained-2", "completed"],
  support: ["started", "retained-1", "retained-2", "completed"],
} as const satisfies Record<NpqCourseGroup, readonly DeclarationType[]>;

/** The groups whose `completed` declarations record an outcome, and so need `has_passed`. */
const OUTCOME_GROUPS: readonly NpqCourseGroup[] = ["leadership", "specialist"];

type TypesOf<Course extends CourseIdentifier> = Course extends SpecialistCourse
  ? (typeof DECLARATION_TYPES_BY_GROUP.specialist)[number]
  : DeclarationType;

// One literal course: `completed` on an outcome course takes `has_passed`, and nothing else takes it.
type VariantsOf<Course extends CourseIdentifier> = Course extends OutcomeCourseIdentifier
  ?
      | { readonly declaration_type: Exclude<TypesOf<Course>, "completed">; readonly has_passed?: never }
      | { readonly declaration_type: "completed"; readonly has_passed: boolean }
  : { readonly declaration_type: TypesOf<Course>; readonly has_passed?: never };

// A course only known at run time (typed `CourseIdentifier`): every type, `has_passed` optional; the run-time check
// decides. A union of a few literals still gets each literal's own rules.
type DeclarationFields<Course extends CourseIdentifier> = CourseIdentifier extends Course
  ? { readonly declaration_type: DeclarationType; readonly has_passed?: boolean }
  : VariantsOf<Course>;

// A secondary delivery partner only beside a primary one (NPQ declaration rule 23).
type DeliveryPartners =
  | { readonly delivery_partner_id?: undefined; readonly secondary_delivery_partner_id?: undefined }
  | { readonly delivery_partner_id: string; readonly secondary_delivery_partner_id?: string };

/**
 * What {@link buildNpqDeclaration} takes: the declaration's fields, with `declaration_type` and `has_passed`
 * narrowed by a literal `course_identifier`.
 */
export type NpqDeclarationInput<Course extends CourseIdentifier = CourseIdentifier> = {
  readonly participant_id: string;
  readonly course_identifier: Course;
  /** A `Date`, or an RFC 3339 string with `Z` or an offset, sent as given (e.g. `"2025-10-14T09:00:00Z"`). */
  readonly declaration_date: Date | string;
} & DeclarationFields<Course> &
  DeliveryPartners;

interface UncheckedNpqDeclarationInput {
  readonly participant_id: unknown;
  readonly course_identifier: unknown;
  readonly declaration_type: unknown;
  readonly declaration_date: Date | string;
  readonly has_passed?: unknown;
  readonly delivery_partner_id?: unknown;
  readonly secondary_delivery_partner_id?: unknown;
}

/** The group of an NPQ course, or `undefined` for a string that is not one. */
export function npqCourseGroupOf(course: string): NpqCourseGroup | undefined {
  const groups = Object.entries(NPQ_COURSE_GROUPS) as [NpqCourseGroup, readonly string[]][];
  return groups.find(([, courses]) => courses.includes(course))?.[0];
}

/** The declaration types a course's schedules allow: specialist courses have no `retained-2`. */
export function npqDeclarationTypesFor(course: CourseIdentifier): readonly DeclarationType[] {
  return DECLARATION_TYPES_BY_GROUP[groupOrThrow(course)];
}

/**
 * Whether a declaration must carry `has_passed`: only `completed` on a leadership or specialist course, whose
 * outcome it records. Anywhere else the API ignores `has_passed`.
 */
export function npqNeedsHasPassed(course: CourseIdentifier, declarationType: DeclarationType): boolean {
  return declarationType === "completed" && OUTCOME_GROUPS.includes(groupOrThrow(course));
}

/**
 * Builds the body of the NPQ API's `POST /api/v3/participant-declarations`, checking what the API would refuse:
 * a declaration type the course's schedules do not allow, `has_passed` missing where the outcome needs it (or sent
 * where the API would ignore it), a secondary delivery partner alone or equal to the primary one, a malformed date.
 * With a literal `course_identifier` most of this fails to compile as well.
 *
 * What it cannot know is left to the API: whether the participant has an accepted application for the course,
 * the schedule's start, a future date (the server's clock, which `X-With-Server-Date` moves), contracts,
 * statements, and whether a delivery partner is required (cohorts from 2024, participants in England).
 *
 * @throws RangeError for any of the refusals above.
 * @example
 * const body = buildNpqDeclaration({
 *   participant_id: participant.id,
 *   course_identifier: "npq-headship",
 *   declaration_type: "completed",
 *   declaration_date: "2027-02-10T09:00:00Z",
 *   has_passed: true,
 *   delivery_partner_id: deliveryPartner.id,
 * });
 * await client.POST("/api/v3/participant-declarations", { body });
 */
export function buildNpqDeclaration<const Course extends CourseIdentifier>(
  input: NpqDeclarationInput<Course>,
): ParticipantDeclarationCreateRequest {
  // The types guard literal courses; inside, treat the input as plain data (callers may be JavaScript, or hold the
  // course as a `CourseIdentifier`).
  const fields = input as unknown as UncheckedNpqDeclarationInput;
  const { participant_id, course_identifier, declaration_type, declaration_date, has_passed } = fields;
  if (typeof participant_id !== "string" || participant_id === "") {
    throw new RangeError("participant_id must be a non-empty string"); // NPQ declaration rule 1
  }
  const course = courseOrThrow(course_identifier);
  const type = declarationTypeOrThrow(course, declaration_type);
  const outcome = outcomeField(course, type, has_passed);
  const partners = deliveryPartnerFields(fields.delivery_partner_id, fields.secondary_delivery_partner_id);
  // A string is checked but sent as given, offset included; a Date is sent the way the API renders dates.
  const instant = parseInstant(declaration_date, "declaration_date");
  const date = declaration_date instanceof Date ? formatRfc3339(instant) : declaration_date;
  const attributes = {
    participant_id,
    declaration_type: type,
    declaration_date: date,
    course_identifier: course,
    ...outcome,
    ...partners,
  };
  return { data: { type: "participant-declaration", attributes } } as ParticipantDeclarationCreateRequest;
}

function groupOrThrow(course: string): NpqCourseGroup {
  const group = npqCourseGroupOf(course);
  if (group === undefined) {
    throw new RangeError(`course_identifier must be an NPQ course, e.g. "npq-headship", got ${JSON.stringify(course)}`);
  }
  return group;
}

function courseOrThrow(course: unknown): CourseIdentifier {
  groupOrThrow(typeof course === "string" ? course : String(course));
  return course as CourseIdentifier;
}

// NPQ declaration rules 10 and 12.
function declarationTypeOrThrow(course: CourseIdentifier, type: unknown): DeclarationType {
  const allowed = npqDeclarationTypesFor(course);
  if (!allowed.includes(type as DeclarationType)) {
    throw new RangeError(
      `A ${JSON.stringify(type)} declaration is not accepted for ${course}, whose schedules allow ${list(allowed)}`,
    );
  }
  return type as DeclarationType;
}

// NPQ declaration rule 15: the service also takes the strings "true" and "false"; the builder sends booleans.
function outcomeField(
  course: CourseIdentifier,
  type: DeclarationType,
  hasPassed: unknown,
): { readonly has_passed?: boolean } {
  if (!npqNeedsHasPassed(course, type)) {
    if (hasPassed !== undefined) {
      throw new RangeError(`A ${type} declaration for ${course} takes no has_passed (the API would ignore it)`);
    }
    return {};
  }
  if (typeof hasPassed !== "boolean") {
    throw new RangeError(`A completed declaration for ${course} needs has_passed: true or false (its outcome)`);
  }
  return { has_passed: hasPassed };
}

// NPQ declaration rules 23 and 26; whether the partners work with you in the cohort is the API's to say.
function deliveryPartnerFields(primary: unknown, secondary: unknown) {
  for (const [name, value] of [
    ["delivery_partner_id", primary],
    ["secondary_delivery_partner_id", secondary],
  ] as const) {
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new RangeError(`${name} must be a non-empty string when given, got ${JSON.stringify(value)}`);
    }
  }
  if (secondary !== undefined && primary === undefined) {
    throw new RangeError("secondary_delivery_partner_id needs delivery_partner_id beside it");
  }
  if (secondary !== undefined && secondary === primary) {
    throw new RangeError("secondary_delivery_partner_id cannot be the same as delivery_partner_id");
  }
  return {
    ...(primary === undefined ? {} : { delivery_partner_id: primary as string }),
    ...(secondary === undefined ? {} : { secondary_delivery_partner_id: secondary as string }),
  };
}

function list(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}
