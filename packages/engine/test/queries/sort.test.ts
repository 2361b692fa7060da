import { describe, expect, it } from "vitest";
import { DEFAULT_SORT, parseSort } from "../../src/queries/sort.ts";

describe("parseSort", () => {
  it("defaults to created_at ascending", () => {
    expect(parseSort(undefined)).toEqual(DEFAULT_SORT);
    expect(parseSort("")).toEqual(DEFAULT_SORT);
    expect(DEFAULT_SORT).toEqual([{ attribute: "created_at", direction: "asc" }]);
  });

  it("reads signs and keeps the order of keys", () => {
    expect(parseSort("-updated_at,+created_at")).toEqual([
      { attribute: "updated_at", direction: "desc" },
      { attribute: "created_at", direction: "asc" },
    ]);
    expect(parseSort("updated_at")).toEqual([{ attribute: "updated_at", direction: "asc" }]);
  });

  it("drops unknown attributes silently, falling back to the default when none is left", () => {
    expect(parseSort("name,-updated_at")).toEqual([{ attribute: "updated_at", direction: "desc" }]);
    expect(parseSort("name")).toEqual(DEFAULT_SORT);
    // An unencoded `+` arrives as a space and is not a known attribute.
    expect(parseSort(" created_at,-updated_at")).toEqual([{ attribute: "updated_at", direction: "desc" }]);
  });

  it("ignores a repeated attribute", () => {
    expect(parseSort("created_at,-created_at")).toEqual([{ attribute: "created_at", direction: "asc" }]);
  });
});
