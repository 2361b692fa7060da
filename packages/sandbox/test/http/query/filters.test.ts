import { describe, expect, it } from "vitest";
import {
  BAD_PARAMETER_TITLE,
  BAD_REQUEST_TITLE,
  FILTER_NOT_A_HASH,
  SCHOOLS_COHORT_REQUIRED,
  UPDATED_SINCE_INVALID,
} from "../../../src/http/messages.ts";
import { filterText, readFilter, readRequiredSchoolCohort, readUpdatedSince } from "../../../src/http/query/filters.ts";
import { parseQuery } from "../../../src/http/query/parse-query.ts";
import { RequestError } from "../../../src/http/request-error.ts";

const filterOf = (search: string) => readFilter(parseQuery(search));

function errorsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestError) {
      return error.errors;
    }
    throw error;
  }
  return "accepted";
}

describe("readFilter", () => {
  it("is empty without a filter and a hash with one", () => {
    expect(filterOf("")).toEqual({});
    expect(filterText(filterOf("filter[cohort]=2025"), "cohort")).toBe("2025");
  });

  it.each(["filter=abc", "filter[]=2025", "filter="])("rejects a filter that is not a hash (%s)", (search) => {
    expect(errorsOf(() => filterOf(search))).toEqual([{ title: BAD_PARAMETER_TITLE, detail: FILTER_NOT_A_HASH }]);
  });

  it("hands nested values over as absent text", () => {
    expect(filterText(filterOf("filter[cohort][]=2025"), "cohort")).toBeUndefined();
  });
});

describe("readRequiredSchoolCohort", () => {
  it.each(["", "filter[urn]=1", "filter[cohort]=", "filter[cohort]=%20"])("requires filter[cohort] (%s)", (search) => {
    expect(errorsOf(() => readRequiredSchoolCohort(filterOf(search)))).toEqual([
      { title: BAD_PARAMETER_TITLE, detail: SCHOOLS_COHORT_REQUIRED },
    ]);
  });

  it("passes the year through", () => {
    expect(readRequiredSchoolCohort(filterOf("filter[cohort]=2025"))).toBe("2025");
  });
});

describe("readUpdatedSince", () => {
  const read = (value: string) => readUpdatedSince(filterOf(`filter[updated_since]=${value}`));
  const INVALID = [{ title: BAD_REQUEST_TITLE, detail: UPDATED_SINCE_INVALID }];

  it("reads UTC date-times", () => {
    expect(read("2025-10-01T09:30:00Z")?.toISOString()).toBe("2025-10-01T09:30:00.000Z");
    expect(read("2025-10-01T09:30:00.123Z")?.toISOString()).toBe("2025-10-01T09:30:00.123Z");
  });

  it("reads a calendar date as London midnight", () => {
    expect(read("2025-07-01")?.toISOString()).toBe("2025-06-30T23:00:00.000Z");
    expect(read("2025-01-15")?.toISOString()).toBe("2025-01-15T00:00:00.000Z");
  });

  it("decodes the value a second time, so a double-encoded offset survives", () => {
    expect(read("2025-10-01T10%253A30%253A00Z")?.toISOString()).toBe("2025-10-01T10:30:00.000Z");
    expect(read("2025-10-01T10:30:00%252B01:00")?.toISOString()).toBe("2025-10-01T09:30:00.000Z");
  });

  it("loses a + offset sent once-encoded, as the real service does", () => {
    expect(errorsOf(() => read("2025-10-01T10:30:00%2B01:00"))).toEqual(INVALID);
  });

  it.each(["yesterday", "2025-13-01", "2025-02-30", "2025-10-01T25:00:00Z", "1"])("rejects %s", (value) => {
    expect(errorsOf(() => read(value))).toEqual(INVALID);
  });

  it("ignores a blank value", () => {
    expect(read("")).toBeUndefined();
  });
});
