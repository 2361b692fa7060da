import { describe, expect, it } from "vitest";
import {
  BAD_PARAMETER_TITLE,
  BAD_REQUEST_TITLE,
  FILTER_NOT_A_HASH,
  SCHOOLS_COHORT_REQUIRED,
  UPDATED_SINCE_INVALID,
} from "../../../src/http/messages.ts";
import {
  cohortFilter,
  filterText,
  readFilter,
  readRequiredSchoolCohort,
  readUpdatedSince,
} from "../../../src/http/query/filters.ts";
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
    expect(filterText(filterOf("filter[participant_id][]=x"), "participant_id")).toBeUndefined();
  });

  it("counts a bare ?filter (Ruby's nil) as no filter", () => {
    expect(filterOf("filter")).toEqual({});
  });
});

describe("cohortFilter", () => {
  it("hands over text, or the list of filter[cohort][]", () => {
    expect(cohortFilter(filterOf("filter[cohort]=2021,2022"))).toBe("2021,2022");
    expect(cohortFilter(filterOf("filter[cohort][]=2021&filter[cohort][]=2022"))).toEqual(["2021", "2022"]);
    expect(cohortFilter(filterOf("filter[cohort][][x]=2021"))).toEqual([""]);
    expect(cohortFilter(filterOf("filter[cohort][x]=2021"))).toBeUndefined();
  });
});

describe("readRequiredSchoolCohort", () => {
  it.each(["", "filter[urn]=1", "filter[Cohort]=2025"])("requires the filter[cohort] key (%s)", (search) => {
    expect(errorsOf(() => readRequiredSchoolCohort(filterOf(search)))).toEqual([
      { title: BAD_PARAMETER_TITLE, detail: SCHOOLS_COHORT_REQUIRED },
    ]);
  });

  it("passes the value through, whatever it is", () => {
    expect(readRequiredSchoolCohort(filterOf("filter[cohort]=2025"))).toBe("2025");
    expect(readRequiredSchoolCohort(filterOf("filter[cohort]="))).toBe("");
    expect(readRequiredSchoolCohort(filterOf("filter[cohort]"))).toBeNull();
    expect(readRequiredSchoolCohort(filterOf("filter[cohort][]=2025"))).toEqual(["2025"]);
  });
});

describe("readUpdatedSince", () => {
  const read = (value: string) => readUpdatedSince(filterOf(`filter[updated_since]=${value}`));
  const INVALID = [{ title: BAD_REQUEST_TITLE, detail: UPDATED_SINCE_INVALID }];

  it("reads UTC date-times", () => {
    expect(read("2025-10-01T09:30:00Z")?.toISOString()).toBe("2025-10-01T09:30:00.000Z");
    expect(read("2025-10-01T09:30:00.123Z")?.toISOString()).toBe("2025-10-01T09:30:00.123Z");
  });

  it("reads a value without an offset as UTC, and accepts surrounding white space", () => {
    expect(read("2025-07-01T10:00:00")?.toISOString()).toBe("2025-07-01T10:00:00.000Z");
    expect(read("+2025-07-01T10:00:00Z")?.toISOString()).toBe("2025-07-01T10:00:00.000Z");
  });

  it("decodes the value a second time, so a double-encoded offset survives", () => {
    expect(read("2025-10-01T10%253A30%253A00Z")?.toISOString()).toBe("2025-10-01T10:30:00.000Z");
    expect(read("2025-10-01T10:30:00%252B01:00")?.toISOString()).toBe("2025-10-01T09:30:00.000Z");
  });

  it("loses a + offset sent once-encoded, as the real service does", () => {
    expect(errorsOf(() => read("2025-10-01T10:30:00%2B01:00"))).toEqual(INVALID);
  });

  it.each(["yesterday", "2025-07-01", "2025-07-01T10:00Z", "20250701", "2025-10-01T25:00:00Z", "1", "%2525zz"])(
    "rejects %s",
    (value) => {
      expect(errorsOf(() => read(value))).toEqual(INVALID);
    },
  );

  it("ignores a blank value", () => {
    expect(read("")).toBeUndefined();
    expect(read("%20%C2%A0")).toBeUndefined();
    expect(readUpdatedSince(filterOf("filter[updated_since]"))).toBeUndefined();
  });

  it("refuses a list or a hash (where the service fails with a 500)", () => {
    expect(errorsOf(() => readUpdatedSince(filterOf("filter[updated_since][]=2025-07-01T10:00:00Z")))).toEqual(INVALID);
    expect(errorsOf(() => readUpdatedSince(filterOf("filter[updated_since][a]=x")))).toEqual(INVALID);
  });
});
