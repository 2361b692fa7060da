/**
 * A declaration's state history (finance dashboard §1.6, "Declaration State History"): the service writes a row each
 * time a declaration moves, and the drill-down lists them. The engine records each change in the command that moves
 * the declaration, at the command's instant, so a seeded world (built by replaying commands at their dates) has the
 * same history as one driven through the API.
 *
 * Stored compactly: one `declarationStateLogs` row per declaration, keyed by the declaration's id, holding its changes
 * oldest first as three lists of one entry per change (state, instant, reason). A row per change would cost an object,
 * an id string and two table entries (the world's and its reset copy's) for each of them, about three times the heap
 * for the same facts in a large world (and the lists of states and reasons are shared between logs, below). The log
 * needs no index and draws no id, so no other row's id moved. Only the commands' state writes
 * (`commands/declaration-state-writes.ts` and its NPQ twin) append to it. The NPQ world keeps the same rows over its
 * own states (`npq/model/declaration-state-change.ts`).
 */
import type { Instant } from "../time/instant.ts";
import type { DeclarationState } from "./declaration.ts";

/** `S`: the programme's states (the NPQ world's add `ineligible`). Entry n of each list is the n-th change. */
export interface DeclarationStateLog<S extends string = DeclarationState> {
  /** The declaration's id. */
  readonly id: string;
  /** The state each change moved the declaration to. */
  readonly states: readonly S[];
  readonly at: readonly Instant[];
  /** Why, where the service records one (an NPQ duplicate's "duplicate"); null otherwise, shown as "N/A". */
  readonly reasons: readonly (string | null)[];
}

/** One change, as the history lists it. */
export interface DeclarationStateChange<S extends string = DeclarationState> {
  readonly declarationId: string;
  readonly state: S;
  readonly at: Instant;
  readonly reason: string | null;
}

/** The log's changes, oldest first (none for a missing log). */
export function stateChangesOf<S extends string>(
  declarationId: string,
  log: DeclarationStateLog<S> | undefined,
): DeclarationStateChange<S>[] {
  if (log === undefined) {
    return [];
  }
  return log.states.map((state, at) => ({
    declarationId,
    state,
    at: log.at[at] as Instant,
    reason: log.reasons[at] ?? null,
  }));
}

const NONE: readonly never[] = [];

/**
 * Lists of states and of reasons repeat from declaration to declaration (most go submitted, eligible, payable, paid,
 * with no reason), so each distinct list is kept once and shared by every log holding it: logs are replaced, never
 * changed. The distinct lists are the machine's paths, few, kept as a tree from the empty list by entry, so finding
 * a list's one-longer twin walks its entries rather than building a key of them.
 */
interface SharedList {
  list: readonly (string | null)[] | undefined;
  readonly longer: Map<string | null, SharedList>;
}

const EMPTY: SharedList = { list: NONE, longer: new Map() };

function longer(node: SharedList, entry: string | null): SharedList {
  let next = node.longer.get(entry);
  if (next === undefined) {
    next = { list: undefined, longer: new Map() };
    node.longer.set(entry, next);
  }
  return next;
}

/** The shared list equal to `list` with `entry` at its end. */
function sharedAppend<T extends string | null>(list: readonly T[], entry: T): readonly T[] {
  let node = EMPTY;
  for (const each of list) {
    node = longer(node, each);
  }
  node = longer(node, entry);
  node.list ??= list.concat(entry);
  return node.list as readonly T[];
}

/** The lists of `log` (empty without one) with one more change at the end. */
export function appendStateChange<S extends string>(
  log: DeclarationStateLog<S> | undefined,
  state: S,
  at: Instant,
  reason: string | null,
): Omit<DeclarationStateLog<S>, "id"> {
  // `concat` allocates exactly the entries; a spread (`[...list, entry]`) leaves room to grow, which a log that is
  // replaced rather than grown only wastes.
  return {
    states: sharedAppend(log?.states ?? NONE, state),
    at: (log?.at ?? NONE).concat(at),
    reasons: sharedAppend(log?.reasons ?? NONE, reason),
  };
}
