/** `requests`, `requests clear`: what lead providers' clients sent the sandbox, as its request log keeps it. */
import type { ControlRequestFilter } from "../../../control-client/control-client-types.ts";
import { requestLine } from "../../request-lines.ts";
import { findLeadProvider, readInteger } from "../arguments.ts";
import type { CommandSpec } from "../command.ts";

/** `--status 422` or a class, `--status 4xx`, as the control API's filter takes it. */
function readStatus(value: string): ControlRequestFilter["status"] {
  return /^[1-5]xx$/.test(value) ? (value as `${1 | 2 | 3 | 4 | 5}xx`) : readInteger("--status", value);
}

export const REQUEST_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["requests"],
    args: [],
    options: {
      "lead-provider": { type: "string", value: "<id or name>", description: "only this lead provider's requests" },
      path: {
        type: "string",
        value: "<path>",
        description: "only paths under this one, e.g. /ecf/api/v3/participants",
      },
      method: { type: "string", value: "<method>", description: "only this method, e.g. POST" },
      status: { type: "string", value: "<status>", description: "only this status (422) or class (4xx)" },
      since: { type: "string", value: "<id>", description: "only requests after this one" },
      limit: { type: "string", value: "<n>", description: "only the last n" },
    },
    summary: "List the requests the sandbox answered (oldest first), with --json their bodies too",
    examples: ["lpkit-sandbox requests --status 4xx --limit 5"],
    run: async ({ control, options }) => {
      const text = (name: string) => (typeof options[name] === "string" ? options[name] : undefined);
      const leadProvider = text("lead-provider");
      const path = text("path");
      const method = text("method");
      const status = text("status");
      const since = text("since");
      const limit = text("limit");
      const requests = await control.requests({
        ...(leadProvider === undefined ? {} : { lead_provider_id: (await findLeadProvider(control, leadProvider)).id }),
        ...(path === undefined ? {} : { path }),
        ...(method === undefined ? {} : { method: method.toUpperCase() as ControlRequestFilter["method"] }),
        ...(status === undefined ? {} : { status: readStatus(status) }),
        ...(since === undefined ? {} : { since: readInteger("--since", since) }),
        ...(limit === undefined ? {} : { limit: readInteger("--limit", limit) }),
      });
      // The lines `lpkit-sandbox` prints as it answers, each after its id, for `--since`.
      const lines = requests.map((request) => `${request.id} ${requestLine(request, false)}`);
      return { json: requests, text: lines.length === 0 ? "No requests logged." : lines.join("\n") };
    },
  },
  {
    words: ["requests", "clear"],
    args: [],
    options: {},
    summary: "Empty the request log",
    examples: ["lpkit-sandbox requests clear"],
    run: async ({ control }) => {
      await control.clearRequests();
      return { json: { cleared: true }, text: "The request log is empty." };
    },
  },
];
