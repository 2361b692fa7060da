/** `clock`, `clock set`, `clock advance`, `clock release`: the sandbox's "now". */
import type { ControlSchemas } from "../../../control-client/control-client-types.ts";
import { UsageError } from "../../parse-options.ts";
import { readInstant } from "../arguments.ts";
import type { CommandResult, CommandSpec } from "../command.ts";
import { parseDuration } from "../duration.ts";

function clockResult(clock: ControlSchemas["Clock"]): CommandResult {
  return { json: clock, text: `${clock.now} (${clock.frozen ? "frozen" : "running"})` };
}

export const CLOCK_COMMANDS: readonly CommandSpec[] = [
  {
    words: ["clock"],
    args: [],
    options: {},
    summary: "Show the sandbox's clock, and whether it stands still",
    examples: ["lpkit-sandbox clock"],
    run: async ({ control }) => clockResult(await control.clock()),
  },
  {
    words: ["clock", "set"],
    args: [{ name: "<time>", description: "an RFC 3339 instant, e.g. 2025-12-01T09:00:00Z" }],
    options: { running: { type: "boolean", description: "let time run from there instead of freezing it" } },
    summary: "Move the clock to an instant (frozen there unless --running)",
    examples: ["lpkit-sandbox clock set 2025-12-01T09:00:00Z"],
    run: async ({ control, args: [time = ""], options }) =>
      clockResult(await control.setClock(readInstant("<time>", time), { frozen: options.running !== true })),
  },
  {
    words: ["clock", "advance"],
    args: [{ name: "<duration>", description: "how far: a number and a unit (s, m, h, d, w), e.g. 30d, 2h, 1w2d" }],
    options: {},
    summary: "Move the clock forward, keeping it frozen or running as it is",
    examples: ["lpkit-sandbox clock advance 30d"],
    run: async ({ control, args: [duration = ""] }) => {
      const milliseconds = parseDuration(duration);
      if (milliseconds === undefined) {
        throw new UsageError(`<duration> must be a number and a unit (s, m, h, d, w) such as 30d, got "${duration}"`);
      }
      const { now, frozen } = await control.clock();
      return clockResult(await control.setClock(new Date(Date.parse(now) + milliseconds), { frozen }));
    },
  },
  {
    words: ["clock", "release"],
    args: [],
    options: {},
    summary: "Return the clock to real time",
    examples: ["lpkit-sandbox clock release"],
    run: async ({ control }) => clockResult(await control.setClock(null)),
  },
];
