import {
  type CalendarDate,
  londonToday,
  type NpqApplication,
  type NpqDeclaration,
  type NpqDeclarationState,
  type NpqTrainingStatus,
  type NpqWorld,
} from "@lpkit/engine";
import { findNpqRow, npqContractKey, npqLookup, npqLookupIds, npqStatementKey } from "@lpkit/engine/internal";
import type { Scenario } from "../state/scenario.ts";

/**
 * The NPQ API's scenarios (`GET /__sandbox/scenarios?programme=npq`), computed from the NPQ world each time they are
 * asked for rather than recorded by the seed (docs/decisions/sandbox-npq-world.md): a participant declared for since,
 * or a declaration voided, drops out of the scenario it no longer fits, and fixtures' records can fill one in.
 */

interface NpqScenarioInstance {
  readonly leadProviderId: string;
  readonly cohort?: number | undefined;
  readonly resources: Readonly<Record<string, string>>;
}

interface NpqScenarioDefinition {
  readonly name: string;
  readonly description: string;
  /** The instance for this lead provider, if the world holds one now. */
  find(world: NpqWorld, leadProviderId: string, today: CalendarDate): NpqScenarioInstance | undefined;
}

const applicationsOf = (world: NpqWorld, leadProviderId: string): NpqApplication[] =>
  npqLookup(world, "applicationsByLeadProvider", leadProviderId);

const cohortYear = (world: NpqWorld, cohortId: string): number | undefined =>
  findNpqRow(world, "cohorts", cohortId)?.startYear;

/** The application's own ids: what reaches it on `/npq-applications` and `/participants/npq`. */
function applicationInstance(
  world: NpqWorld,
  application: NpqApplication,
  extra: Record<string, string> = {},
): NpqScenarioInstance {
  return {
    leadProviderId: application.leadProviderId,
    cohort: cohortYear(world, application.cohortId),
    resources: { application_id: application.id, participant_id: application.userId, ...extra },
  };
}

/** A participant whose id DfE has not changed: the API still answers for them under their own id. */
const isCurrentUser = (world: NpqWorld, userId: string): boolean =>
  findNpqRow(world, "users", userId)?.mergedInto === null &&
  npqLookupIds(world, "participantIdChangesByFrom", userId).length === 0;

function withTrainingStatus(status: NpqTrainingStatus): NpqScenarioDefinition["find"] {
  return (world, leadProviderId) => {
    const application = applicationsOf(world, leadProviderId).find(
      (candidate) =>
        candidate.status === "accepted" &&
        candidate.trainingStatus === status &&
        isCurrentUser(world, candidate.userId),
    );
    return application && applicationInstance(world, application);
  };
}

/** The lead provider's first declaration in this state, with the statement that pays it (or takes it back). */
function declarationIn(state: NpqDeclarationState, where: (declaration: NpqDeclaration) => boolean = () => true) {
  return (world: NpqWorld, leadProviderId: string): NpqScenarioInstance | undefined => {
    const declaration = npqLookup(world, "declarationsByLeadProvider", leadProviderId).find(
      (candidate) => candidate.state === state && isCurrentUser(world, candidate.userId) && where(candidate),
    );
    if (declaration === undefined) {
      return undefined;
    }
    const statementId = state === "awaiting-clawback" ? declaration.clawbackStatementId : declaration.statementId;
    return {
      leadProviderId,
      cohort: cohortYear(world, declaration.cohortId),
      resources: {
        declaration_id: declaration.id,
        participant_id: declaration.userId,
        application_id: declaration.applicationId,
        ...(statementId === null ? {} : { statement_id: statementId }),
      },
    };
  };
}

/**
 * The open output statement a declaration made today, or a clawback, would go on (NPQ rules §5.2, §5.4): without one
 * the cohort's contract has ended and the NPQ API refuses both.
 */
function nextOutputStatementId(
  world: NpqWorld,
  on: { leadProviderId: string; cohortId: string },
  today: CalendarDate,
): string | undefined {
  return npqLookup(world, "statementsByLeadProviderCohort", npqStatementKey(on.leadProviderId, on.cohortId)).find(
    (statement) => statement.feeType === "output" && statement.status === "open" && statement.deadlineDate >= today,
  )?.id;
}

/**
 * An active participant a `started` declaration dated today is accepted for (NPQ declaration rules 3-27): accepted,
 * not yet declared for, on a schedule that has begun and allows `started`, in a cohort where the lead provider holds
 * a contract for the course, an open output statement and a delivery partner.
 */
function readyToDeclare(world: NpqWorld, leadProviderId: string, today: CalendarDate): NpqScenarioInstance | undefined {
  for (const application of applicationsOf(world, leadProviderId)) {
    if (
      application.status !== "accepted" ||
      application.trainingStatus !== "active" ||
      !isCurrentUser(world, application.userId) ||
      npqLookupIds(world, "declarationsByUser", application.userId).length > 0
    ) {
      continue;
    }
    const schedule = findNpqRow(world, "schedules", application.scheduleId);
    if (schedule === undefined || schedule.startDate > today || !schedule.allowedDeclarationTypes.includes("started")) {
      continue;
    }
    const contract = npqContractKey(leadProviderId, schedule.cohortId, application.courseIdentifier);
    const statementId = nextOutputStatementId(world, { leadProviderId, cohortId: schedule.cohortId }, today);
    const partnership = npqLookup(world, "deliveryPartnershipsByLeadProvider", leadProviderId).find(
      (candidate) => candidate.cohortId === schedule.cohortId,
    );
    if (
      npqLookupIds(world, "contractsByLeadProviderCohortCourse", contract).length > 0 &&
      statementId !== undefined &&
      partnership !== undefined
    ) {
      return applicationInstance(world, application, {
        delivery_partner_id: partnership.deliveryPartnerId,
        statement_id: statementId,
      });
    }
  }
  return undefined;
}

