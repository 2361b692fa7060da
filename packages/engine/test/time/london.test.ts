import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromLondonWallClock,
  londonDateOf,
  londonOffsetMs,
  londonToday,
  startOfLondonDay,
} from "../../src/time/london.ts";

const HOUR_MS = 3_600_000;

/** London's wall clock straight from the time zone database, as the cached functions must always answer. */
const reference = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function referenceWallClock(epochMs: number): { date: string; offsetMs: number } {
  const parts: Record<string, string> = {};
  for (const part of reference.formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value;
  }
  const wallMs =
    Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ) +
    (((epochMs % 1000) + 1000) % 1000);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, offsetMs: wallMs - epochMs };
}

describe("London days", () => {
  it("today is the London calendar day, not the UTC one", () => {
    expect(londonToday(new Date("2025-07-31T23:30:00Z"))).toBe("2025-08-01"); // BST
    expect(londonToday(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12-31"); // GMT
    expect(londonDateOf("2025-03-30T00:59:59.999Z")).toBe("2025-03-30");
  });

  it("a day starts at London midnight, across both clock changes", () => {
    expect(startOfLondonDay("2025-06-01").toISOString()).toBe("2025-05-31T23:00:00.000Z");
    expect(startOfLondonDay("2025-01-01").toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(startOfLondonDay("2025-03-30").toISOString()).toBe("2025-03-30T00:00:00.000Z"); // clocks go forward at 01:00
    expect(startOfLondonDay("2025-03-31").toISOString()).toBe("2025-03-30T23:00:00.000Z");
    expect(startOfLondonDay("2025-10-26").toISOString()).toBe("2025-10-25T23:00:00.000Z"); // clocks go back at 02:00
    expect(startOfLondonDay("2025-10-27").toISOString()).toBe("2025-10-27T00:00:00.000Z");
  });

  it("a day's start is a fresh Date each time, so a caller changing it cannot change the next answer", () => {
    const first = startOfLondonDay("2025-06-01");
    first.setTime(0);
    expect(startOfLondonDay("2025-06-01").toISOString()).toBe("2025-05-31T23:00:00.000Z");
  });
});

describe("London offset at the clock changes", () => {
  it("changes at exactly 01:00 UTC, to the millisecond", () => {
    // Spring 2025: 01:00 GMT becomes 02:00 BST on 30 March.
    expect(londonOffsetMs(Date.parse("2025-03-30T00:59:59.999Z"))).toBe(0);
    expect(londonOffsetMs(Date.parse("2025-03-30T01:00:00.000Z"))).toBe(HOUR_MS);
    // Autumn 2025: 02:00 BST becomes 01:00 GMT on 26 October.
    expect(londonOffsetMs(Date.parse("2025-10-26T00:59:59.999Z"))).toBe(HOUR_MS);
    expect(londonOffsetMs(Date.parse("2025-10-26T01:00:00.000Z"))).toBe(0);
    // The same, asked in the opposite order (answers do not depend on what was asked first).
    expect(londonOffsetMs(Date.parse("2024-10-27T01:00:00.000Z"))).toBe(0);
    expect(londonOffsetMs(Date.parse("2024-10-27T00:59:59.999Z"))).toBe(HOUR_MS);
    expect(londonOffsetMs(Date.parse("2024-03-31T01:00:00.000Z"))).toBe(HOUR_MS);
    expect(londonOffsetMs(Date.parse("2024-03-31T00:59:59.999Z"))).toBe(0);
  });

  it("dates the last summer hour and the repeated autumn hour on the right London day", () => {
    expect(londonDateOf("2025-10-25T22:59:59.999Z")).toBe("2025-10-25"); // 23:59:59 BST
    expect(londonDateOf("2025-10-25T23:00:00.000Z")).toBe("2025-10-26"); // 00:00 BST
    expect(londonDateOf("2025-10-26T23:59:59.999Z")).toBe("2025-10-26"); // 23:59:59 GMT
    expect(londonDateOf("2025-10-27T00:00:00.000Z")).toBe("2025-10-27");
    expect(londonDateOf("2025-03-29T23:59:59.999Z")).toBe("2025-03-29");
    expect(londonDateOf("2025-03-30T23:00:00.000Z")).toBe("2025-03-31"); // midnight BST
  });

  it("reads wall-clock times the changes skip or repeat consistently", () => {
    const wall = (iso: string) => fromLondonWallClock(Date.parse(iso)).toISOString();
    expect(wall("2025-03-30T00:59:00Z")).toBe("2025-03-30T00:59:00.000Z");
    // 01:30 does not exist in London on 30 March: it reads with the winter offset (02:30 BST).
    expect(wall("2025-03-30T01:30:00Z")).toBe("2025-03-30T01:30:00.000Z");
    expect(wall("2025-03-30T02:00:00Z")).toBe("2025-03-30T01:00:00.000Z");
    expect(wall("2025-10-26T00:30:00Z")).toBe("2025-10-25T23:30:00.000Z");
    // 01:30 happens twice in London on 26 October: the later (GMT) one.
    expect(wall("2025-10-26T01:30:00Z")).toBe("2025-10-26T01:30:00.000Z");
    expect(wall("2025-10-26T02:00:00Z")).toBe("2025-10-26T02:00:00.000Z");
  });

  it("agrees with the time zone database at every hour around the changes of 2020-2030", () => {
    for (let year = 2020; year <= 2030; year++) {
      for (const month of [2, 9]) {
        // The last week of March and of October, on the hour and one millisecond either side.
        for (let at = Date.UTC(year, month, 24); at < Date.UTC(year, month, 32); at += HOUR_MS) {
          for (const epochMs of [at - 1, at, at + 1]) {
            const expected = referenceWallClock(epochMs);
            expect(londonOffsetMs(epochMs)).toBe(expected.offsetMs);
            expect(londonDateOf(new Date(epochMs))).toBe(expected.date);
          }
        }
      }
    }
  });

  it("agrees with the time zone database at any instant, asked in any order", () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const epochMs of instants) {
          const expected = referenceWallClock(epochMs);
          expect(londonOffsetMs(epochMs)).toBe(expected.offsetMs);
          expect(londonDateOf(new Date(epochMs))).toBe(expected.date);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds the historical changes too (British Double Summer Time, 1941)", () => {
    // 4 May 1941: 01:00 GMT became 03:00 BDST (offset two hours).
    expect(londonOffsetMs(Date.parse("1941-05-04T00:59:59.999Z"))).toBe(HOUR_MS);
    expect(londonOffsetMs(Date.parse("1941-05-04T01:00:00.000Z"))).toBe(2 * HOUR_MS);
  });
});
