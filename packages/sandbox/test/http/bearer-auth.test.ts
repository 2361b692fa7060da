import { describe, expect, it } from "vitest";
import { MAX_AUTHORIZATION_LENGTH, readBearerToken } from "../../src/http/bearer-auth.ts";
import { AMBITION, API, UNAUTHORISED } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

describe("readBearerToken", () => {
  it.each([
    ["Bearer ambition-institute", "ambition-institute"],
    ["Bearer   capita  ", "capita"],
    ['Token token="teach-first"', "teach-first"],
    ["Token token=teach-first, other=1", "teach-first"],
    ['Bearer "quoted"', "quoted"],
    ["Bearer\tcapita", "capita"],
    ["Bearer capita \t; other=1", "capita"],
    ['Token token=" spaced "', "spaced"],
  ])("reads %s", (header, token) => {
    expect(readBearerToken(header)).toBe(token);
  });

  it.each([
    undefined,
    null,
    "",
    "Bearer",
    "Bearer ",
    "Basic dXNlcjpwYXNz",
    "bearer lower-case-scheme",
    "ambition-institute",
    "Bearerx",
    'Bearer ""',
    "Bearer , capita",
  ])("finds no token in %s", (header) => {
    expect(readBearerToken(header)).toBeUndefined();
  });
});

/** Milliseconds `readBearerToken` takes over `header`, `times` times. */
function parseTime(header: string, times: number): number {
  const start = performance.now();
  for (let index = 0; index < times; index++) {
    readBearerToken(header);
  }
  return performance.now() - start;
}

describe("hostile Authorization headers", () => {
  const { client } = testSandbox();

  it("answers an over-long header as an unknown token, even when it starts with a real one", async () => {
    const long = `${AMBITION}${" ".repeat(MAX_AUTHORIZATION_LENGTH)}x`;
    expect(readBearerToken(`Bearer ${long}`)).toBeUndefined();
    const response = await client.get(`${API}/statements`, { headers: { authorization: `Bearer ${long}` } });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(UNAUTHORISED);
  });

  it("parses a run of spaces in time linear in its length, not quadratic", () => {
    // Just under the length bound: the worst a client can send. A token of the same length is the linear baseline.
    // The two are compared in the same test, so a slow machine slows both; the old split pattern took thousands of
    // times the baseline on the spaces.
    const length = MAX_AUTHORIZATION_LENGTH - 10;
    const spaces = `Bearer a${" ".repeat(length)}b`;
    const plain = `Bearer ${"a".repeat(length)}`;
    parseTime(spaces, 50);
    parseTime(plain, 50);
    const ratio = parseTime(spaces, 1000) / Math.max(parseTime(plain, 1000), 0.1);
    expect(ratio).toBeLessThan(50);
  });
});