/** A pending application that accept takes: no other application of the person is accepted (accept rule 5). */
function pendingApplication(world: NpqWorld, leadProviderId: string): NpqScenarioInstance | undefined {
  const application = applicationsOf(world, leadProviderId).find(
    (candidate) =>
      candidate.status === "pending" &&
      candidate.courseIdentifier !== "npq-additional-support-offer" &&
      findNpqRow(world, "cohorts", candidate.cohortId)?.funding !== "zero" &&
      isCurrentUser(world, candidate.userId) &&
      npqLookup(world, "applicationsByUser", candidate.userId).every((other) => other.status !== "accepted"),
  );
  return application && applicationInstance(world, application);
}

function cappedWithoutFundedPlace(world: NpqWorld, leadProviderId: string): NpqScenarioInstance | undefined {
  const application = applicationsOf(world, leadProviderId).find(
    (candidate) =>
      candidate.status === "accepted" &&
      candidate.fundedPlace === false &&
      findNpqRow(world, "cohorts", candidate.cohortId)?.funding === "capped" &&
      isCurrentUser(world, candidate.userId),
  );
  return application && applicationInstance(world, application);
}

function completedWithOutcome(world: NpqWorld, leadProviderId: string): NpqScenarioInstance | undefined {
  for (const declaration of npqLookup(world, "declarationsByLeadProvider", leadProviderId)) {
    if (declaration.declarationType !== "completed" || !isCurrentUser(world, declaration.userId)) {
      continue;
    }
    const outcome = npqLookup(world, "outcomesByDeclaration", declaration.id).at(-1);
    if (outcome !== undefined && outcome.state !== "voided") {
      return {
        leadProviderId,
        cohort: cohortYear(world, declaration.cohortId),
        resources: {
          declaration_id: declaration.id,
          participant_id: declaration.userId,
          application_id: declaration.applicationId,
          outcome_id: outcome.id,
        },
      };
    }
  }
  return undefined;
}

/** A participant DfE gave a new id: the old one answers 410 on `/participants/npq/{id}` (NPQ rules §2.2). */
function participantIdChanged(world: NpqWorld, leadProviderId: string): NpqScenarioInstance | undefined {
  for (const change of Object.values(world.participantIdChanges)) {
    const application = npqLookup(world, "applicationsByUser", change.toUserId).find(
      (candidate) => candidate.leadProviderId === leadProviderId && candidate.status === "accepted",
    );
    if (application !== undefined && isCurrentUser(world, change.toUserId)) {
      return applicationInstance(world, application, { from_participant_id: change.fromParticipantId });
    }
  }
  return undefined;
}

/** In the order `GET /__sandbox/scenarios` lists them, after the ECF ones. */
const NPQ_SCENARIOS: readonly NpqScenarioDefinition[] = [
  {
    name: "npq-application-pending",
    description: "A pending NPQ application no other accepted application blocks: accept or reject it.",
    find: pendingApplication,
  },
  {
    name: "npq-application-accepted-capped-without-funded-place",
    description:
      "An application accepted in a capped cohort without a funded place: its declarations are not paid; change its funded place.",
    find: cappedWithoutFundedPlace,
  },
  {
    name: "npq-participant-ready-to-declare",
    description:
      "An active participant with a begun schedule and no declaration yet: a `started` declaration dated today, naming the delivery partner, is accepted.",
    find: readyToDeclare,
  },
  {
    name: "npq-declaration-eligible",
    description: "An eligible declaration on an open statement: void it (voided) or let its statement be paid.",
    find: declarationIn("eligible"),
  },
  {
    name: "npq-declaration-paid",
    description:
      "A paid declaration in a cohort with an open output statement: voiding it makes it awaiting-clawback there.",
    find: (world, leadProviderId, today) =>
      declarationIn("paid", (declaration) => nextOutputStatementId(world, declaration, today) !== undefined)(
        world,
        leadProviderId,
      ),
  },
  {
    name: "npq-declaration-awaiting-clawback",
    description: "A paid declaration voided since: its clawback waits on the output statement given.",
    find: declarationIn("awaiting-clawback"),
  },
  {
    name: "npq-completed-declaration-with-outcome",
    description: "A completed declaration whose latest outcome is passed or failed: list or correct its outcomes.",
    find: completedWithOutcome,
  },
  {
    name: "npq-participant-deferred",
    description: "A deferred participant: resume them, or see declarations refused while deferred.",
    find: withTrainingStatus("deferred"),
  },
  {
    name: "npq-participant-withdrawn",
    description: "A withdrawn participant: declarations dated after the withdrawal are refused.",
    find: withTrainingStatus("withdrawn"),
  },
  {
    name: "npq-participant-id-changed",
    description:
      "A participant DfE moved to a new id: the old one (`from_participant_id`) answers 410, the new one is `participant_id`.",
    find: participantIdChanged,
  },
];

/** Every NPQ scenario the world holds now, grouped by name, lead providers in the world's order. */
export function npqScenarios(world: NpqWorld, now: Date): Scenario[] {
  const today = londonToday(now);
  const leadProviderIds = Object.keys(world.leadProviders);
  const scenarios: Scenario[] = [];
  for (const definition of NPQ_SCENARIOS) {
    for (const leadProviderId of leadProviderIds) {
      const instance = definition.find(world, leadProviderId, today);
      if (instance !== undefined) {
        scenarios.push({ name: definition.name, description: definition.description, programme: "npq", ...instance });
      }
    }
  }
  return scenarios;
}
