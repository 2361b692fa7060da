import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { formatTimestamp } from "../../time/timestamps.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import type { SandboxControl } from "../sandbox-control.ts";

/** `POST /npq/participants/{id}/change-id`: DfE merges a participant into another, or moves them to a new id. */
export function npqParticipantRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/npq/participants/:id/change-id", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["to_participant_id"], { optional: true });
    const changed = control.changeNpqParticipantId(c.req.param("id"), body.uuid("to_participant_id"));
    // The change as the NPQ API's `participant_id_changes` shows it.
    return outcomeResponse(changed, (change) =>
      dataResponse({
        from_participant_id: change.fromParticipantId,
        to_participant_id: change.toUserId,
        changed_at: formatTimestamp(change.createdAt),
      }),
    );
  });

  return routes;
}
