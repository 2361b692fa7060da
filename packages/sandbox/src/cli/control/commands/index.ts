/**
 * The control CLI's command table: every `lpkit-sandbox <command>`, in the order `--help` lists them. A new control
 * API operation is one more entry here (or in its group's file).
 */
import type { CommandSpec } from "../command.ts";
import { CLOCK_COMMANDS } from "./clock.ts";
import { FAULT_COMMANDS } from "./faults.ts";
import { NPQ_COMMANDS } from "./npq.ts";
import { PARTICIPANT_COMMANDS } from "./participants.ts";
import { REQUEST_COMMANDS } from "./requests.ts";
import { STATEMENT_COMMANDS } from "./statements.ts";
import { WORLD_COMMANDS } from "./world.ts";

export const COMMANDS: readonly CommandSpec[] = [
  ...CLOCK_COMMANDS,
  ...PARTICIPANT_COMMANDS,
  ...STATEMENT_COMMANDS,
  ...FAULT_COMMANDS,
  ...REQUEST_COMMANDS,
  ...WORLD_COMMANDS,
  ...NPQ_COMMANDS,
];
