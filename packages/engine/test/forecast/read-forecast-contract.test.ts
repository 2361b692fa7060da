import { describe, expect, it } from "vitest";
import { readForecastContract } from "../../src/forecast/read-forecast-contract.ts";
import { smallBandTerms } from "../support/forecast-fixtures.ts";

describe("readForecastContract", () => {
  it("reads terms by cohort and adjustments by statement", () => {
    const read = readForecastContract({
      contracts: [smallBandTerms(2024), smallBandTerms(2025)],
      adjustments: { s1: [{ description: "Reconciliation", amount: "12.50" }], s2: [] },
    });
    expect(read.ok && [...read.value.terms.keys()]).toEqual([2024, 2025]);
    expect(read.ok && Object.fromEntries(read.value.adjustments)).toEqual({
      s1: [{ description: "Reconciliation", amount: "12.50" }],
      s2: [],
    });
  });

  it("lists every problem with its path in the file", () => {
    const terms = smallBandTerms(2024);
    const broken = { ...terms, banded: { ...terms.banded, bands: [{ ...terms.banded.bands[0], capacity: 0 }] } };
    const read = readForecastContract({
      contracts: [broken, terms, terms],
      adjustments: { s1: [{ description: "", amount: "0.00" }] },
      extra: true,
    });
    expect(read.ok ? [] : read.failure).toEqual([
      { title: "extra", detail: 'extra is not a recognised field (expected "contracts", "adjustments")' },
      {
        title: "contracts[0].banded.bands[0].capacity",
        detail: "contracts[0].banded.bands[0].capacity must be a whole number, 1 or more",
      },
      {
        title: "contracts[2].cohort",
        detail: "contracts[2].cohort repeats the 2024 cohort: give each cohort's terms once",
      },
      {
        title: "adjustments.s1[0].description",
        detail: "adjustments.s1[0].description must be a non-blank string of at most 255 characters",
      },
      {
        title: "adjustments.s1[0].amount",
        detail: 'adjustments.s1[0].amount must not be zero, and must be from "-1000000.00" to "1000000.00"',
      },
    ]);
  });

  it("needs at least one contract", () => {
    const read = readForecastContract({ contracts: [] });
    expect(read.ok ? [] : read.failure).toEqual([
      { title: "contracts", detail: "contracts must have from 1 to 100 entries" },
    ]);
  });
});
