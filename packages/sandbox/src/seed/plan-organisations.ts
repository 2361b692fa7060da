import type { CohortYear, CommandOf } from "@lpkit/engine";
import { addDays, addMonths, lookupIds } from "@lpkit/engine/internal";
import { seededContractTerms } from "./plan-contract-terms.ts";
import { DAY_MS, londonInstant } from "./seed-clock.ts";
import {
  leadProviderCohort,
  type SeedContext,
  type SeedDeliveryPartner,
  type SeedPartnership,
  type SeedSchool,
  structuralTime,
} from "./seed-context.ts";
import { chance, pick } from "./seed-faker.ts";
import { deliveryPartnerName, inductionTutor, schoolName } from "./seed-names.ts";

type RegisterSchoolCommand = CommandOf<"registerSchool">;
type SchoolCohortInput = NonNullable<RegisterSchoolCommand["cohorts"]>[number];

/** Sizes of DfE's own sandbox seed (ECF rules §9). */
const SCHOOL_COUNT = 30;
const DELIVERY_PARTNER_COUNT = 50;
const SHARED_DELIVERY_PARTNERS = 3;
const DELIVERY_PARTNERS_PER_LEAD_PROVIDER_COHORT = 15;
const PARTNERSHIPS_PER_LEAD_PROVIDER_COHORT = 15;
const EXTRA_DELIVERY_PARTNER_PARTNERSHIPS = 5;

/** Before any cohort: schools and delivery partners exist from the spring of 2021. */
const REGISTRY_OPENS = "2021-03-01";

/**
 * Schools, delivery partners, who works with whom in which cohort, and each lead provider's contract and
 * statements per cohort.
 */
export function planOrganisations(context: SeedContext): void {
  planSchools(context);
  planDeliveryPartners(context);
  for (const leadProvider of context.leadProviders) {
    for (const year of leadProvider.cohortYears) {
      planContract(context, leadProvider.id, year);
      planDeliveryPartnerships(context, leadProvider.id, year);
      planSchoolPartnerships(context, leadProvider.id, year);
    }
  }
}

function planSchools(context: SeedContext): void {
  const { faker } = context;
  const years = Object.keys(context.run.world.cohorts).map(Number);
  for (let index = 0; index < SCHOOL_COUNT; index++) {
    // A few schools are not eligible for DfE funding (independent, closed, outside England).
    const eligibleForFunding = index % 10 !== 9;
    const schoolLedCohorts = index % 15 === 7 ? years : years.filter(() => chance(faker, 0.05));
    const cohorts: Record<CohortYear, SchoolCohortInput> = {};
    for (const year of years) {
      const uplifts = context.run.world.cohorts[year]?.upliftFeesEnabled ?? false;
      cohorts[year] = {
        inductionProgrammeChoice: schoolLedCohorts.includes(year) ? "school_led" : "provider_led",
        // 70% of schools have a funding record per cohort; uplifts only where the cohort pays them.
        fundingEligibility: chance(faker, 0.7)
          ? {
              sparsityUplift: uplifts && chance(faker, 0.2),
              pupilPremiumUplift: uplifts && chance(faker, 0.15),
            }
          : null,
      };
    }
    const school: SeedSchool = { id: undefined, name: schoolName(faker), eligibleForFunding, schoolLedCohorts };
    const command: RegisterSchoolCommand = {
      type: "registerSchool",
      name: school.name,
      urn: String(100_000 + faker.number.int({ min: 0, max: 899_999 })),
      eligibleForFunding,
      inductionTutor: chance(faker, 0.8) ? inductionTutor(faker) : null,
      cohorts,
    };
    context.schools.push(school);
    const at = structuralTime(context, londonInstant(REGISTRY_OPENS, 9, index));
    context.timeline.at(at, "schools", (when) => {
      // A URN the generator repeats is replaced by the next free one: the seed stays valid whatever it draws.
      const taken = lookupIds(context.run.world, "schoolsByUrn", command.urn ?? "").length > 0;
      school.id = context.run.must(taken ? { ...command, urn: undefined } : command, when).id;
    });
  }
}

function planDeliveryPartners(context: SeedContext): void {
  for (let index = 0; index < DELIVERY_PARTNER_COUNT; index++) {
    const deliveryPartner: SeedDeliveryPartner = { id: undefined, name: deliveryPartnerName(context.faker, index) };
    context.deliveryPartners.push(deliveryPartner);
    const at = structuralTime(context, londonInstant(REGISTRY_OPENS, 14, index));
    context.timeline.at(at, "delivery partners", (when) => {
      deliveryPartner.id = context.run.must({ type: "registerDeliveryPartner", name: deliveryPartner.name }, when).id;
    });
  }
}

