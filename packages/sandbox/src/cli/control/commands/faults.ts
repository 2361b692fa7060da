/** `fault`, `faults`, `faults clear`: make the next ECF API requests fail. */
import type { ControlSchemas } from "../../../control-client/control-client-types.ts";
import { readInteger } from "../arguments.ts";
import type { CommandSpec } from "../command.ts";
import { formatTable } from "../table.ts";

function describeFault(fault: ControlSchemas["Fault"]): string {
  const count = fault.remaining === 1 ? "" : `${fault.remaining} `;
  const method = fault.method === null ? "" : `${fault.method} `;
  const requests = fault.remaining === 1 ? "request" : "requests";
  const where = fault.path === null ? "" : ` under ${fault.path}`;
  return `the next ${count}${method}${requests}${where} answer${fault.remaining === 1 ? "s" : ""} ${fault.status}`;
}

export const FAULT_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["fault"],
    args: [{ name: "<status>", description: "the HTTP status to answer, 400 to 599" }],
    options: {
      path: {
        type: "string",
        value: "<path>",
        description: "requests whose path starts so, e.g. /ecf/api/v3/participants",
      },
      method: { type: "string", value: "<method>", description: "only requests with this method, e.g. GET" },
      count: { type: "string", value: "<n>", description: "how many requests fail (default 1)" },
    },
    summary: "Make the next matching ECF API requests fail with a status",
    examples: ["lpkit-sandbox fault 503 --path /ecf/api/v3/participants --method GET --count 2"],
    run: async ({ control, args: [status = ""], options }) => {
      const fault = await control.injectFault({
        status: readInteger("<status>", status),
        ...(typeof options.path === "string" ? { path: options.path } : {}),
        ...(typeof options.method === "string"
          ? { method: options.method.toUpperCase() as ControlSchemas["FaultRequest"]["method"] }
          : {}),
        ...(typeof options.count === "string" ? { count: readInteger("--count", options.count) } : {}),
      });
      return { json: fault, text: `Fault ${fault.id} armed: ${describeFault(fault)}.` };
    },
  },
  {
    words: ["faults"],
    args: [],
    options: {},
    summary: "List the faults still armed, in firing order",
    examples: ["lpkit-sandbox faults"],
    run: async ({ control }) => {
      const faults = await control.faults();
      const rows = faults.map((fault) => [
        fault.id,
        String(fault.status),
        fault.method ?? "any",
        fault.path ?? "any",
        String(fault.remaining),
      ]);
      const text =
        rows.length === 0 ? "No faults armed." : formatTable(["Id", "Status", "Method", "Path", "Left"], rows);
      return { json: faults, text };
    },
  },
  {
    words: ["faults", "clear"],
    args: [],
    options: {},
    summary: "Disarm every fault",
    examples: ["lpkit-sandbox faults clear"],
    run: async ({ control }) => {
      await control.clearFaults();
      return { json: { cleared: true }, text: "Every fault is disarmed." };
    },
  },
];
