import { COHORT_YEARS, LEAD_PROVIDERS, readContractTerms } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { seededContractTerms } from "../../src/seed/plan-contract-terms.ts";

const AMBITION = LEAD_PROVIDERS[0]?.id ?? "";

describe("seededContractTerms", () => {
  it("gives the same terms for the same seed, provider and cohort, and other terms otherwise", () => {
    const terms = seededContractTerms(4010, AMBITION, 2024);
    expect(seededContractTerms(4010, AMBITION, 2024)).toEqual(terms);
    expect(seededContractTerms(4011, AMBITION, 2024)).not.toEqual(terms);
    expect(seededContractTerms(4010, LEAD_PROVIDERS[1]?.id ?? "", 2024)).not.toEqual(terms);
  });

  it("gives terms the calculator accepts, with uplift fees up to 2024 and a mentor flat rate from 2025", () => {
    for (const seed of [1, 2, 3, 4010]) {
      for (const cohort of COHORT_YEARS) {
        const terms = seededContractTerms(seed, AMBITION, cohort);
        expect(readContractTerms(terms)).toEqual({ ok: true, value: terms });
        expect(terms.banded.upliftFeePerDeclaration === null).toBe(cohort >= 2025);
        expect(terms.mentorFlatRate === null).toBe(cohort < 2025);
        const prices = terms.banded.bands.map((band) => Number(band.feePerDeclaration));
        expect(prices).toEqual(prices.toSorted((a, b) => b - a));
      }
    }
  });
});
