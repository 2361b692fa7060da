import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  calendarDateParts,
  isCalendarDate,
  lastDayOfMonth,
  monthName,
} from "../../src/time/calendar-date.ts";

describe("calendar dates", () => {
  it("validates, adds days and months, and knows month ends", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-2-1")).toBe(false);
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addMonths("2025-11-25", 2)).toBe("2026-01-25");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(lastDayOfMonth(2024, 2)).toBe("2024-02-29");
    expect(monthName(1)).toBe("January");
    expect(() => monthName(13)).toThrow(RangeError);
  });
});

describe("calendarDateParts", () => {
  it("reads the parts of a day, and of malformed input the way splitting on dashes does", () => {
    expect(calendarDateParts("2025-09-01")).toEqual({ year: 2025, month: 9, day: 1 });
    for (const raw of ["2025-9-1", "2025--1-01", "-202-01-01", "2025-0a-01", "20250901", ""]) {
      const [year, month, day] = raw.split("-").map(Number);
      expect(calendarDateParts(raw)).toEqual({ year: year ?? 0, month: month ?? 0, day: day ?? 0 });
    }
  });
});
