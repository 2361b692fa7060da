import type { CalendarDate, CohortYear, LeadProvider, Role } from "@lpkit/engine";
import { addDays } from "@lpkit/engine/internal";
import { requireId } from "./plan-organisations.ts";
import { partnershipsOf, planRegistration } from "./plan-registration.ts";
import { DAY_MS, londonInstant } from "./seed-clock.ts";
import type { SeedContext, SeedPartnership, SeedSchool } from "./seed-context.ts";
import { pick } from "./seed-faker.ts";

/** DfE's seed records three sets of the five kinds of school transfer per lead provider (ECF rules §9). */
const TRANSFER_SETS_PER_LEAD_PROVIDER = 3;

/**
 * The five kinds, as the provider sees them on GET /participants/transfers (ECF rules §2.9):
 * - `unknown`: the participant left (or is about to leave) and where they go is not known yet;
 * - `same-provider`: they moved school and train there with the same provider (`new_school`);
 * - `other-provider`: they moved school and another provider trains them there (`new_provider`);
 * - `to-school-led`: they moved to a school that trains them itself (`new_provider`, no joining provider);
 * - `from-school-led`: they came from school-led training to the provider's training at a new school.
 */
const KINDS = ["unknown", "same-provider", "other-provider", "to-school-led", "from-school-led"] as const;
type TransferKind = (typeof KINDS)[number];

interface TransferPlan {
  readonly leadProvider: LeadProvider;
  readonly kind: TransferKind;
  readonly role: Role;
  readonly cohortYear: CohortYear;
  readonly startedOn: CalendarDate;
  readonly leavingOn: CalendarDate;
  /** When the school records the move (epoch ms). */
  readonly recordedAt: number;
}

/**
 * School transfers: participants who leave their school during their first year and (except the `unknown` ones)
 * join another. The first set's `unknown` transfer is still to happen (leaving in a few weeks, so `incomplete`);
 * the others happened in an earlier cohort's first winter.
 */
export function planTransfers(context: SeedContext): void {
  for (const leadProvider of context.leadProviders) {
    const past = leadProvider.cohortYears.filter((year) => londonInstant(`${year + 1}-03-31`, 0) < context.now);
    for (let set = 0; set < TRANSFER_SETS_PER_LEAD_PROVIDER; set++) {
      KINDS.forEach((kind, index) => {
        const role: Role = (set + index) % 2 === 0 ? "ect" : "mentor";
        const plan =
          set === 0 && kind === "unknown"
            ? upcomingTransfer(context, leadProvider, role)
            : pastTransfer(context, leadProvider, kind, role, past.at(-1 - (set % Math.max(1, past.length))));
        if (plan !== undefined) {
          planTransfer(context, plan);
        }
      });
    }
  }
}

/** Leaving in a few weeks, from the latest cohort the participant has been training in for a fortnight. */
function upcomingTransfer(context: SeedContext, leadProvider: LeadProvider, role: Role): TransferPlan | undefined {
  const { faker } = context;
  const cohortYear = leadProvider.cohortYears.filter((year) => addDays(`${year}-09-01`, 14) <= context.today).at(-1);
  if (cohortYear === undefined) {
    return undefined;
  }
  return {
    leadProvider,
    kind: "unknown",
    role,
    cohortYear,
    startedOn: `${cohortYear}-09-01`,
    leavingOn: addDays(context.today, faker.number.int({ min: 10, max: 30 })),
    recordedAt: context.now - faker.number.int({ min: 1, max: 5 }) * DAY_MS,
  };
}

/** Started in September, moved in January or February. */
function pastTransfer(
  context: SeedContext,
  leadProvider: LeadProvider,
  kind: TransferKind,
  role: Role,
  cohortYear: CohortYear | undefined,
): TransferPlan | undefined {
  if (cohortYear === undefined) {
    return undefined;
  }
  const { faker } = context;
  const leavingOn = addDays(`${cohortYear + 1}-01-05`, faker.number.int({ min: 0, max: 50 }));
  return {
    leadProvider,
    kind,
    role,
    cohortYear,
    startedOn: addDays(`${cohortYear}-09-01`, faker.number.int({ min: 0, max: 20 })),
    leavingOn,
    recordedAt: londonInstant(addDays(leavingOn, -faker.number.int({ min: 10, max: 30 })), 14),
  };
}

/** Where the participant trains before and after the move; undefined when the world offers no such move. */
interface TransferRoute {
  readonly from: { readonly partnership: SeedPartnership } | { readonly schoolLedAt: SeedSchool };
  readonly joining?: { readonly school: SeedSchool; readonly partnership?: SeedPartnership };
}

function routeFor(context: SeedContext, plan: TransferPlan): TransferRoute | undefined {
  const { faker } = context;
  const own = partnershipsOf(context, plan.leadProvider.id, plan.cohortYear);
  if (own.length === 0) {
    return undefined;
  }
  const partnership = pick(faker, own);
  const otherSchools = context.schools.filter((school) => school !== partnership.school);
  const elsewhere = (candidate: SeedPartnership) => candidate.school !== partnership.school;
  const joiningOneOf = (candidates: readonly SeedPartnership[]): TransferRoute | undefined => {
    const chosen = candidates.length === 0 ? undefined : pick(faker, candidates);
    return chosen && { from: { partnership }, joining: { school: chosen.school, partnership: chosen } };
  };
  switch (plan.kind) {
    case "unknown":
      return { from: { partnership } };
    case "same-provider":
      return joiningOneOf(own.filter(elsewhere));
    case "other-provider":
      return joiningOneOf(
        context.partnerships.filter(
          (candidate) =>
            candidate.leadProviderId !== plan.leadProvider.id &&
            candidate.cohortYear === plan.cohortYear &&
            elsewhere(candidate),
        ),
      );
    case "to-school-led":
      return otherSchools.length === 0
        ? undefined
        : { from: { partnership }, joining: { school: pick(faker, otherSchools) } };
    case "from-school-led":
      return otherSchools.length === 0
        ? undefined
        : { from: { schoolLedAt: pick(faker, otherSchools) }, joining: { school: partnership.school, partnership } };
  }
}

function planTransfer(context: SeedContext, plan: TransferPlan): void {
  const { role, cohortYear, startedOn, leavingOn } = plan;
  const route = routeFor(context, plan);
  if (route === undefined) {
    return;
  }
  const joiningOn = addDays(leavingOn, context.faker.number.int({ min: 0, max: 14 }));
  const participant = planRegistration(context, { role, cohortYear, startedOn, ...route.from });
  const joining = route.joining;
  context.timeline.at(Math.max(plan.recordedAt, participant.registeredAt + DAY_MS), "transfers", (when) => {
    if (participant.id === undefined) {
      return;
    }
    context.run.try(
      {
        type: "recordSchoolTransfer",
        participantId: participant.id,
        role,
        leavingOn,
        ...(joining === undefined
          ? {}
          : {
              joining: {
                schoolId: requireId(joining.school.id),
                cohortYear,
                startedOn: joiningOn,
                email: participant.email,
                ...(joining.partnership === undefined
                  ? {}
                  : {
                      leadProviderId: joining.partnership.leadProviderId,
                      schoolPartnershipId: requireId(joining.partnership.id),
                    }),
              },
            }),
      },
      when,
    );
  });
}
