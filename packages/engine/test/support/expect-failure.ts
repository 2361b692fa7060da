import { expect } from "vitest";
import type { Outcome } from "../../src/result.ts";

/** Asserts a 422 with exactly these `[title, detail]` pairs, in this order. */
export function expectErrors(result: Outcome<unknown>, expected: readonly (readonly [string, string])[], status = 422) {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.failure).toEqual({
      status,
      errors: expected.map(([title, detail]) => ({ title, detail })),
    });
  }
}

/** The value of a success; any failure (of any shape) fails the test with what it carried. */
export function expectOk<T, F>(result: Outcome<T, F>): T {
  if (!result.ok) {
    throw new Error(`expected success, got ${JSON.stringify(result.failure)}`);
  }
  return result.value;
}
