import type { CalendarDate, CohortYear, Role, ScheduleIdentifier } from "@lpkit/engine";
import { addDays } from "@lpkit/engine/internal";
import { requireId } from "./plan-organisations.ts";
import { londonInstant } from "./seed-clock.ts";
import type { SeedContext, SeedPartnership, SeedSchool } from "./seed-context.ts";
import { email, personName, teacherReferenceNumber } from "./seed-names.ts";

/** A participant a history planner registers for its own purpose: its id is known once the registration has run. */
export interface PlannedRegistration {
  id: string | undefined;
  readonly role: Role;
  readonly cohortYear: CohortYear;
  readonly startedOn: CalendarDate;
  /** When the school registers them (epoch ms): anything done to them must come later. */
  readonly registeredAt: number;
  readonly email: string;
}

/** Provider-led training on a partnership, or school-led training (`schoolLedAt`) with no provider. */
export type RegistrationInput = {
  readonly role: Role;
  readonly cohortYear: CohortYear;
  readonly startedOn: CalendarDate;
  readonly scheduleIdentifier?: ScheduleIdentifier;
} & ({ readonly partnership: SeedPartnership } | { readonly schoolLedAt: SeedSchool });

/**
 * Plans the registration of an eligible, active participant two weeks before their training starts (and after the
 * partnership exists), with a fresh name, TRN and email.
 */
export function planRegistration(context: SeedContext, input: RegistrationInput): PlannedRegistration {
  const { faker } = context;
  const name = personName(faker);
  const trn = teacherReferenceNumber(faker);
  const address = email(faker, name.firstName, name.lastName);
  const partnership = "partnership" in input ? input.partnership : undefined;
  const registeredAt = Math.max(londonInstant(addDays(input.startedOn, -14), 10), (partnership?.at ?? 0) + 60_000);
  const registration: PlannedRegistration = {
    id: undefined,
    role: input.role,
    cohortYear: input.cohortYear,
    startedOn: input.startedOn,
    registeredAt,
    email: address,
  };
  context.timeline.at(registeredAt, "histories", (when) => {
    const provider =
      partnership === undefined
        ? {}
        : { leadProviderId: partnership.leadProviderId, schoolPartnershipId: requireId(partnership.id) };
    const school = partnership?.school ?? ("schoolLedAt" in input ? input.schoolLedAt : undefined);
    registration.id = context.run.try(
      {
        type: "registerParticipant",
        fullName: name.fullName,
        trn,
        role: input.role,
        schoolId: requireId(school?.id),
        cohortYear: input.cohortYear,
        ...provider,
        ...(input.scheduleIdentifier === undefined ? {} : { scheduleIdentifier: input.scheduleIdentifier }),
        startedOn: input.startedOn,
        email: address,
        eligibleForFunding: true,
      },
      when,
    )?.teacher.id;
  });
  return registration;
}

/** The provider's partnerships in a cohort, in planning order. */
export function partnershipsOf(
  context: SeedContext,
  leadProviderId: string,
  cohortYear: CohortYear,
): SeedPartnership[] {
  return context.partnerships.filter(
    (partnership) => partnership.leadProviderId === leadProviderId && partnership.cohortYear === cohortYear,
  );
}
