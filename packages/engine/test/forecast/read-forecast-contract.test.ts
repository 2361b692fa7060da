import { describe, expect, it } from "vitest";
import { readForecastContract } from "../../src/forecast/read-forecast-contract.ts";
import { smallBandTerms } from "../support/forecast-fixtures.ts";
import { headshipContract } from "../support/npq-forecast-fixtures.ts";

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
      {
        title: "extra",
        detail: 'extra is not a recognised field (expected "contracts", "npqContracts", "adjustments")',
      },
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

  it("reads NPQ terms by cohort identifier, the course group's template filling what is left out", () => {
    const read = readForecastContract({
      npqContracts: [
        headshipContract("2024"),
        {
          cohort: "2025b",
          courses: {
            "npq-leading-teaching": { recruitmentTarget: 5, feePerParticipant: "900.00", serviceFeeInstallments: 18 },
            "npq-headship": { recruitmentTarget: 10, feePerParticipant: "1000.00", serviceFeeInstallments: 20 },
          },
        },
      ],
    });
    expect(read.ok && read.value.terms.size).toBe(0);
    const npq = read.ok ? [...read.value.npqTerms.values()] : [];
    expect(npq.map(({ cohort, startYear }) => [cohort, startYear])).toEqual([
      ["2024a", 2024],
      ["2025b", 2025],
    ]);
    // In the service's course order, whatever order the file gives them in.
    expect(npq[1]?.courses.map(({ course }) => course)).toEqual(["npq-headship", "npq-leading-teaching"]);
    expect(npq[1]?.courses[1]?.terms).toMatchObject({
      numberOfPaymentPeriods: 3,
      serviceFeePercentage: 40,
      outputPaymentPercentage: 60,
      monthlyServiceFee: null,
      specialCourse: false,
      targetedDeliveryFundingPerParticipant: "100.00",
    });
  });

  it("lists every problem of the NPQ contracts with its path", () => {
    const read = readForecastContract({
      npqContracts: [
        { cohort: "2024x1", courses: {} },
        { cohort: "2024a", courses: { "npq-made-up": {}, "npq-headship": { recruitmentTarget: 0 } } },
        headshipContract("2025"),
        headshipContract("2025a"),
      ],
    });
    expect(read.ok ? [] : read.failure.map(({ detail }) => detail)).toEqual([
      'npqContracts[0].cohort must be a cohort such as "2025a" (or "2025" for 2025a)',
      'npqContracts[0].courses must be an object of terms by course identifier, such as { "npq-headship": {...} }',
      expect.stringMatching(/^npqContracts\[1\]\.courses\["npq-made-up"\] is not an NPQ course: use one of "npq-early/),
      'npqContracts[1].courses["npq-headship"].recruitmentTarget must be a whole number, 1 or more',
      expect.stringMatching(/^npqContracts\[1\]\.courses\["npq-headship"\]\.feePerParticipant is required/),
      expect.stringMatching(/^npqContracts\[1\]\.courses\["npq-headship"\]\.serviceFeeInstallments is required/),
      "npqContracts[3].cohort repeats the 2025a cohort: give each cohort's terms once",
    ]);
  });

  it("needs the contracts of one programme at least", () => {
    const read = readForecastContract({ adjustments: {} });
    expect(read.ok ? [] : read.failure.map(({ detail }) => detail)).toEqual([
      "contracts is missing: give contracts (ECF cohorts), npqContracts (NPQ cohorts) or both",
    ]);
  });
});
