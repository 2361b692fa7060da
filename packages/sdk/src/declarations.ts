/**
 * @module
 * A typed builder for `POST /api/v3/participant-declarations` bodies. The API decides which `evidence_held`
 * values a declaration needs from the participant's cohort, course and declaration type; the builder encodes
 * those rules in types, so a wrong pair fails to compile when the cohort is a literal, and checks them at run
 * time in every case.
 *
 * The tables below copy the engine's evidence rules (the SDK ships without the engine);
 * `test/evidence-rules-match-engine.test.ts` holds them against the engine for every cohort, role and type.
 */
import type {
  CourseIdentifier,
  DeclarationType,
  EvidenceHeld,
  ParticipantDeclarationCreateRequest,
} from "./generated/ecf-v3.ts";
import { formatRfc3339, parseInstant } from "./rfc3339.ts";

const NONE = [] as const;
const SIMPLE = ["training-event-attended", "self-study-material-completed", "other"] as const;
const DETAILED = [
  "training-event-attended",
  "self-study-material-completed",
  "materials-engaged-with-offline",
  "other",
] as const;
const ENGAGEMENT = ["75-percent-engagement-met", "75-percent-engagement-met-reduced-induction"] as const;
const ECT_COMPLETION = [...ENGAGEMENT, "one-term-induction"] as const;

// Cohorts 2021–2024 (no "detailed evidence"): ECTs and mentors alike. A `started` declaration takes no evidence
// (the API accepts and discards any value; the builder refuses it so that nothing is silently dropped).
const BEFORE_2025 = {
  started: NONE,
  "retained-1": SIMPLE,
  "retained-2": SIMPLE,
  "retained-3": SIMPLE,
  "retained-4": SIMPLE,
  completed: SIMPLE,
  "extended-1": SIMPLE,
  "extended-2": SIMPLE,
  "extended-3": SIMPLE,
} as const;

// Cohorts from 2025, ECTs: retained-2 and completed need the engagement evidence.
const ECT_FROM_2025 = {
  started: DETAILED,
  "retained-1": DETAILED,
  "retained-2": ENGAGEMENT,
  "retained-3": DETAILED,
  "retained-4": DETAILED,
  completed: ECT_COMPLETION,
  "extended-1": DETAILED,
  "extended-2": DETAILED,
  "extended-3": DETAILED,
} as const;

// Cohorts from 2025, mentors: only started and completed exist; started needs evidence even though DfE's
// document marks it optional (the service requires it).
const MENTOR_FROM_2025 = {
  started: DETAILED,
  completed: ENGAGEMENT,
} as const;

type EvidenceTable = { readonly [Type in DeclarationType]?: readonly EvidenceHeld[] };
// Compile-time proof that the tables only use values and types the spec knows.
const TABLES = { BEFORE_2025, ECT_FROM_2025, MENTOR_FROM_2025 } satisfies Record<string, EvidenceTable>;

/** Cohorts whose declarations follow the pre-2025 evidence rules. Any other year follows the 2025 rules. */
export type CohortBefore2025 = "2021" | "2022" | "2023" | "2024";

/**
 * The cohort years an editor offers for `cohort`. Any later year is accepted too (it follows the 2025 rules), and so
 * is a plain `string` read from an enrolment, checked at run time.
 */
export type CohortYear = CohortBefore2025 | "2025" | "2026";

/**
 * What `cohort` accepts: a literal year (checked at compile time), or any `string`, such as
 * `ecf_enrolments[].cohort` from a synced participant (checked at run time). `string & {}` keeps the years'
 * completions in editors, which a bare `string` would swallow.
 */
export type CohortInput = CohortYear | (string & {});
const FIRST_COHORT = 2021;
const FIRST_DETAILED_EVIDENCE_COHORT = 2025;

type TableFor<Cohort extends string, Course extends CourseIdentifier> = Cohort extends CohortBefore2025
  ? typeof BEFORE_2025
  : Course extends "ecf-mentor"
    ? typeof MENTOR_FROM_2025
    : typeof ECT_FROM_2025;

