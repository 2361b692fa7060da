/**
 * Builds small worlds for tests through the engine's own commands, failing loudly when a fixture is rejected.
 */
import { type Command, type CommandValue, execute } from "../../src/commands/index.ts";
import type { Declaration } from "../../src/model/declaration.ts";
import type { Statement } from "../../src/model/statement.ts";
import { createWorld, getRow, lookupOfRole, type World } from "../../src/model/world.ts";
import type { CohortYear } from "../../src/reference/cohorts.ts";
import type { Role } from "../../src/reference/courses.ts";
import { LEAD_PROVIDERS } from "../../src/reference/lead-providers.ts";
import type { ScheduleIdentifier } from "../../src/reference/schedules.ts";
import type { Outcome } from "../../src/result.ts";
import type { CalendarDate } from "../../src/time/calendar-date.ts";
import { TestContext } from "./context.ts";

export const AMBITION = LEAD_PROVIDERS[0]!.id;
export const BEST_PRACTICE = LEAD_PROVIDERS[1]!.id;
export const TEACH_FIRST = LEAD_PROVIDERS[3]!.id;

export interface ParticipantOptions {
  readonly role?: Role;
  readonly cohortYear?: CohortYear;
  readonly leadProviderId?: string;
  readonly schoolId?: string;
  readonly startedOn?: CalendarDate;
  readonly finishedOn?: CalendarDate | null;
  readonly scheduleIdentifier?: ScheduleIdentifier;
  readonly eligibleForFunding?: boolean;
  readonly teacherId?: string;
  readonly deliveryPartnerId?: string;
}

export class Scenario {
  readonly world: World = createWorld();
  readonly context: TestContext;
  readonly #deliveryPartners = new Map<string, string>();

  constructor(now = "2025-10-15T10:00:00Z") {
    this.context = new TestContext(now);
  }

  run<C extends Command>(command: C): Outcome<CommandValue<C["type"]>> {
    return execute(this.world, command, this.context);
  }

  /** Runs a command that must succeed. */
  must<C extends Command>(command: C): CommandValue<C["type"]> {
    const result = this.run(command);
    if (!result.ok) {
      throw new Error(`${command.type} failed: ${JSON.stringify(result.failure)}`);
    }
    return result.value;
  }

  at(now: string): this {
    this.context.at(now);
    return this;
  }

  school(options: { upliftsIn?: CohortYear; pupilPremium?: boolean; sparsity?: boolean } = {}): string {
    const cohorts =
      options.upliftsIn === undefined
        ? undefined
        : {
            [options.upliftsIn]: {
              fundingEligibility: {
                pupilPremiumUplift: options.pupilPremium ?? false,
                sparsityUplift: options.sparsity ?? false,
              },
            },
          };
    return this.must({ type: "registerSchool", name: "Oak Academy", ...(cohorts ? { cohorts } : {}) }).id;
  }

  /** The lead provider's delivery partner in a cohort (one per provider, created on first use). */
  deliveryPartner(leadProviderId: string, cohortYear: CohortYear): string {
    const key = `${leadProviderId}|${cohortYear}`;
    const existing = this.#deliveryPartners.get(key);
    if (existing !== undefined) {
      return existing;
    }
    const id = this.must({
      type: "registerDeliveryPartner",
      name: `Delivery partner ${this.#deliveryPartners.size + 1}`,
      partnerships: [{ leadProviderId, cohortYear }],
    }).id;
    this.#deliveryPartners.set(key, id);
    return id;
  }

  statements(leadProviderId: string, cohortYear: CohortYear): readonly Statement[] {
    return this.must({ type: "createContractAndStatements", leadProviderId, cohortYear }).statements;
  }

  /** A participant trained by the provider; returns the participant id. */
  participant(options: ParticipantOptions = {}): string {
    const leadProviderId = options.leadProviderId ?? AMBITION;
    const cohortYear = options.cohortYear ?? 2025;
    const registered = this.must({
      type: "registerParticipant",
      role: options.role ?? "ect",
      cohortYear,
      leadProviderId,
      schoolId: options.schoolId ?? this.school(),
      deliveryPartnerId: options.deliveryPartnerId ?? this.deliveryPartner(leadProviderId, cohortYear),
      startedOn: options.startedOn ?? `${cohortYear}-09-01`,
      ...(options.finishedOn === undefined ? {} : { finishedOn: options.finishedOn }),
      ...(options.scheduleIdentifier === undefined ? {} : { scheduleIdentifier: options.scheduleIdentifier }),
      ...(options.eligibleForFunding === undefined ? {} : { eligibleForFunding: options.eligibleForFunding }),
      ...(options.teacherId === undefined ? {} : { teacherId: options.teacherId }),
    });
    return registered.teacher.id;
  }

  submit(attributes: {
    participantId?: string | null;
    declarationType?: string | null;
    declarationDate?: string | null;
    courseIdentifier?: string | null;
    evidenceHeld?: string | null;
    leadProviderId?: string;
  }) {
    return this.run({ type: "submitDeclaration", leadProviderId: AMBITION, ...attributes });
  }

  declare(
    participantId: string,
    declarationType: string,
    declarationDate: string,
    extra: { courseIdentifier?: string; evidenceHeld?: string; leadProviderId?: string } = {},
  ): Declaration {
    const result = this.submit({
      participantId,
      declarationType,
      declarationDate,
      courseIdentifier: "ecf-induction",
      evidenceHeld: "training-event-attended",
      ...extra,
    });
    if (!result.ok) {
      throw new Error(`declaration failed: ${JSON.stringify(result.failure)}`);
    }
    return result.value;
  }

  declaration(id: string): Declaration {
    return getRow(this.world, "declarations", id);
  }

  declarationsOf(participantId: string, role: Role = "ect"): Declaration[] {
    return lookupOfRole(this.world, "declarationsByParticipant", participantId, role);
  }

  statement(id: string): Statement {
    return getRow(this.world, "statements", id);
  }
}
