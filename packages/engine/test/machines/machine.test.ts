import { describe, expect, it } from "vitest";
import { declarationMachine, declarationMoves, declarationTransition } from "../../src/machines/declaration-machine.ts";
import { defineMachine, type Machine, transition } from "../../src/machines/machine.ts";
import { statementMachine } from "../../src/machines/statement-machine.ts";
import { trainingStatusMachine } from "../../src/machines/training-status-machine.ts";
import { DECLARATION_STATE_STATUSES, DECLARATION_STATES, declarationState } from "../../src/model/declaration.ts";

const MACHINES: readonly Machine<string, string>[] = [declarationMachine, statementMachine, trainingStatusMachine];

/** Every state some sequence of events leads to from the initial state. */
function reachable(machine: Machine<string, string>): Set<string> {
  const seen = new Set([machine.initial]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, to } of machine.transitions) {
      if (seen.has(from) && !seen.has(to)) {
        seen.add(to);
        grew = true;
      }
    }
  }
  return seen;
}

describe("transition", () => {
  it("follows the table's row", () => {
    expect(transition(statementMachine, "open", "markPayable")).toEqual({ ok: true, value: "payable" });
    expect(transition(trainingStatusMachine, "withdrawn", "resume")).toEqual({ ok: true, value: "active" });
  });

  it("refuses a move the table does not hold as a failure value", () => {
    expect(transition(statementMachine, "open", "pay")).toEqual({
      ok: false,
      failure: {
        status: 422,
        errors: [{ title: "statement", detail: 'Illegal statement transition: "pay" from "open"' }],
      },
    });
    expect(transition(trainingStatusMachine, "withdrawn", "defer").ok).toBe(false);
    expect(transition(declarationMachine, "paid", "void").ok).toBe(false);
  });

  it.each(MACHINES.map((machine) => [machine.name, machine] as const))(
    "leaves no state of the %s machine unreachable",
    (_, machine) => {
      expect([...reachable(machine)].sort()).toEqual([...machine.states].sort());
    },
  );
});

describe("defineMachine", () => {
  it("refuses a table with two rows for the same state and event", () => {
    expect(() =>
      defineMachine({
        name: "door",
        states: ["open", "shut"],
        initial: "open",
        events: ["close"],
        transitions: [
          { from: "open", event: "close", to: "shut" },
          { from: "open", event: "close", to: "open" },
        ],
      }),
    ).toThrow("The door machine has two rows for open --close-->");
  });
});

describe("the declaration machine", () => {
  it("writes, for each API state, the stored statuses that read back as that state", () => {
    for (const state of DECLARATION_STATES) {
      expect(declarationState(DECLARATION_STATE_STATUSES[state])).toBe(state);
    }
  });

  it("moves the stored statuses", () => {
    expect(declarationTransition({ paymentStatus: "paid", clawbackStatus: "no_clawback" }, "requireClawback")).toEqual({
      ok: true,
      value: { paymentStatus: "paid", clawbackStatus: "awaiting_clawback" },
    });
    expect(declarationTransition({ paymentStatus: "voided", clawbackStatus: "no_clawback" }, "void").ok).toBe(false);
  });

  it("moves several declarations all or nothing", () => {
    const eligible = { id: "a", paymentStatus: "eligible", clawbackStatus: "no_clawback" } as const;
    const paid = { id: "b", paymentStatus: "paid", clawbackStatus: "no_clawback" } as const;
    expect(declarationMoves([eligible], "markPayable")).toEqual({
      ok: true,
      value: [{ declaration: eligible, statuses: { paymentStatus: "payable", clawbackStatus: "no_clawback" } }],
    });
    expect(declarationMoves([eligible, paid], "markPayable").ok).toBe(false);
  });
});
