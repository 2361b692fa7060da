import { BAD_REQUEST_TITLE } from "../http/messages.ts";
import { RequestError } from "../http/request-error.ts";
import { UUID } from "./control-body.ts";
import { CONTROL_MESSAGES, EXPECTED } from "./messages.ts";

const badRequest = (detail: string): RequestError => new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail }]);

const COHORT_YEAR = /^\d{4}$/;

/**
 * The query string of a control API list: its filters read one by one, with a 400 naming the parameter when a value
 * is malformed. As `ControlBody` does for fields, unknown parameters are refused, and so is a parameter given twice:
 * a typo or a second value must never silently widen the list.
 */
export class ControlQuery {
  readonly #values: ReadonlyMap<string, string>;

  private constructor(values: ReadonlyMap<string, string>) {
    this.#values = values;
  }

  /** Reads the request URL's query; `parameters` are the ones the operation documents. */
  static read(url: string, parameters: readonly string[]): ControlQuery {
    const values = new Map<string, string>();
    for (const [name, value] of new URL(url).searchParams) {
      if (!parameters.includes(name)) {
        throw badRequest(CONTROL_MESSAGES.unknownParameter(name));
      }
      if (values.has(name)) {
        throw badRequest(CONTROL_MESSAGES.repeatedParameter(name));
      }
      values.set(name, value);
    }
    return new ControlQuery(values);
  }

  /** Any value, as given (a name matched exactly). */
  text(parameter: string): string | undefined {
    return this.#values.get(parameter);
  }

  uuid(parameter: string): string | undefined {
    const value = this.#values.get(parameter);
    if (value !== undefined && !UUID.test(value)) {
      throw badRequest(CONTROL_MESSAGES.parameterMustBe(parameter, EXPECTED.uuid));
    }
    return value?.toLowerCase();
  }

  /** A cohort year such as `2025`. */
  cohortYear(parameter: string): number | undefined {
    const value = this.#values.get(parameter);
    if (value !== undefined && !COHORT_YEAR.test(value)) {
      throw badRequest(CONTROL_MESSAGES.parameterMustBe(parameter, EXPECTED.cohortYear));
    }
    return value === undefined ? undefined : Number(value);
  }

  /** A whole number from `min` to `max`, written in digits only. */
  integer(parameter: string, range: { min: number; max: number }, expected: string): number | undefined {
    const value = this.#values.get(parameter);
    if (value === undefined) {
      return undefined;
    }
    const number = /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < range.min || number > range.max) {
      throw badRequest(CONTROL_MESSAGES.parameterMustBe(parameter, expected));
    }
    return number;
  }

  /** A value that must match `pattern` in full. */
  matching(parameter: string, pattern: RegExp, expected: string): string | undefined {
    const value = this.#values.get(parameter);
    if (value !== undefined && !pattern.test(value)) {
      throw badRequest(CONTROL_MESSAGES.parameterMustBe(parameter, expected));
    }
    return value;
  }

  oneOf<const T extends string>(parameter: string, values: readonly T[], expected: string): T | undefined {
    const value = this.#values.get(parameter);
    if (value !== undefined && !values.includes(value as T)) {
      throw badRequest(CONTROL_MESSAGES.parameterMustBe(parameter, expected));
    }
    return value as T | undefined;
  }
}
