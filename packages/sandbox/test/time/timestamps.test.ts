import { describe, expect, it } from "vitest";
import { formatTimestamp, parseIso8601, parseRfc3339 } from "../../src/time/timestamps.ts";

describe("formatTimestamp", () => {
  it("renders UTC with whole seconds", () => {
    expect(formatTimestamp(new Date("2025-10-01T09:30:00.987Z"))).toBe("2025-10-01T09:30:00Z");
  });
});

describe("parseRfc3339", () => {
  it.each([
    ["2025-10-01T09:30:00Z", "2025-10-01T09:30:00.000Z"],
    ["2025-10-01t09:30:00.5z", "2025-10-01T09:30:00.500Z"],
    ["2025-10-01T10:30:00+01:00", "2025-10-01T09:30:00.000Z"],
    ["2024-02-29T00:00:00-05:30", "2024-02-29T05:30:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseRfc3339(text)?.toISOString()).toBe(iso);
  });

  it.each(["2025-10-01", "2025-10-01T09:30:00", "2025-02-29T00:00:00Z", "2025-10-01 09:30:00Z", "soon"])(
    "rejects %s",
    (text) => {
      expect(parseRfc3339(text)).toBeUndefined();
    },
  );
});

describe("parseIso8601", () => {
  it.each([
    ["2025-10-01T09:30Z", "2025-10-01T09:30:00.000Z"],
    ["2025-10-01T10:30:00", "2025-10-01T09:30:00.000Z"],
    ["20251001T093000Z", "2025-10-01T09:30:00.000Z"],
    ["20251001", "2025-09-30T23:00:00.000Z"],
    ["2025-10-01T10:30:00+0100", "2025-10-01T09:30:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseIso8601(text)?.toISOString()).toBe(iso);
  });

  it.each(["2025-1001", "2025-10-01T", "2025-10-01T10:30:00 01:00"])("rejects %s", (text) => {
    expect(parseIso8601(text)).toBeUndefined();
  });
});
