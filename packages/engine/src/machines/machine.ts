/**
 * A state machine written as data: its states, its events and one row per legal move. `transition` is a pure
 * function of a machine, a state and an event; it refuses a move the table does not hold with a failure value rather
 * than an exception, so a command can return it like any other failed check.
 *
 * The engine's rule checks run first and give the service's own messages; the machine stands behind them. A move
 * that passes the checks but not the table is a gap in the rules, and the command returns the machine's failure
 * instead of writing a state the service never shows (docs/decisions/engine-state-machines.md).
 *
 * @module
 */
import { type Outcome, ok, unprocessable } from "../result.ts";

/** One legal move: in state `from`, `event` leads to state `to`. */
export interface Transition<S extends string, E extends string> {
  readonly from: S;
  readonly event: E;
  readonly to: S;
}

export interface Machine<S extends string, E extends string> {
  /** What the machine is the state of, as a sentence names it ("declaration", "training status"). */
  readonly name: string;
  readonly states: readonly S[];
  /** The state a new record starts in. */
  readonly initial: S;
  readonly events: readonly E[];
  /** At most one row per state and event: the machine is deterministic. */
  readonly transitions: readonly Transition<S, E>[];
}

/**
 * Declares a machine. The types keep every row to the declared states and events; a second row for the same state
 * and event is a mistake in the table itself (not in anyone's input), so it stops the module from loading.
 */
export function defineMachine<const S extends string, const E extends string>(definition: {
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: NoInfer<S>;
  readonly events: readonly E[];
  readonly transitions: readonly Transition<NoInfer<S>, NoInfer<E>>[];
}): Machine<S, E> {
  const seen = new Set<string>();
  for (const { from, event } of definition.transitions) {
    const move = `${from} --${event}-->`;
    if (seen.has(move)) {
      throw new Error(`The ${definition.name} machine has two rows for ${move}`);
    }
    seen.add(move);
  }
  return definition;
}

/** The row for `event` in `state`, if the table has one. */
export function transitionFrom<S extends string, E extends string>(
  machine: Machine<S, E>,
  state: S,
  event: E,
): Transition<S, E> | undefined {
  return machine.transitions.find((row) => row.from === state && row.event === event);
}

/** The state `event` leads to from `state`, or a 422 naming the refused move. Pure: reads nothing else. */
export function transition<S extends string, E extends string>(machine: Machine<S, E>, state: S, event: E): Outcome<S> {
  const row = transitionFrom(machine, state, event);
  if (row === undefined) {
    // No service message exists for this: the service's own checks refuse such a move before it gets here.
    return unprocessable([
      { title: machine.name, detail: `Illegal ${machine.name} transition: "${event}" from "${state}"` },
    ]);
  }
  return ok(row.to);
}
