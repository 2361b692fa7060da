import { base, en, en_GB, Faker } from "@faker-js/faker";

/**
 * The world's source of fake data: British names and places, seeded. Only faker's value generators are used
 * (never its date helpers, which read the machine's clock), so the same seed gives the same world on any day.
 */
export function seededFaker(seed: number): Faker {
  return new Faker({ locale: [en_GB, en, base], seed });
}

/** Picks with faker's generator, so every choice of the seed stays reproducible. */
export function pick<T>(faker: Faker, items: readonly T[]): T {
  return faker.helpers.arrayElement(items as T[]);
}

export function chance(faker: Faker, probability: number): boolean {
  return faker.datatype.boolean({ probability });
}
