/**
 * Rule failures are values, never exceptions: every command, check and calculation returns an `Outcome`. Bad input
 * never throws; the few `throw`s left in the engine mark states only an engine bug can reach, and say so.
 *
 * @module
 */

/** One entry of the service's `{"errors": [...]}` body, exactly as the client sees it. */
export interface ApiError {
  readonly title: string;
  readonly detail: string;
}

/** The HTTP statuses a rule can fail with (401 and 429 belong to the transport, not the rules). */
export type FailureStatus = 400 | 403 | 404 | 422;

export interface Failure {
  readonly status: FailureStatus;
  readonly errors: readonly ApiError[];
}

/**
 * The one result shape of the engine. `F` is what a failure carries: by default a `Failure` (an HTTP status and the
 * service's error list), for the payments calculator the list of input errors it found, for a single check its one
 * message.
 */
export type Outcome<T, F = Failure> = Success<T> | Rejection<F>;

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Rejection<F = Failure> {
  readonly ok: false;
  readonly failure: F;
}

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail<F = Failure>(failure: F): Rejection<F> {
  return { ok: false, failure };
}

export function unprocessable(errors: readonly ApiError[]): Rejection {
  return fail({ status: 422, errors });
}

export const NOT_FOUND_ERROR: ApiError = {
  title: "Resource not found",
  detail: "Nothing could be found for the provided details",
};

export function notFound(): Rejection {
  return fail({ status: 404, errors: [NOT_FOUND_ERROR] });
}

/** The NPQ service's answer to modifying a resource the lead provider can see but did not make (NPQ rules §1.4). */
export function forbidden(title: string, detail: string): Rejection {
  return fail({ status: 403, errors: [{ title, detail }] });
}

export function badRequest(detail: string, title = "Bad request"): Rejection {
  return fail({ status: 400, errors: [{ title, detail }] });
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

  toFailure(): Rejection {
    return unprocessable(this.toErrors());
  }
}
