/**
 * DfE-side set-up: a lead provider's contract for a cohort, with its money terms, and its monthly statements, with
 * the statuses the service's seed gives them relative to now (ECF rules §9).
 */
import { FINANCE_MESSAGES } from "../messages/finance.ts";
import { FIXTURE_MESSAGES } from "../messages/fixtures.ts";
import type { Cohort } from "../model/cohort.ts";
import type { Contract, ContractType } from "../model/contract.ts";
import { leadProviderCohortKey } from "../model/indexes/index-definition.ts";
import { insertRow } from "../model/row-writes.ts";
import type { Statement } from "../model/statement.ts";
import { findRow, lookupIds, type World } from "../model/world.ts";
import type { ContractTerms } from "../payments/ecf/contract-terms.ts";
import { defaultContractTerms } from "../payments/ecf/default-contract-terms.ts";
import { readContractTerms } from "../payments/ecf/read-contract-terms.ts";
import type { CohortYear } from "../reference/cohorts.ts";
import { type Outcome, ok, ValidationErrors } from "../result.ts";
import { seededStatementStatus, statementCalendar } from "../rules/statement-calendar.ts";
import { instantOf } from "../time/instant.ts";
import { londonToday, startOfLondonDay } from "../time/london.ts";
import type { CommandContext } from "./context.ts";

export interface CreateContractAndStatementsCommand {
  readonly type: "createContractAndStatements";
  readonly leadProviderId: string;
  readonly cohortYear: CohortYear;
  /**
   * Defaults to `ittecf_ectp` when the terms have a mentor flat rate, `ecf` when they have none, and without terms
   * to `ittecf_ectp` for mentor-funded cohorts (2025 on), `ecf` before.
   */
  readonly contractType?: ContractType;
  /**
   * The contract's money terms (plain JSON, validated with the calculator's rules). Defaults to
   * `defaultContractTerms` for the cohort, with a mentor flat rate exactly when the contract is `ittecf_ectp`.
   */
  readonly terms?: ContractTerms;
}

export interface ContractAndStatements {
  readonly contract: Contract;
  readonly statements: readonly Statement[];
}

export function createContractAndStatements(
  world: World,
  command: CreateContractAndStatementsCommand,
  context: CommandContext,
): Outcome<ContractAndStatements> {
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
  const contractType = command.contractType ?? defaultContractType(command, cohort);
  const terms = contractTerms(command, contractType, errors);
  if (terms === undefined || !errors.isEmpty) {
    return errors.toFailure();
  }

  const now = instantOf(context.now);
  const today = londonToday(context.now);
  const contract = insertRow(world, "contracts", {
    id: context.newId(),
    leadProviderId: command.leadProviderId,
    cohortYear: command.cohortYear,
    contractType,
    terms,
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

function defaultContractType(command: CreateContractAndStatementsCommand, cohort: Cohort): ContractType {
  if (command.terms !== undefined) {
    return command.terms.mentorFlatRate === null || command.terms.mentorFlatRate === undefined ? "ecf" : "ittecf_ectp";
  }
  return cohort.mentorFundingEnabled ? "ittecf_ectp" : "ecf";
}

/** The command's terms, checked as the calculator will read them, or the cohort's defaults; errors are added. */
function contractTerms(
  command: CreateContractAndStatementsCommand,
  contractType: ContractType,
  errors: ValidationErrors,
): ContractTerms | undefined {
  let terms: ContractTerms;
  if (command.terms === undefined) {
    const defaults = defaultContractTerms({
      cohort: command.cohortYear,
      ...(contractType === "ecf" ? { mentorFlatRate: null } : {}),
    });
    if (!defaults.ok) {
      for (const problem of defaults.failure) {
        errors.add(problem.title === "cohort" ? "cohort" : `terms.${problem.title}`, problem.detail);
      }
      return undefined;
    }
    terms = defaults.value;
  } else {
    const read = readContractTerms(command.terms);
    if (!read.ok) {
      for (const problem of read.failure) {
        errors.add(problem.title === "input" ? "terms" : `terms.${problem.title}`, problem.detail);
      }
      return undefined;
    }
    terms = read.value;
    if (terms.cohort !== command.cohortYear) {
      errors.add("terms.cohort", FINANCE_MESSAGES.termsForOtherCohort(terms.cohort, command.cohortYear));
    }
  }
  if (contractType === "ittecf_ectp" && terms.mentorFlatRate === null) {
    errors.add("contract_type", FINANCE_MESSAGES.contractTypeNeedsMentorFlatRate);
  } else if (contractType === "ecf" && terms.mentorFlatRate !== null) {
    errors.add("contract_type", FINANCE_MESSAGES.contractTypeWithoutMentorFlatRate);
  }
  return terms;
}
