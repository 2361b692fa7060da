import { describe, expect, it } from "vitest";
import { readBearerToken } from "../../src/http/bearer-auth.ts";

describe("readBearerToken", () => {
  it.each([
    ["Bearer ambition-institute", "ambition-institute"],
    ["Bearer   capita  ", "capita"],
    ['Token token="teach-first"', "teach-first"],
    ["Token token=teach-first, other=1", "teach-first"],
    ['Bearer "quoted"', "quoted"],
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
  ])("finds no token in %s", (header) => {
    expect(readBearerToken(header)).toBeUndefined();
  });
});
