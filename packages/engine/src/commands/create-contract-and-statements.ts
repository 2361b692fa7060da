/**
 * DfE-side set-up: a lead provider's contract for a cohort and its monthly statements, with the statuses the
 * service's seed gives them relative to now (catalogue 9).
 */
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import type { Contract, ContractType } from "../model/contract.ts";
import { leadProviderCohortKey } from "../model/indexes/index-definition.ts";
import type { Statement } from "../model/statement.ts";
import { findRow, insertRow, lookupIds, type World } from "../model/world.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { ok, type Result, ValidationErrors } from "../result.ts";
import { seededStatementStatus, statementCalendar } from "../rules/statement-calendar.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday, startOfLondonDay } from "../time/london.ts";
import type { CommandContext } from "./context.ts";

export interface CreateContractAndStatementsCommand {
  readonly type: "createContractAndStatements";
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  /** Defaults to `ittecf_ectp` for mentor-funded cohorts (2025 on), `ecf` before. */
  readonly contractType?: ContractType;
}

export interface ContractAndStatements {
  readonly contract: Contract;
  readonly statements: readonly Statement[];
}

export function createContractAndStatements(
  world: World,
  command: CreateContractAndStatementsCommand,
  context: CommandContext,
): Result<ContractAndStatements> {
  const errors = new ValidationErrors();
  const leadProvider = findRow(world, "leadProviders", command.leadProviderId);
  const cohort = world.cohorts[command.cohortYear];
  if (leadProvider === undefined) {
    errors.add("lead_provider_id", FIXTURE_MESSAGES.unknownLeadProvider);
  }
  if (cohort === undefined) {
    errors.add("cohort", FIXTURE_MESSAGES.unknownCohort(command.cohortYear));
  } else if (leadProvider !== undefined && !leadProvider.cohortYears.includes(command.cohortYear)) {
    errors.add("cohort", FIXTURE_MESSAGES.leadProviderNotInCohort(command.cohortYear));
  }
  const key = leadProviderCohortKey(command.leadProviderId, command.cohortYear);
  if (lookupIds(world, "statementsByLeadProviderCohort", key).length > 0) {
    errors.add("cohort", FINANCE_MESSAGES.statementsExist(command.cohortYear));
  }
  if (cohort === undefined || !errors.isEmpty) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  const today = londonToday(context.now);
  const contract = insertRow(world, "contracts", {
    id: context.newId(),
    leadProviderId: command.leadProviderId,
    cohortYear: command.cohortYear,
    contractType: command.contractType ?? (cohort.mentorFundingEnabled ? "ittecf_ectp" : "ecf"),
    createdAt: now,
    updatedAt: now,
  });
  const statements = statementCalendar(command.cohortYear).map((plan) => {
    const status = seededStatementStatus(plan, today);
    return insertRow(world, "statements", {
      id: context.newId(),
      leadProviderId: command.leadProviderId,
      cohortYear: command.cohortYear,
      contractId: contract.id,
      ...plan,
      status,
      markedAsPaidAt: status === "paid" ? instantOf(startOfLondonDay(plan.paymentDate)) : null,
      createdAt: now,
      updatedAt: now,
    });
  });
  return ok({ contract, statements });
}