type EvidenceField<Allowed extends readonly string[]> = Allowed extends readonly []
  ? { readonly evidence_held?: never }
  : { readonly evidence_held: Allowed[number] };

type Variants<Table, Course extends CourseIdentifier> = {
  [Type in keyof Table]: { readonly course_identifier: Course; readonly declaration_type: Type } & EvidenceField<
    Table[Type] & readonly string[]
  >;
}[keyof Table];

// A cohort only known at run time (typed `string` or `${number}`) allows every pair some cohort allows; the
// run-time check decides. A union of literal cohorts allows what each of them allows, and a literal that is not
// year-like (`"twenty-five"`) allows nothing, so it fails to compile.
type VariantsFor<Cohort extends string, Course extends CourseIdentifier> = `${number}` extends Cohort
  ? AnyCohortVariants<Course>
  : Cohort extends `${number}`
    ? Variants<TableFor<Cohort, Course>, Course>
    : never;

// One variant per declaration type, merging both eras' rules: `evidence_held` takes any value some era accepts, and
// is optional when some era takes none. (A union of per-era variants would be as permissive, but the compiler
// cannot then match a body whose `course_identifier` is itself a union, as `courseIdentifierOf` returns.)
type AnyCohortVariants<Course extends CourseIdentifier> = {
  [Type in DeclarationType]: { readonly course_identifier: Course; readonly declaration_type: Type } & MergedEvidence<
    EvidenceIn<TableFor<"2024", Course>, Type> | EvidenceIn<TableFor<"2025", Course>, Type>,
    TakesNoEvidence<TableFor<"2024", Course>, Type> | TakesNoEvidence<TableFor<"2025", Course>, Type>
  >;
}[DeclarationType];

type EvidenceIn<Table, Type> = Type extends keyof Table ? (Table[Type] & readonly string[])[number] : never;
type TakesNoEvidence<Table, Type> = Type extends keyof Table ? (Table[Type] extends readonly [] ? true : false) : false;
type MergedEvidence<Values extends string, NoneAllowed extends boolean> = [Values] extends [never]
  ? { readonly evidence_held?: never }
  : true extends NoneAllowed
    ? { readonly evidence_held?: Values }
    : { readonly evidence_held: Values };

/**
 * What {@link buildDeclaration} takes: the participant's cohort (used for the rules, not sent), and the
 * declaration's fields with `declaration_type`/`evidence_held` narrowed by cohort and course.
 */
export type DeclarationInput<Cohort extends CohortInput> = {
  [Course in CourseIdentifier]: {
    /**
     * The participant's cohort, e.g. `"2025"`, or the `string` from `ecf_enrolments[].cohort`. Not sent: the API
     * derives it.
     */
    readonly cohort: Cohort;
    readonly participant_id: string;
    /** A `Date`, or an RFC 3339 string sent as given (e.g. `"2025-10-01T10:00:00Z"`). */
    readonly declaration_date: Date | string;
  } & VariantsFor<Cohort, Course>;
}[CourseIdentifier];

interface UncheckedDeclarationInput {
  readonly cohort: string;
  readonly participant_id: unknown;
  readonly course_identifier: CourseIdentifier;
  readonly declaration_type: DeclarationType;
  readonly declaration_date: Date | string;
  readonly evidence_held?: EvidenceHeld;
}

/** Which `evidence_held` values a declaration accepts. */
export interface EvidenceOptions {
  /** Whether the API refuses the declaration without evidence. */
  readonly required: boolean;
  /** The accepted values; empty when the declaration takes no evidence. */
  readonly values: readonly EvidenceHeld[];
}

/**
 * The evidence rules for a cohort, course and declaration type, or `undefined` when the API refuses that
 * declaration type for the course in that cohort (mentors from 2025 have no retained or extended declarations).
 *
 * @example
 * evidenceOptions("2025", "ecf-induction", "retained-2");
 * // { required: true, values: ["75-percent-engagement-met", "75-percent-engagement-met-reduced-induction"] }
 */
