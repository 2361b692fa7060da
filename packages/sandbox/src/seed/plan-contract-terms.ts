import { SimpleFaker } from "@faker-js/faker";
import {
  type CohortYear,
  type ContractTerms,
  defaultContractTerms,
  firstCohortWithMentorFlatRate,
  lastCohortWithUpliftFees,
} from "@lpkit/engine";

/** Output/service splits seen in contracts; 60/40 is the standard one. */
const FEE_SPLITS = [
  ["0.60", "0.40"],
  ["0.60", "0.40"],
  ["0.55", "0.45"],
  ["0.65", "0.35"],
] as const;

/**
 * The money terms of a seeded contract: varied like real contracts (prices, band capacities, output/service split,
 * recruitment target, a set-up fee on some, an explicit monthly service fee on some, VAT-registered or not) but
 * illustrative, since real prices are not published.
 *
 * Each contract draws from its own generator, seeded with the world's seed, the lead provider and the cohort: the
 * same seed always gives the same terms, and drawing them changes none of the world's other random choices.
 */
export function seededContractTerms(seed: number, leadProviderId: string, cohort: CohortYear): ContractTerms {
  const faker = new SimpleFaker();
  faker.seed([seed, textHash(leadProviderId), cohort]);
  const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items as T[]);
  const whole = (min: number, max: number, step = 1) => faker.number.int({ min: min / step, max: max / step }) * step;

  const [outputFeeRatio, serviceFeeRatio] = pick(FEE_SPLITS);
  const priceA = whole(900, 1400, 5);
  const priceB = priceA - whole(30, 100, 5);
  const priceC = priceB - whole(30, 100, 5);
  const capacities = [pick([1000, 1500, 2000, 2500, 3000]), pick([1000, 1500, 2000, 2500]), pick([1000, 2000, 3000])];
  const bands = [priceA, priceB, priceC].map((price, index) => ({
    capacity: capacities[index] ?? 1000,
    feePerDeclaration: pounds(price),
    outputFeeRatio,
    serviceFeeRatio,
  }));
  const bandA = capacities[0] ?? 1000;
  const terms = defaultContractTerms({
    cohort,
    vat: { registered: faker.datatype.boolean({ probability: 0.75 }) },
    banded: {
      bands,
      recruitmentTarget: whole(bandA / 2, bandA + (capacities[1] ?? 0), 10),
      upliftFeePerDeclaration:
        cohort <= lastCohortWithUpliftFees ? pick(["100.00", "100.00", "150.00", "200.00"]) : null,
      setupFee: faker.datatype.boolean({ probability: 0.25 }) ? pounds(whole(10_000, 30_000, 500)) : "0.00",
      monthlyServiceFee: faker.datatype.boolean({ probability: 0.3 }) ? pounds(whole(15_000, 45_000, 50)) : null,
    },
    mentorFlatRate:
      cohort >= firstCohortWithMentorFlatRate
        ? { feePerDeclaration: pick(["1000.00", "1100.00", "1200.00"]), recruitmentTarget: whole(100, 800, 10) }
        : null,
  });
  if (!terms.ok) {
    // Every draw above is inside the calculator's limits, for every cohort the seed contracts: a refusal is a bug in
    // this function, not something a seed or clock can cause.
    throw new Error(`Seeded contract terms refused: ${JSON.stringify(terms.failure)}`);
  }
  return terms.value;
}

function pounds(whole: number): string {
  return `${whole}.00`;
}

/** FNV-1a: a lead provider's id as a number for the generator's seed. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}
