import {
  listNpqParticipants,
  type NpqApplication,
  type NpqCommand,
  npqParticipantView,
  type Outcome,
  showNpqParticipant,
} from "@lpkit/engine";
import { getNpqRow } from "@lpkit/engine/internal";
import type { Context } from "hono";
import { listParameters, pathId } from "../../ecf/ecf-request.ts";
import type { ApiRoutes } from "../../http/api-routes.ts";
import type { SandboxEnv } from "../../http/env.ts";
import { filterText, readFilter } from "../../http/query/filters.ts";
import { executeNpq } from "../../journal/journaled-execute.ts";
import { readNpqAttributes } from "../npq-attributes.ts";
import type { NpqDependencies } from "../npq-dependencies.ts";
import { type NpqRequest, npqListResponse, npqRequest, npqResultResponse } from "../npq-request.ts";

/** GET /participants/npq, GET /participants/npq/{id} and the four participant actions (NPQ rules §2.2, §4). */
export function npqParticipantRoutes(routes: ApiRoutes, dependencies: NpqDependencies): void {
  routes.get("/participants/npq", (c) => {
    const request = npqRequest(c, dependencies);
    const { filter, updatedSince, page, sort } = listParameters(request.query);
    const result = listNpqParticipants(request.world, request.leadProviderId, {
      filter: {
        trainingStatus: filterText(filter, "training_status"),
        fromParticipantId: filterText(filter, "from_participant_id"),
        updatedSince,
      },
      sort,
      page,
    });
    return result.ok ? npqListResponse(result.value) : npqResultResponse(result);
  });

  routes.get("/participants/npq/:id", (c) => {
    const request = npqRequest(c, dependencies);
    readFilter(request.query);
    return npqResultResponse(showNpqParticipant(request.world, request.leadProviderId, pathId(c)));
  });

  // Each action reads its body before the participant is looked up (NPQ rules §4): a bad body is a 400 even for an
  // unknown participant.
  routes.put("/participants/npq/:id/defer", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["reason", "course_identifier"]);
    return participantAction(c, dependencies, (request) => ({
      type: "deferNpqParticipant",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      reason: attributes.reason,
      courseIdentifier: attributes.course_identifier,
    }));
  });

  routes.put("/participants/npq/:id/resume", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["course_identifier"]);
    return participantAction(c, dependencies, (request) => ({
      type: "resumeNpqParticipant",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      courseIdentifier: attributes.course_identifier,
    }));
  });

  routes.put("/participants/npq/:id/withdraw", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["reason", "course_identifier"]);
    return participantAction(c, dependencies, (request) => ({
      type: "withdrawNpqParticipant",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      reason: attributes.reason,
      courseIdentifier: attributes.course_identifier,
    }));
  });

  routes.put("/participants/npq/:id/change-schedule", async (c) => {
    const attributes = await readNpqAttributes(c.req.raw, ["schedule_identifier", "course_identifier", "cohort"]);
    return participantAction(c, dependencies, (request) => ({
      type: "changeNpqParticipantSchedule",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      scheduleIdentifier: attributes.schedule_identifier,
      courseIdentifier: attributes.course_identifier,
      cohort: attributes.cohort,
    }));
  });
}

type ParticipantCommand = Extract<
  NpqCommand,
  {
    type: "deferNpqParticipant" | "resumeNpqParticipant" | "withdrawNpqParticipant" | "changeNpqParticipantSchedule";
  }
>;

/** Runs the action and answers with the whole participant as the lead provider now sees them. */
function participantAction(
  c: Context<SandboxEnv>,
  dependencies: NpqDependencies,
  command: (request: NpqRequest) => ParticipantCommand,
): Response {
  const request = npqRequest(c, dependencies);
  const result = executeNpq(request.world, command(request), request.commandContext) as Outcome<NpqApplication>;
  return npqResultResponse(result, (application) =>
    npqParticipantView(request.world, request.leadProviderId, getNpqRow(request.world, "users", application.userId)),
  );
}
