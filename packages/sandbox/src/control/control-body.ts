import { npqCohortIdentifier, parseNpqCohortIdentifier } from "@lpkit/engine";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../http/body/json-depth.ts";
import { BAD_REQUEST_TITLE } from "../http/messages.ts";
import { RequestError } from "../http/request-error.ts";
import { parseRfc3339 } from "../time/timestamps.ts";
import { isJsonContentType, notJsonError } from "./control-guard.ts";
import { CONTROL_MESSAGES, EXPECTED } from "./messages.ts";
import { isLongerThan, TEXT_LIMITS } from "./text-limits.ts";

const badRequest = (detail: string): RequestError => new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail }]);

/** A UUID in any case; ids are compared in lower case. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A control API request body: a JSON object whose fields are read one by one with a 400 naming the field when
 * one is missing or of the wrong type. Unknown fields are refused, so a typo never silently does nothing.
 */
export class ControlBody {
  readonly #fields: Record<string, unknown>;

  private constructor(fields: Record<string, unknown>) {
    this.#fields = fields;
  }

  /**
   * Reads the body, which must be declared `application/json` (docs/decisions/sandbox-network-exposure.md); an
   * absent or empty body is `{}` when the request allows one.
   */
  static async read(request: Request, fields: readonly string[], options: { optional: boolean }): Promise<ControlBody> {
    const text = await request.text();
    if (text !== "" && !isJsonContentType(request.headers.get("content-type"))) {
      throw notJsonError();
    }
    let parsed: unknown = {};
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      throw badRequest(CONTROL_MESSAGES.nestedTooDeep(MAX_JSON_DEPTH));
    }
    if (text.trim() !== "") {
      try {
        parsed = JSON.parse(text);
      } catch {
        throw badRequest(CONTROL_MESSAGES.bodyNotJson);
      }
    } else if (!options.optional) {
      throw badRequest(CONTROL_MESSAGES.bodyNotJson);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw badRequest(CONTROL_MESSAGES.bodyNotJson);
    }
    const body = parsed as Record<string, unknown>;
    for (const key of Object.keys(body)) {
      if (!fields.includes(key)) {
        throw badRequest(CONTROL_MESSAGES.unknownField(key));
      }
    }
    return new ControlBody(body);
  }

  has(field: string): boolean {
    return Object.hasOwn(this.#fields, field);
  }

  #value(field: string, required: boolean): unknown {
    const value = this.#fields[field];
    if (required && (value === undefined || value === null || value === "")) {
      throw badRequest(CONTROL_MESSAGES.required(field));
    }
    return value ?? undefined;
  }

  /** Text of at most `maxLength` characters (see `TEXT_LIMITS`). */
  text(field: string, options: { required: true; maxLength: number }): string;
  text(field: string, options: { required?: boolean; maxLength: number }): string | undefined;
  text(field: string, { required = false, maxLength }: { required?: boolean; maxLength: number }): string | undefined {
    const value = this.#value(field, required);
    if (value !== undefined && typeof value !== "string") {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.text));
    }
    if (value !== undefined && isLongerThan(value, maxLength)) {
      throw badRequest(CONTROL_MESSAGES.tooLong(field, maxLength));
    }
    return value;
  }

  uuid(field: string, options: { required: true }): string;
  uuid(field: string, options?: { required: boolean }): string | undefined;
  uuid(field: string, { required = false } = {}): string | undefined {
    const value = this.#value(field, required);
    if (value !== undefined && (typeof value !== "string" || !UUID.test(value))) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.uuid));
    }
    return value?.toLowerCase();
  }

  /** A URL path, starting with `/`. */
  path(field: string): string | undefined {
    const value = this.#value(field, false);
    if (value !== undefined && (typeof value !== "string" || !value.startsWith("/"))) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.path));
    }
    if (value !== undefined && isLongerThan(value, TEXT_LIMITS.path)) {
      throw badRequest(CONTROL_MESSAGES.tooLong(field, TEXT_LIMITS.path));
    }
    return value;
  }

  boolean(field: string): boolean | undefined {
    const value = this.#value(field, false);
    if (value !== undefined && typeof value !== "boolean") {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.boolean));
    }
    return value;
  }

  integer(field: string, expected: string, range: { min: number; max: number }): number | undefined {
    const value = this.#value(field, false);
    if (value === undefined) {
      return undefined;
    }
    if (typeof value !== "number" || !Number.isInteger(value) || value < range.min || value > range.max) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, expected));
    }
    return value;
  }

  /** A cohort year given as `"2025"` (the API's form) or `2025`. */
  cohortYear(field: string, options: { required: true }): number;
  cohortYear(field: string, options?: { required: boolean }): number | undefined;
  cohortYear(field: string, { required = false } = {}): number | undefined {
    const value = this.#value(field, required);
    if (value === undefined) {
      return undefined;
    }
    return readYear(field, value, EXPECTED.cohortYear);
  }

  cohortYears(field: string): number[] {
    const value = this.#value(field, true);
    if (!Array.isArray(value) || value.length === 0) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.cohortYears));
    }
    return value.map((item) => readYear(field, item, EXPECTED.cohortYears));
  }

  /** `YYYY-MM-DD`, a real calendar day. */
  date(field: string): string | undefined {
    const value = this.#value(field, false);
    if (value === undefined) {
      return undefined;
    }
    const match = typeof value === "string" ? CALENDAR_DATE.exec(value) : null;
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const valid = match !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month <= 12;
    if (!valid) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.date));
    }
    return value as string;
  }

  /** An RFC 3339 instant, `null` (explicitly "none"), or undefined when absent. */
  instantOrNull(field: string): Date | null | undefined {
    if (!this.has(field)) {
      return undefined;
    }
    const value = this.#fields[field];
    if (value === null) {
      return null;
    }
    const instant = typeof value === "string" ? parseRfc3339(value) : undefined;
    if (instant === undefined) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.dateTimeOrNull));
    }
    return instant;
  }

  /** `null` when the field is sent as `null` (explicitly "none"), else what `read` reads. */
  orNull<T>(field: string, read: () => T | undefined): T | null | undefined {
    return this.has(field) && this.#fields[field] === null ? null : read();
  }

  /** An NPQ cohort as a person names it (`"2026b"`, or `"2025"` for suffix `a`), as its identifier (`2025a`). */
  npqCohort(field: string): string {
    const value = this.#value(field, true);
    const parsed = typeof value === "string" ? parseNpqCohortIdentifier(value) : undefined;
    if (parsed === undefined) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.npqCohort));
    }
    return npqCohortIdentifier(parsed.startYear, parsed.suffix);
  }

  /** A non-empty list of NPQ cohorts as people name them, as identifiers. */
  npqCohorts(field: string): string[] {
    const value = this.#value(field, true);
    if (!Array.isArray(value) || value.length === 0) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.npqCohorts));
    }
    return value.map((item) => {
      const parsed = typeof item === "string" ? parseNpqCohortIdentifier(item) : undefined;
      if (parsed === undefined) {
        throw badRequest(CONTROL_MESSAGES.mustBe(field, EXPECTED.npqCohorts));
      }
      return npqCohortIdentifier(parsed.startYear, parsed.suffix);
    });
  }

  oneOf<const T extends string>(field: string, values: readonly T[], expected: string): T | undefined {
    const value = this.#value(field, false);
    if (value !== undefined && !values.includes(value as T)) {
      throw badRequest(CONTROL_MESSAGES.mustBe(field, expected));
    }
    return value as T | undefined;
  }

  required<T>(field: string, value: T | undefined): T {
    if (value === undefined) {
      throw badRequest(CONTROL_MESSAGES.required(field));
    }
    return value;
  }
}

function readYear(field: string, value: unknown, expected: string): number {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^\d{4}$/.test(text)) {
    throw badRequest(CONTROL_MESSAGES.mustBe(field, expected));
  }
  return Number(text);
}
