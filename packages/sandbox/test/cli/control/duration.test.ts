import { describe, expect, it } from "vitest";
import { parseDuration } from "../../../src/cli/control/duration.ts";

describe("parseDuration", () => {
  it.each([
    ["30s", 30_000],
    ["90m", 5_400_000],
    ["2h", 7_200_000],
    ["30d", 30 * 86_400_000],
    ["1w", 7 * 86_400_000],
    ["1w2d3h", (9 * 24 + 3) * 3_600_000],
  ])("reads %s", (text, milliseconds) => {
    expect(parseDuration(text)).toBe(milliseconds);
  });

  it.each(["", "30", "d", "3x", "-1d", "1.5d", "0d", "1 d", "1D", "99999999999999999w"])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});
