/**
 * The engine README's state machine section, generated from the machines themselves.
 */
import { declarationMachine } from "./declaration-machine.ts";
import type { Machine } from "./machine.ts";
import { machineTable } from "./machine-table.ts";
import { npqDeclarationMachine } from "./npq-declaration-machine.ts";
import { statementMachine } from "./statement-machine.ts";
import { trainingStatusMachine } from "./training-status-machine.ts";

const MACHINES_START_MARKER = "<!-- state-machines:start -->";
const MACHINES_END_MARKER = "<!-- state-machines:end -->";

const DOCUMENTED: readonly { readonly title: string; readonly machine: Machine<string, string> }[] = [
  { title: "Declaration (the API `state`)", machine: declarationMachine },
  { title: "NPQ declaration (the API `state`; the shared rows plus `ineligible`)", machine: npqDeclarationMachine },
  { title: "Statement (`status`)", machine: statementMachine },
  { title: "Participant training status (`training_status`)", machine: trainingStatusMachine },
];

/** The tables of every machine, each under a bold title, as they appear between the README's markers. */
export function machinesReadmeSection(): string {
  return DOCUMENTED.map(({ title, machine }) => `**${title}**\n\n${machineTable(machine)}`).join("\n\n");
}

/** The README with the text between the markers replaced by `section`; undefined when a marker is missing. */
export function withMachinesSection(readme: string, section: string): string | undefined {
  const start = readme.indexOf(MACHINES_START_MARKER);
  const end = readme.indexOf(MACHINES_END_MARKER);
  if (start === -1 || end < start) {
    return undefined;
  }
  return `${readme.slice(0, start + MACHINES_START_MARKER.length)}\n\n${section}\n\n${readme.slice(end)}`;
}
