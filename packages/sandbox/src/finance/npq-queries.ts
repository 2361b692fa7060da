/** What the dashboard reads from the NPQ world: a statement by id, and its voided declarations. Reads only. */
import type { NpqDeclaration, NpqStatement, NpqWorld } from "@lpkit/engine";
import { findNpqRow, npqLookup, npqLookupIds } from "@lpkit/engine/internal";
import { readId } from "./finance-queries.ts";

export function findNpqStatement(npq: NpqWorld, statementId: string): NpqStatement | undefined {
  return findNpqRow(npq, "statements", readId(statementId));
}

/**
 * The statement's declarations in state `voided` (finance dashboard §3.2), as the NPQ world keeps them on the
 * statement. (The service keeps a voided declaration's line on its statement; the engine's void command takes the
 * declaration off it, so until the engine keeps that line this lists none: see docs/decisions/finance-dashboard.md.)
 */
export function npqVoidedDeclarations(npq: NpqWorld, statementId: string): NpqDeclaration[] {
  return npqLookup(npq, "declarationsByStatement", statementId).filter((declaration) => declaration.state === "voided");
}

/**
 * Each course's "Total not eligible for funding" (finance dashboard §3.1): the statement's declarations in state
 * `ineligible` or `voided`, by course. A voided declaration keeps its statement; an ineligible duplicate never has one
 * (NPQ rules §2.3), so in practice the count is the course's voids (docs/decisions/finance-dashboard.md).
 */
export function npqNotEligibleCounts(npq: NpqWorld, statementId: string): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const declaration of npqLookup(npq, "declarationsByStatement", statementId)) {
    if (declaration.state === "ineligible" || declaration.state === "voided") {
      counts.set(declaration.courseIdentifier, (counts.get(declaration.courseIdentifier) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Whether "Authorise for payment" is offered on an NPQ statement: the ECF conditions (finance dashboard §1.8, §3), an
 * output statement, payable, past its deadline, with declarations on it.
 */
export function isNpqAuthorisable(npq: NpqWorld, statement: NpqStatement, today: string): boolean {
  return (
    statement.feeType === "output" &&
    statement.status === "payable" &&
    statement.deadlineDate < today &&
    (npqLookupIds(npq, "declarationsByStatement", statement.id).length > 0 ||
      npqLookupIds(npq, "declarationsByClawbackStatement", statement.id).length > 0)
  );
}
