import { describe, expect, it } from "vitest";
import { formatApiDateTime, parseDateTime } from "../../src/time/rfc3339.ts";

describe("formatApiDateTime", () => {
  it("renders UTC without fractional seconds", () => {
    expect(formatApiDateTime("2025-10-01T09:30:00.999Z")).toBe("2025-10-01T09:30:00Z");
    expect(formatApiDateTime(new Date("2025-10-01T10:30:00+01:00"))).toBe("2025-10-01T09:30:00Z");
  });

  it("renders a stored instant as it renders the same moment as a Date", () => {
    for (let epochMs = Date.UTC(1999, 11, 31, 23, 59, 59, 999); epochMs < Date.UTC(2031, 0, 1); epochMs += 86_399_937) {
      const at = new Date(epochMs);
      expect(formatApiDateTime(at.toISOString())).toBe(formatApiDateTime(at));
    }
  });

  it("normalises a string that is not in the stored form", () => {
    expect(formatApiDateTime("2025-10-01T10:30:00+01:00")).toBe("2025-10-01T09:30:00Z");
    expect(formatApiDateTime("2025-10-01T09:30:00Z")).toBe("2025-10-01T09:30:00Z");
  });
});

describe("parseDateTime", () => {
  it.each([
    ["2025-10-01T10:00:00Z", "2025-10-01T10:00:00.000Z"],
    ["2025-10-01T10:00:00.5Z", "2025-10-01T10:00:00.500Z"],
    ["2025-10-01T10:00:00,25-02:30", "2025-10-01T12:30:00.250Z"],
    ["2025-10-01T10:00:00+01", "2025-10-01T09:00:00.000Z"],
    ["2025-10-01T10:00:00", "2025-10-01T09:00:00.000Z"], // no offset: London time (BST)
    ["2025-12-01T10:00:00", "2025-12-01T10:00:00.000Z"], // no offset: London time (GMT)
  ])("%s is RFC 3339 at %s", (raw, instant) => {
    const parsed = parseDateTime(raw);
    expect(parsed.kind).toBe("rfc3339");
    expect(parsed.kind !== "unparsable" && parsed.at.toISOString()).toBe(instant);
  });

  it.each([
    ["2025-10-01T10:00:00", "2025-10-01T09:00:00.000Z", "2025-10-01T10:00:00.000Z"],
    ["2025-12-01T10:00:00", "2025-12-01T10:00:00.000Z", "2025-12-01T10:00:00.000Z"],
    ["2025-10-01 10:00:00", "2025-10-01T09:00:00.000Z", "2025-10-01T10:00:00.000Z"],
    ["2025-10-01T10:00:00+01:00", "2025-10-01T09:00:00.000Z", "2025-10-01T09:00:00.000Z"],
    ["2025-10-01T10:00:00Z", "2025-10-01T10:00:00.000Z", "2025-10-01T10:00:00.000Z"],
  ])("%s is stored at %s and compared at %s (no offset: London, then UTC)", (raw, stored, compared) => {
    const parsed = parseDateTime(raw);
    expect(parsed.kind !== "unparsable" && [parsed.at.toISOString(), parsed.comparedAt.toISOString()]).toEqual([
      stored,
      compared,
    ]);
  });

  it.each(["2025-10-01 10:00:00 +0000", "2025-10-01", "2025-10-01T10:00Z", " 2025-10-01T10:00:00Z"])(
    "%s parses leniently but is not RFC 3339",
    (raw) => {
      expect(parseDateTime(raw).kind).toBe("lenient");
    },
  );

  it.each([
    "invalid",
    "2025-13-01T10:00:00Z",
    "2025-02-29T10:00:00Z",
    "2025-10-01T24:00:00Z",
    "2025-10-01T10:00:00+24:00",
    "",
  ])("%j is unparsable", (raw) => {
    expect(parseDateTime(raw).kind).toBe("unparsable");
  });
});
