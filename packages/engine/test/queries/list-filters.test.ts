import { describe, expect, it } from "vitest";
import {
  parseCohortListFilter,
  parseIdListFilter,
  parseTrainingStatusFilter,
  parseUrnFilter,
  parseUuidFilter,
  parseUuidListFilter,
} from "../../src/queries/list-filters.ts";

const A = "4f0b6c7e-8d1a-4a57-9f0e-0c5e2b1f7a11";
const B = "9A3C5E1F-2B4D-4C6E-8F0A-1B2C3D4E5F60";

describe("parseCohortListFilter", () => {
  it("ignores an absent or blank filter", () => {
    expect(parseCohortListFilter(undefined)).toBeUndefined();
    expect(parseCohortListFilter("")).toBeUndefined();
    expect(parseCohortListFilter("  ")).toBeUndefined();
  });

  it("keeps only all-digit items", () => {
    expect(parseCohortListFilter("2021,2022")).toEqual([2021, 2022]);
    expect(parseCohortListFilter("2021,abc,2023")).toEqual([2021, 2023]);
    expect(parseCohortListFilter("2021, 2022")).toEqual([2021]);
    expect(parseCohortListFilter("2024,2024")).toEqual([2024]);
  });

  it("takes a list (filter[cohort][]=…) item by item, without splitting on commas", () => {
    expect(parseCohortListFilter(["2021", "2022"])).toEqual([2021, 2022]);
    expect(parseCohortListFilter(["2021", "abc"])).toEqual([2021]);
    expect(parseCohortListFilter(["2021,2022"])).toEqual([]);
    expect(parseCohortListFilter([""])).toEqual([]);
    expect(parseCohortListFilter([])).toBeUndefined();
  });

  it("matches nothing when every item is invalid", () => {
    expect(parseCohortListFilter("abc")).toEqual([]);
    expect(parseCohortListFilter(",")).toEqual([]);
    expect(parseCohortListFilter("2021a")).toEqual([]);
  });
});

describe("parseUuidListFilter", () => {
  it("keeps only well-formed UUIDs, lower-cased", () => {
    expect(parseUuidListFilter(`${A},nope,${B}`)).toEqual([A, B.toLowerCase()]);
    expect(parseUuidListFilter("nope")).toEqual([]);
    expect(parseUuidListFilter("")).toBeUndefined();
  });
});

describe("parseIdListFilter", () => {
  it("casts every item as the database does: a non-id matches nothing", () => {
    expect(parseIdListFilter(`${A},nope`)).toEqual([A, ""]);
    expect(parseIdListFilter(B)).toEqual([B.toLowerCase()]);
    expect(parseIdListFilter(undefined)).toBeUndefined();
  });
});

describe("parseTrainingStatusFilter", () => {
  it("accepts the three statuses and turns anything else into a filter that matches nothing", () => {
    expect(parseTrainingStatusFilter("active")).toBe("active");
    expect(parseTrainingStatusFilter("deferred")).toBe("deferred");
    expect(parseTrainingStatusFilter("withdrawn")).toBe("withdrawn");
    expect(parseTrainingStatusFilter("Active")).toBeNull();
    expect(parseTrainingStatusFilter("left")).toBeNull();
    expect(parseTrainingStatusFilter("")).toBeUndefined();
  });
});

describe("parseUuidFilter", () => {
  it("compares the id as the database casts it; blank is no filter, a non-id matches nothing", () => {
    expect(parseUuidFilter(A)).toBe(A);
    expect(parseUuidFilter(A.toUpperCase())).toBe(A);
    expect(parseUuidFilter(`{${A.replaceAll("-", "")}}`)).toBe(A);
    expect(parseUuidFilter(" ")).toBeUndefined();
    expect(parseUuidFilter(`${A} `)).toBe("");
  });
});

describe("parseUrnFilter", () => {
  it("casts like Rails' integer type", () => {
    expect(parseUrnFilter("123456")).toBe("123456");
    expect(parseUrnFilter("123456,invalid")).toBe("123456");
    expect(parseUrnFilter(" 0123456")).toBe("123456");
    expect(parseUrnFilter("+123456")).toBe("123456");
    expect(parseUrnFilter("123_456")).toBe("123456");
    expect(parseUrnFilter("invalid")).toBeNull();
    expect(parseUrnFilter("")).toBeUndefined();
  });
});
