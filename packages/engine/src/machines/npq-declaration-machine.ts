/**
 * An NPQ declaration's life: the shared declaration machine (`declaration-machine.ts`, the same rows, not a copy)
 * plus the NPQ service's `ineligible` state (NPQ rules §5.3): a same-TRN duplicate is marked ineligible when it is
 * made, and can only be voided from there (NPQ rules §5.4).
 */
import { NPQ_DECLARATION_STATES, type NpqDeclarationState } from "../npq/model/declaration.ts";
import type { Outcome } from "../result.ts";
import { DECLARATION_EVENTS, declarationMachine } from "./declaration-machine.ts";
import { defineMachine, transition } from "./machine.ts";

export const NPQ_DECLARATION_EVENTS = [...DECLARATION_EVENTS, "markIneligible"] as const;
export type NpqDeclarationEvent = (typeof NPQ_DECLARATION_EVENTS)[number];

export const npqDeclarationMachine = defineMachine({
  name: "NPQ declaration",
  states: NPQ_DECLARATION_STATES,
  initial: "submitted",
  events: NPQ_DECLARATION_EVENTS,
  transitions: [
    ...declarationMachine.transitions,
    { from: "submitted", event: "markIneligible", to: "ineligible" },
    { from: "ineligible", event: "void", to: "voided" },
  ],
});

/** The state `event` leads to, or the machine's refusal. */
export function npqDeclarationTransition(
  state: NpqDeclarationState,
  event: NpqDeclarationEvent,
): Outcome<NpqDeclarationState> {
  return transition(npqDeclarationMachine, state, event);
}
