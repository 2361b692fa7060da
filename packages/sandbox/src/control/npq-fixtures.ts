import type { CommandContext, NpqApplication, NpqTeacherCatchment, NpqWorld, Outcome } from "@lpkit/engine";
import { executeNpq } from "../journal/journaled-execute.ts";
import { onNpqWorldCopy } from "./npq-world-copy.ts";

/** `POST /__sandbox/npq/applications`, read and checked for shape; the engine's fixtures check the rest. */
export interface NpqApplicationFixture {
  readonly leadProviderId: string;
  readonly courseIdentifier: string;
  /** An identifier (`2025a`). */
  readonly cohort: string;
  readonly status: "pending" | "accepted" | "rejected";
  readonly eligibleForFunding: boolean;
  /** Absent: what accept would store; `null`: none. */
  readonly fundedPlace?: boolean | null | undefined;
  /** Absent: the course group's default schedule; `null`: none. */
  readonly scheduleIdentifier?: string | null | undefined;
  readonly participantId?: string | undefined;
  readonly trn?: string | undefined;
  readonly trnVerified: boolean;
  readonly teacherCatchment: NpqTeacherCatchment;
  readonly teacherCatchmentCountry?: string | undefined;
  readonly trainingStatus?: string | undefined;
  readonly reason?: string | undefined;
  readonly targetedDeliveryFundingEligibility: boolean;
}

/**
 * Registers the application and records its decision through the engine's DfE-side fixtures: two commands, so on a
 * copy of the NPQ world (`onNpqWorldCopy`), and a decision the engine refuses leaves no pending application behind.
 */
export function createNpqApplication(
  world: NpqWorld,
  fixture: NpqApplicationFixture,
  context: CommandContext,
  adopt: (world: NpqWorld) => void,
): Outcome<NpqApplication> {
  // Numbered, so that names are predictable in tests.
  const number = Object.keys(world.users).length + 1;
  return onNpqWorldCopy(world, adopt, (copy) => {
    const registered = executeNpq(
      copy,
      {
        type: "registerNpqApplication",
        leadProviderId: fixture.leadProviderId,
        courseIdentifier: fixture.courseIdentifier,
        cohort: fixture.cohort,
        ...(fixture.participantId === undefined
          ? {
              person: {
                fullName: `Sandbox NPQ Participant ${number}`,
                trn: fixture.trn ?? null,
                trnVerified: fixture.trnVerified,
              },
            }
          : { participantId: fixture.participantId }),
        eligibleForFunding: fixture.eligibleForFunding,
        targetedDeliveryFundingEligibility: fixture.targetedDeliveryFundingEligibility,
        details: {
          teacherCatchment: fixture.teacherCatchment,
          teacherCatchmentCountry: fixture.teacherCatchmentCountry ?? null,
        },
      },
      context,
    );
    if (!registered.ok || fixture.status === "pending") {
      return registered;
    }
    return executeNpq(
      copy,
      {
        type: "recordNpqApplicationDecision",
        applicationId: registered.value.id,
        status: fixture.status,
        ...(fixture.scheduleIdentifier === undefined ? {} : { scheduleIdentifier: fixture.scheduleIdentifier }),
        ...(fixture.fundedPlace === undefined ? {} : { fundedPlace: fixture.fundedPlace }),
        ...(fixture.trainingStatus === undefined ? {} : { trainingStatus: fixture.trainingStatus }),
        ...(fixture.reason === undefined ? {} : { reason: fixture.reason }),
      },
      context,
    );
  });
}
