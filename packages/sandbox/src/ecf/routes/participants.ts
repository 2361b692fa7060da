import {
  type Command,
  type Outcome,
  type ParticipantActionResult,
  participantView,
  showParticipant,
} from "@lpkit/engine";
import type { Context } from "hono";
import type { ApiRoutes } from "../../http/api-routes.ts";
import { readAttributes } from "../../http/body/attributes.ts";
import type { SandboxEnv } from "../../http/env.ts";
import { cohortFilter, filterText, readFilter } from "../../http/query/filters.ts";
import { jsonTextResponse } from "../../http/responses.ts";
import { execute } from "../../journal/journaled-execute.ts";
import { participantsPageText } from "../../record-texts/cached-pages.ts";
import type { EcfDependencies } from "../ecf-dependencies.ts";
import { type EcfRequest, ecfRequest, listParameters, pathId, resultResponse } from "../ecf-request.ts";

/** GET /participants, GET /participants/{id} and the four participant actions (ECF rules §1.1, §6). */
export function participantRoutes(routes: ApiRoutes, dependencies: EcfDependencies): void {
  routes.get("/participants", (c) => {
    const request = ecfRequest(c, dependencies);
    const { filter, updatedSince, page, sort } = listParameters(request.query);
    return jsonTextResponse(
      participantsPageText(
        request.world,
        request.leadProviderId,
        {
          filter: {
            cohort: cohortFilter(filter),
            trainingStatus: filterText(filter, "training_status"),
            fromParticipantId: filterText(filter, "from_participant_id"),
            updatedSince,
          },
          sort,
          page,
        },
        request.now,
      ),
    );
  });

  routes.get("/participants/:id", (c) => {
    const request = ecfRequest(c, dependencies);
    readFilter(request.query);
    return resultResponse(showParticipant(request.world, request.leadProviderId, pathId(c), request.now));
  });

  // Each action reads its body before the participant is looked up (ECF rules §6): a bad body is a 400 even for an
  // unknown participant.
  routes.put("/participants/:id/withdraw", async (c) => {
    const attributes = await readAttributes(c.req.raw, ["reason", "course_identifier"]);
    return participantAction(c, dependencies, (request) => ({
      type: "withdrawParticipant",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      reason: attributes.reason,
      courseIdentifier: attributes.course_identifier,
    }));
  });

  routes.put("/participants/:id/defer", async (c) => {
    const attributes = await readAttributes(c.req.raw, ["reason", "course_identifier"]);
    return participantAction(c, dependencies, (request) => ({
      type: "deferParticipant",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      reason: attributes.reason,
      courseIdentifier: attributes.course_identifier,
    }));
  });

  routes.put("/participants/:id/resume", async (c) => {
    const attributes = await readAttributes(c.req.raw, ["course_identifier"]);
    return participantAction(c, dependencies, (request) => ({
      type: "resumeParticipant",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      courseIdentifier: attributes.course_identifier,
    }));
  });

  routes.put("/participants/:id/change-schedule", async (c) => {
    const attributes = await readAttributes(c.req.raw, ["schedule_identifier", "course_identifier", "cohort"]);
    return participantAction(c, dependencies, (request) => ({
      type: "changeParticipantSchedule",
      leadProviderId: request.leadProviderId,
      participantId: pathId(c),
      scheduleIdentifier: attributes.schedule_identifier,
      courseIdentifier: attributes.course_identifier,
      cohort: attributes.cohort,
    }));
  });
}

type ParticipantActionCommand = Extract<
  Command,
  { type: "withdrawParticipant" | "deferParticipant" | "resumeParticipant" | "changeParticipantSchedule" }
>;

/** Runs the action and answers with the participant as the provider now sees it. */
function participantAction(
  c: Context<SandboxEnv>,
  dependencies: EcfDependencies,
  command: (request: EcfRequest) => ParticipantActionCommand,
): Response {
  const request = ecfRequest(c, dependencies);
  const result = execute(request.world, command(request), request.commandContext) as Outcome<ParticipantActionResult>;
  return resultResponse(result, ({ teacher }) =>
    participantView(request.world, request.leadProviderId, teacher, request.now),
  );
}
