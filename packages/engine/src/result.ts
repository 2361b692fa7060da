/**
 * Rule failures are values, never exceptions: every command and check returns an `Outcome`.
 *
 * @module
 */

/** One entry of the service's `{"errors": [...]}` body, exactly as the client sees it. */
export interface ApiError {
  readonly title: string;
  readonly detail: string;
}

/** The HTTP statuses a rule can fail with (401 and 429 belong to the transport, not the rules). */
export type FailureStatus = 400 | 404 | 422;

export interface Failure {
  readonly status: FailureStatus;
  readonly errors: readonly ApiError[];
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

function fail(failure: Failure): { readonly ok: false; readonly failure: Failure } {
  return { ok: false, failure };
}

export function unprocessable(errors: readonly ApiError[]): { readonly ok: false; readonly failure: Failure } {
  return fail({ status: 422, errors });
}

export const NOT_FOUND_ERROR: ApiError = {
  title: "Resource not found",
  detail: "Nothing could be found for the provided details",
};

export function notFound(): { readonly ok: false; readonly failure: Failure } {
  return fail({ status: 404, errors: [NOT_FOUND_ERROR] });
}

/**
 * Collects 422 messages the way the service renders them: one entry per message, grouped per attribute in the order
 * the attributes first received an error, duplicates per attribute removed (ECF rules §1.6).
 */
export class ValidationErrors {
  readonly #byAttribute = new Map<string, string[]>();

  add(attribute: string, detail: string): void {
    const details = this.#byAttribute.get(attribute);
    if (details === undefined) {
      this.#byAttribute.set(attribute, [detail]);
    } else if (!details.includes(detail)) {
      details.push(detail);
    }
  }

  /** True when `attribute` has an error (or, with no argument, when anything has). */
  has(...attributes: string[]): boolean {
    if (attributes.length === 0) {
      return this.#byAttribute.size > 0;
    }
    return attributes.some((attribute) => this.#byAttribute.has(attribute));
  }

  get isEmpty(): boolean {
    return this.#byAttribute.size === 0;
  }

  toErrors(): ApiError[] {
    return [...this.#byAttribute].flatMap(([title, details]) => details.map((detail) => ({ title, detail })));
  }

  toFailure(): { readonly ok: false; readonly failure: Failure } {
    return unprocessable(this.toErrors());
  }
}
