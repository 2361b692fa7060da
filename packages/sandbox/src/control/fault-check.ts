import type { FaultInput } from "../http/faults.ts";
import { BAD_REQUEST_TITLE } from "../http/messages.ts";
import { RequestError } from "../http/request-error.ts";
import { canMatchRoute, pathUnderMount } from "../http/route-patterns.ts";
import { CONTROL_MESSAGES, EXPECTED } from "./messages.ts";
import { isLongerThan, TEXT_LIMITS } from "./text-limits.ts";

export const FAULT_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;

const refuse = (detail: string): RequestError => new RequestError(400, [{ title: BAD_REQUEST_TITLE, detail }]);

const isIntegerIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

/**
 * The one check of a fault, for `POST /__sandbox/faults` and the in-process `addFault` alike: the same input is
 * refused the same way (a `RequestError`, 400) by both. Beyond the types, a path that no API route begins is
 * refused, as it would never fire. See docs/decisions/sandbox-refused-mistakes.md.
 */
export function checkFault(input: FaultInput, routes: readonly string[]): FaultInput {
  if (!isIntegerIn(input.status, 400, 599)) {
    throw refuse(CONTROL_MESSAGES.mustBe("status", EXPECTED.statusCode));
  }
  if (input.count !== undefined && !isIntegerIn(input.count, 1, Number.MAX_SAFE_INTEGER)) {
    throw refuse(CONTROL_MESSAGES.mustBe("count", EXPECTED.positiveCount));
  }
  const { path, method } = input;
  if (method !== undefined && !FAULT_METHODS.includes(String(method).toUpperCase() as never)) {
    throw refuse(CONTROL_MESSAGES.mustBe("method", EXPECTED.method));
  }
  if (path !== undefined) {
    if (typeof path !== "string" || !path.startsWith("/")) {
      throw refuse(CONTROL_MESSAGES.mustBe("path", EXPECTED.path));
    }
    if (isLongerThan(path, TEXT_LIMITS.path)) {
      throw refuse(CONTROL_MESSAGES.tooLong("path", TEXT_LIMITS.path));
    }
    if (!canMatchRoute(path, routes)) {
      throw refuse(CONTROL_MESSAGES.faultPathMatchesNothing(path, pathUnderMount(path, routes)));
    }
  }
  return input;
}