function planContract(context: SeedContext, leadProviderId: string, year: CohortYear): void {
  const at = structuralTime(context, londonInstant(`${year}-05-01`, 8));
  context.timeline.at(at, "contracts", (when) => {
    const { statements } = context.run.must(
      {
        type: "createContractAndStatements",
        leadProviderId,
        cohortYear: year,
        terms: seededContractTerms(context.seed, leadProviderId, year),
      },
      when,
    );
    for (const statement of statements) {
      if (statement.feeType !== "output" || statement.status !== "open") {
        continue;
      }
      // The production job marks statements payable the night after their cut-off date...
      const deadlinePassed = londonInstant(addDays(statement.deadlineDate, 1), 0, 30);
      context.timeline.at(deadlinePassed, "statements", (moment) => {
        context.run.try({ type: "markStatementPayable", statementId: statement.id }, moment);
      });
      // ...and finance authorises payment; statements with nothing to pay stay payable.
      const authorised = londonInstant(addMonths(statement.paymentDate, 2), 10);
      context.timeline.at(authorised, "statements", (moment) => {
        context.run.try({ type: "authoriseStatementPayment", statementId: statement.id }, moment, { quiet: true });
      });
    }
  });
}

function planDeliveryPartnerships(context: SeedContext, leadProviderId: string, year: CohortYear): void {
  const shared = context.deliveryPartners.slice(0, SHARED_DELIVERY_PARTNERS);
  const others = context.faker.helpers.arrayElements(
    context.deliveryPartners.slice(SHARED_DELIVERY_PARTNERS),
    DELIVERY_PARTNERS_PER_LEAD_PROVIDER_COHORT,
  );
  const partners = [...shared, ...others];
  context.deliveryPartnersByLeadProviderCohort.set(leadProviderCohort(leadProviderId, year), partners);
  partners.forEach((deliveryPartner, index) => {
    const at = structuralTime(context, londonInstant(`${year}-04-01`, 9, index));
    context.timeline.at(at, "delivery partnerships", (when) => {
      context.run.must(
        {
          type: "registerDeliveryPartnership",
          leadProviderId,
          deliveryPartnerId: requireId(deliveryPartner.id),
          cohortYear: year,
        },
        when,
      );
    });
  });
}

function planSchoolPartnerships(context: SeedContext, leadProviderId: string, year: CohortYear): void {
  const { faker } = context;
  const partners = context.deliveryPartnersByLeadProviderCohort.get(leadProviderCohort(leadProviderId, year)) ?? [];
  const candidates = context.schools.filter(
    (school) => school.eligibleForFunding && !school.schoolLedCohorts.includes(year),
  );
  const schools = faker.helpers.arrayElements(
    candidates,
    Math.min(PARTNERSHIPS_PER_LEAD_PROVIDER_COHORT, candidates.length),
  );
  const planned: SeedPartnership[] = schools.map((school) => ({
    id: undefined,
    at: 0,
    leadProviderId,
    cohortYear: year,
    school,
    deliveryPartner: pick(faker, partners),
  }));
  // DfE adds a second delivery partner at some schools (only DfE can).
  for (const first of faker.helpers.arrayElements(
    planned,
    Math.min(EXTRA_DELIVERY_PARTNER_PARTNERSHIPS, planned.length),
  )) {
    const other = partners.filter((partner) => partner !== first.deliveryPartner);
    planned.push({ ...first, id: undefined, deliveryPartner: pick(faker, other) });
  }
  planned.forEach((partnership, index) => {
    const day = faker.number.int({ min: 0, max: 60 });
    const at = structuralTime(context, londonInstant(`${year}-05-15`, 10, index) + day * DAY_MS);
    partnership.at = at;
    context.partnerships.push(partnership);
    context.timeline.at(at, "partnerships", (when) => {
      partnership.id = context.run.must(
        {
          type: "registerSchoolPartnership",
          schoolId: requireId(partnership.school.id),
          leadProviderId,
          deliveryPartnerId: requireId(partnership.deliveryPartner.id),
          cohortYear: year,
        },
        when,
      ).id;
    });
  });
}

/** Ids of records created by earlier events; a missing one means the seeder planned events out of order. */
export function requireId(id: string | undefined): string {
  if (id === undefined) {
    throw new Error("seeding failed: an event ran before the record it needs was created");
  }
  return id;
}
