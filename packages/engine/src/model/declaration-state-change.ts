/**
 * One change of a declaration's state (finance dashboard §1.6, "Declaration State History"): the service writes a
 * row each time a declaration moves, and the drill-down lists them. The engine writes them in the same commands that
 * move the declaration, at the command's instant, so a seeded world (built by replaying commands at their dates) has
 * the same history as one driven through the API.
 *
 * A row's id is `<declaration id>#<n>`, n counting from 0 in the order the changes happened: a declaration's history
 * reads back by id (`queries/declaration-state-history.ts`) with no index to keep (a large world holds several rows
 * per declaration), and the ids commands draw (`newId`) stay as they were, so adding the history moved no other row's
 * id. The NPQ world keeps the same rows (`npq/model/declaration-state-change.ts`). Only the commands' state writes
 * (`commands/declaration-state-writes.ts` and its NPQ twin) append them.
 */
import type { Instant } from "../time/instant.ts";
import type { DeclarationState } from "./declaration.ts";

/** `S`: the programme's states (the NPQ world's rows add `ineligible`). */
export interface DeclarationStateChange<S extends string = DeclarationState> {
  /** `<declaration id>#<n>`: see `declarationStateChangeId`. */
  readonly id: string;
  readonly declarationId: string;
  /** The state the declaration moved to. */
  readonly state: S;
  readonly at: Instant;
  /** Why, where the service records one (an NPQ duplicate's "duplicate"); null otherwise, shown as "N/A". */
  readonly reason: string | null;
}

export function declarationStateChangeId(declarationId: string, ordinal: number): string {
  return `${declarationId}#${ordinal}`;
}

/** A declaration's history read through `find` (either world's row read), oldest first. */
export function readStateHistory<S extends string>(
  declarationId: string,
  find: (id: string) => DeclarationStateChange<S> | undefined,
): DeclarationStateChange<S>[] {
  const history: DeclarationStateChange<S>[] = [];
  for (;;) {
    const change = find(declarationStateChangeId(declarationId, history.length));
    if (change === undefined) {
      return history;
    }
    history.push(change);
  }
}
