/**
 * What DfE does to the NPQ world in the sandbox's own tests (statements made and paid, an application moved), through
 * the engine on the sandbox's NPQ world: nothing the NPQ API or (yet) the control API can do.
 */
import { executeNpq, type NpqCommand, type NpqStatement } from "@lpkit/engine";
import { npqWorldData, npqWorldFromData } from "@lpkit/engine/internal";
import { internalControl } from "../../src/create-sandbox.ts";
import type { Sandbox } from "../../src/index.ts";

function run(sandbox: Sandbox, command: NpqCommand): unknown {
  const control = internalControl(sandbox);
  const { state } = control;
  const result = executeNpq(state.npq, command, state.npqCommandContext(control.clock.now()));
  if (!result.ok) {
    throw new Error(`${command.type} refused: ${JSON.stringify(result.failure)}`);
  }
  return result.value;
}

/** The lead provider's statements of the cohort (an identifier, `2025a`), registered first if it has none. */
export function npqStatementsOf(sandbox: Sandbox, leadProviderId: string, cohort: string): NpqStatement[] {
  const own = () =>
    Object.values(internalControl(sandbox).state.npq.statements).filter(
      (statement) => statement.leadProviderId === leadProviderId && statement.cohortId === cohort,
    );
  if (own().length === 0) {
    run(sandbox, { type: "registerNpqStatements", leadProviderId, cohort });
  }
  return own();
}

/** Marks a statement payable, then paid, at the sandbox's clock (its deadline must have passed). */
export function payNpqStatement(sandbox: Sandbox, statementId: string): void {
  run(sandbox, { type: "markNpqStatementPayable", statementId });
  run(sandbox, { type: "markNpqStatementPaid", statementId });
}

/**
 * DfE support moves an application to another lead provider; its declarations stay with the one that made them
 * (NPQ rules §1.1). Done on a copy of the world's data, as the control API's fixtures do.
 */
export function moveNpqApplication(sandbox: Sandbox, applicationId: string, leadProviderId: string): void {
  const { state } = internalControl(sandbox);
  const data = structuredClone(npqWorldData(state.npq));
  const application = data.applications[applicationId];
  if (application === undefined) {
    throw new Error(`no NPQ application ${applicationId}`);
  }
  data.applications[applicationId] = { ...application, leadProviderId };
  state.adoptNpqWorld(npqWorldFromData(data));
}
