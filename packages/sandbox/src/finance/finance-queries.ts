/**
 * What the dashboard reads from the world, beyond a statement's calculation: lead providers, their output statements,
 * the statement a provider lands on, a statement's voided declarations, and a participant's records. Reads only:
 * every change goes through an engine command.
 */
import {
  type Declaration,
  declarationState,
  type LeadProvider,
  listFinanceStatements,
  type Role,
  type Statement,
  type World,
} from "@lpkit/engine";
import { castUuid, findRow, lookup, lookupIds } from "@lpkit/engine/internal";

/** Every lead provider, by name (the choose-provider radios, the selector). */
export function leadProvidersByName(world: World): LeadProvider[] {
  return Object.values(world.leadProviders).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A lead provider's output statements, by payment date: the ECF finance screens show output statements only (a
 * service fee statement carries no declarations). With a cohort, that cohort's only.
 */
export function outputStatements(world: World, leadProviderId: string, cohortYear?: number): Statement[] {
  return listFinanceStatements(world, { leadProviderId, feeType: "output", cohortYear });
}

/**
 * The statement a provider opens on (finance dashboard §1.3): the earliest whose milestone cut-off is today or later,
 * else the latest.
 */
export function currentStatement(world: World, leadProviderId: string, today: string): Statement | undefined {
  const statements = outputStatements(world, leadProviderId).sort(
    (a, b) => a.deadlineDate.localeCompare(b.deadlineDate) || a.cohortYear - b.cohortYear,
  );
  return statements.find((statement) => statement.deadlineDate >= today) ?? statements.at(-1);
}

/** The statement's declarations in state `voided`, of one role or both, oldest first (finance dashboard §1.5). */
export function voidedDeclarations(world: World, statementId: string, role?: Role): Declaration[] {
  return lookup(world, "declarationsByStatement", statementId).filter(
    (declaration) => declarationState(declaration) === "voided" && (role === undefined || declaration.role === role),
  );
}

/**
 * Whether the drill-down offers "Void" (finance dashboard §1.7): any declaration not yet paid nor voided, and a paid
 * one only while its lead provider has an output statement for the cohort whose cut-off has not passed (where the
 * clawback would go). The engine's void command decides in the end; this only hides a button that could not work.
 */
export function isVoidable(world: World, declaration: Declaration, today: string): boolean {
  const state = declarationState(declaration);
  if (state === "submitted" || state === "eligible" || state === "payable") {
    return true;
  }
  if (state !== "paid" || declaration.statementId === null) {
    return false;
  }
  const statement = findRow(world, "statements", declaration.statementId);
  return (
    statement !== undefined &&
    outputStatements(world, declaration.leadProviderId, statement.cohortYear).some(
      (candidate) => candidate.deadlineDate >= today,
    )
  );
}

/**
 * An id from an address or a search box, read as the service's database reads one (any case, dashes or not, ECF
 * rules §1.1); anything that is not an id becomes "", which names no row.
 */
export function readId(value: string): string {
  return castUuid(value.trim()) ?? "";
}

/**
 * The participant a search term names (finance dashboard §1.6): a participant id, an external id (a participant id
 * DfE merged into another participant: that participant), or a declaration's id. Undefined when nothing matches.
 */
export function findParticipantId(world: World, term: string): string | undefined {
  const id = readId(term);
  if (id === "") {
    return undefined;
  }
  if (findRow(world, "teachers", id) !== undefined) {
    return id;
  }
  return findRow(world, "declarations", id)?.teacherId ?? mergedInto(world, id);
}

/**
 * The participant a retired participant id was merged into. Merges are rare and kept on the participant that stays,
 * so this reads every participant, and only once the cheaper reads found nothing.
 */
export function mergedInto(world: World, retiredId: string): string | undefined {
  return Object.values(world.teachers).find((teacher) =>
    teacher.participantIdChanges.some((change) => change.fromParticipantId === retiredId),
  )?.id;
}

/**
 * Whether "Authorise for payment" is offered (finance dashboard §1.8): an output statement that is payable, not yet
 * marked paid, whose cut-off has passed, with declarations on it.
 */
export function isAuthorisable(world: World, statement: Statement, today: string): boolean {
  return (
    statement.feeType === "output" &&
    statement.status === "payable" &&
    statement.markedAsPaidAt === null &&
    statement.deadlineDate < today &&
    (lookupIds(world, "declarationsByStatement", statement.id).length > 0 ||
      lookupIds(world, "declarationsByClawbackStatement", statement.id).length > 0)
  );
}

/** The cohorts a lead provider has output statements for, oldest first. */
export function statementCohorts(world: World, leadProviderId: string): number[] {
  return [...new Set(outputStatements(world, leadProviderId).map((statement) => statement.cohortYear))].sort(
    (a, b) => a - b,
  );
}

/** Whether the statement takes adjustments (finance dashboard §1.9): an output statement not yet paid. */
export function adjustmentsEditable(statement: Statement): boolean {
  return statement.feeType === "output" && statement.status !== "paid";
}
