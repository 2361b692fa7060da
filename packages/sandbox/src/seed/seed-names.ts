import type { Faker } from "@faker-js/faker";
import type { InductionTutor } from "@lpkit/engine";
import { pick } from "./seed-faker.ts";

const SCHOOL_KINDS = [
  "Primary School",
  "Academy",
  "Community School",
  "Church of England Primary School",
  "Catholic Primary School",
  "High School",
  "Secondary School",
  "Infant School",
  "Junior School",
  "School",
] as const;

/** "St Albans Church of England Primary School", "Harrow Hill Academy". */
export function schoolName(faker: Faker): string {
  const place = faker.location.city();
  const prefix = faker.datatype.boolean({ probability: 0.2 }) ? `St ${faker.person.firstName()}'s ` : "";
  return `${prefix}${place} ${pick(faker, SCHOOL_KINDS)}`;
}

const DELIVERY_PARTNER_KINDS = [
  "Teaching School Hub",
  "Teacher Training Partnership",
  "Learning Trust",
  "Education Alliance",
];

/** "North Somerset Teaching School Hub"; the index keeps names unique. */
export function deliveryPartnerName(faker: Faker, index: number): string {
  return `${faker.location.county()} ${DELIVERY_PARTNER_KINDS[index % DELIVERY_PARTNER_KINDS.length]} ${index + 1}`;
}

export function personName(faker: Faker): { fullName: string; firstName: string; lastName: string } {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  return { fullName: `${firstName} ${lastName}`, firstName, lastName };
}

export function email(faker: Faker, firstName: string, lastName: string): string {
  return faker.internet.email({ firstName, lastName, provider: "example.org" }).toLowerCase();
}

export function inductionTutor(faker: Faker): InductionTutor {
  const { fullName, firstName, lastName } = personName(faker);
  return { name: fullName, email: email(faker, firstName, lastName) };
}

/** A 7-digit teacher reference number. */
export function teacherReferenceNumber(faker: Faker): string {
  return String(faker.number.int({ min: 1_000_000, max: 9_999_999 }));
}