export function evidenceOptions(
  cohort: string,
  course: CourseIdentifier,
  declarationType: DeclarationType,
): EvidenceOptions | undefined {
  const values = tableFor(cohort, course)[declarationType];
  return values && { required: values.length > 0, values };
}

/**
 * Builds the body of `POST /api/v3/participant-declarations`, checking the `declaration_type`/`evidence_held`
 * pair against the cohort's rules. With a literal cohort the check happens at compile time too.
 *
 * @throws RangeError when the pair is refused by the rules, the cohort is not a year from 2021 (a `string` cohort
 *   is only checked here), or the date is not RFC 3339.
 * @example
 * const body = buildDeclaration({
 *   cohort: "2025",
 *   participant_id: participant.id,
 *   course_identifier: "ecf-induction",
 *   declaration_type: "retained-2",
 *   declaration_date: "2026-04-02T10:00:00Z",
 *   evidence_held: "75-percent-engagement-met",
 * });
 * await client.POST("/api/v3/participant-declarations", { body });
 */
export function buildDeclaration<const Cohort extends CohortInput>(
  input: DeclarationInput<Cohort>,
): ParticipantDeclarationCreateRequest {
  // The types guard literal cohorts; inside, treat the input as plain data and check everything (callers may be
  // JavaScript, or hold the cohort as a `string`).
  const { cohort, participant_id, course_identifier, declaration_type, declaration_date, evidence_held } =
    input as unknown as UncheckedDeclarationInput;
  if (typeof participant_id !== "string" || participant_id === "") {
    throw new RangeError("participant_id must be a non-empty string");
  }
  const options = evidenceOptions(cohort, course_identifier, declaration_type);
  const who = `${course_identifier === "ecf-mentor" ? "a mentor" : "an ECT"} in cohort ${cohort}`;
  if (options === undefined) {
    throw new RangeError(`A ${declaration_type} declaration is not accepted for ${who}`);
  }
  if (evidence_held === undefined && options.required) {
    throw new RangeError(`A ${declaration_type} declaration for ${who} needs evidence_held: ${list(options.values)}`);
  }
  if (evidence_held !== undefined && !options.values.includes(evidence_held)) {
    const accepted = options.values.length === 0 ? "takes no evidence_held" : `accepts ${list(options.values)}`;
    throw new RangeError(`A ${declaration_type} declaration for ${who} ${accepted}, not "${evidence_held}"`);
  }
  // A string is checked but sent as given, offset included; a Date is sent the way the API renders dates.
  const instant = parseInstant(declaration_date, "declaration_date");
  const date = declaration_date instanceof Date ? formatRfc3339(instant) : declaration_date;
  const attributes = {
    participant_id,
    declaration_type,
    declaration_date: date,
    course_identifier,
    ...(evidence_held === undefined ? {} : { evidence_held }),
  };
  return { data: { type: "participant-declaration", attributes } } as ParticipantDeclarationCreateRequest;
}

function tableFor(cohort: string, course: CourseIdentifier): EvidenceTable {
  if (course !== "ecf-induction" && course !== "ecf-mentor") {
    throw new RangeError(`course_identifier must be "ecf-induction" or "ecf-mentor", got ${JSON.stringify(course)}`);
  }
  const year = /^\d{4}$/.test(cohort) ? Number(cohort) : Number.NaN;
  if (!(year >= FIRST_COHORT)) {
    throw new RangeError(`cohort must be a year from ${FIRST_COHORT}, e.g. "2025", got ${JSON.stringify(cohort)}`);
  }
  if (year < FIRST_DETAILED_EVIDENCE_COHORT) {
    return TABLES.BEFORE_2025;
  }
  return course === "ecf-mentor" ? TABLES.MENTOR_FROM_2025 : TABLES.ECT_FROM_2025;
}

function list(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}
