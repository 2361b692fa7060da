import { createNpqWorld, londonToday, NPQ_LEAD_PROVIDERS, type NpqWorld, seededNpqCohorts } from "@lpkit/engine";
import { SeededIds } from "../../state/seeded-ids.ts";
import { DAY_MS } from "../seed-clock.ts";
import { seededFaker } from "../seed-faker.ts";
import { deliveryPartnerName } from "../seed-names.ts";
import { planNpqApplications } from "./npq-application-plans.ts";
import { planNpqDeclarationHistories } from "./npq-declaration-histories.ts";
import { type NpqSeedRefusal, NpqSeedRun } from "./npq-seed-run.ts";
import { planNpqStatements } from "./npq-statements-plan.ts";

/** The NPQ world of a sandbox and the id stream that continues it (its own, so the ECF world's ids never move). */
export interface BuiltNpqWorld {
  readonly world: NpqWorld;
  readonly ids: SeededIds;
  /** The history steps the rules refused (none, for a healthy seed at any clock). */
  readonly refusals: readonly NpqSeedRefusal[];
}

/** Mixed into the seed so the NPQ id stream and names differ from the ECF world's for the same seed. */
const NPQ_SEED_SALT = 0x4e5051;
/** When the seeded delivery partners were registered: before any cohort the world holds. */
const DELIVERY_PARTNERS_AT = Date.parse("2021-01-01T00:00:00Z");

/** The academic year (from 1 September, London time) the clock is in. */
export function npqAcademicYear(now: Date): number {
  // A calendar date is `YYYY-MM-DD` text.
  const [year, month] = londonToday(now).split("-").map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/**
 * Two delivery partners per lead provider: one in every cohort (the one seeded declarations name), one in the
 * current and next years' only. Returns each lead provider's first, once registered.
 */
function planNpqDeliveryPartners(run: NpqSeedRun, names: readonly string[], academicYear: number) {
  const firstOf = new Map<string, string>();
  const cohortIds = Object.keys(run.world.cohorts);
  const at = Math.min(DELIVERY_PARTNERS_AT, run.now.getTime() - DAY_MS);
  let partners = 0;
  for (const leadProvider of NPQ_LEAD_PROVIDERS) {
    for (const cohorts of [cohortIds, cohortIds.filter((id) => Number(id.slice(0, 4)) >= academicYear)]) {
      const name = names[partners++] as string;
      run.at(at, "npq delivery partners", (moment) => {
        const partner = run.must(
          { type: "registerNpqDeliveryPartner", name, leadProviderId: leadProvider.id, cohorts },
          moment,
        );
        if (!firstOf.has(leadProvider.id)) {
          firstOf.set(leadProvider.id, partner.id);
        }
      });
    }
  }
  return (leadProviderId: string) => firstOf.get(leadProviderId);
}

/**
 * The seeded NPQ world (NPQ rules §7.2 for the cohorts; docs/decisions/sandbox-npq-world.md), replayed through the
 * engine's NPQ commands up to "now" as the ECF world is: DfE's cohorts for the clock's academic year; per lead
 * provider and cohort the monthly statements with their contracts, the past output ones marked payable and paid
 * (`npq-statements-plan.ts`); two delivery partners per lead provider; applications in every state
 * (`npq-application-plans.ts`); declarations in every state with their outcomes (`npq-declaration-histories.ts`).
 * The same seed and clock give the same world, byte for byte.
 */
export function seededNpqWorld(seed: number, now: Date): BuiltNpqWorld {
  const academicYear = npqAcademicYear(now);
  const world = createNpqWorld({ cohorts: seededNpqCohorts(academicYear) });
  const ids = new SeededIds((seed ^ NPQ_SEED_SALT) >>> 0);
  const faker = seededFaker((seed ^ NPQ_SEED_SALT) >>> 0);
  const run = new NpqSeedRun(world, ids, now);
  const today = londonToday(now);
  const names = NPQ_LEAD_PROVIDERS.flatMap((_, index) => [
    deliveryPartnerName(faker, 2 * index),
    deliveryPartnerName(faker, 2 * index + 1),
  ]);
  const deliveryPartnerOf = planNpqDeliveryPartners(run, names, academicYear);
  planNpqApplications(run, faker, academicYear);
  const onStatements = planNpqDeclarationHistories({ run, faker, academicYear, today, deliveryPartnerOf });
  planNpqStatements(run, seed, today, onStatements);
  run.replay();
  return { world, ids, refusals: run.refusals };
}
