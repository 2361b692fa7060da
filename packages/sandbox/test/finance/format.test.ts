import { describe, expect, it } from "vitest";
import { formatAuthorisedAt, formatDate, formatPounds, statementName } from "../../src/finance/format.ts";

describe("the dashboard's money and dates (finance dashboard §0)", () => {
  it("writes pounds with separators and two decimals, negative with the sign first, never -£0.00", () => {
    expect(formatPounds("1234.56")).toBe("£1,234.56");
    expect(formatPounds("-119.40")).toBe("-£119.40");
    expect(formatPounds("-0.00")).toBe("£0.00");
    expect(formatPounds("0.00")).toBe("£0.00");
    expect(formatPounds("1234567.5")).toBe("£1,234,567.50");
  });

  it("writes dates as the service does", () => {
    expect(formatDate("2026-01-02")).toBe("2 January 2026");
    expect(formatAuthorisedAt("2026-01-05T15:15:00Z")).toBe("3:15pm on 5 Jan 2026");
    expect(formatAuthorisedAt("2026-01-05T00:05:00Z")).toBe("12:05am on 5 Jan 2026");
    expect(statementName({ month: 11, year: 2021 })).toBe("November 2021");
  });
});
