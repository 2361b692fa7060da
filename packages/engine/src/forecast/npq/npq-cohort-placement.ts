import { type FieldReader, fieldPath } from "../../payments/input/field-reader.ts";
import type { NpqCohortTerms } from "../forecast-contract.ts";
import type { ForecastStatementRecord } from "../read-api-resources.ts";

/** A statement with no declarations on it yet, in a start year whose cohorts' terms differ, and those cohorts. */
export interface UnplacedNpqStatement {
  readonly statement: ForecastStatementRecord;
  readonly candidates: readonly NpqCohortTerms[];
}

interface NpqStatementPlacement {
  readonly placed: Map<ForecastStatementRecord, NpqCohortTerms>;
  /** Not placed, and no data is wrong: the first declaration on each will place it. */
  readonly awaitingCohort: UnplacedNpqStatement[];
}

/**
 * Places the NPQ API's statements in their cohorts. The API shows a statement's cohort as its start year alone, while
 * two cohorts may share one (2026a and 2026b, NPQ rules §7.2), each with its own contracts. A start year with one
 * cohort in the terms file places its statements there; with several, the cohort of the applications whose
 * declarations are on the statement says which (the API shows `cohort_suffix` on applications, payment rules §8.2).
 * A statement with no declarations yet, of cohorts whose terms differ, awaits its first declaration; what else cannot
 * be placed is reported to the reader. Neither is forecast.
 */
export function npqStatementsByCohort(
  reader: FieldReader,
  statements: readonly ForecastStatementRecord[],
  npqTerms: ReadonlyMap<string, NpqCohortTerms>,
  declarationsOn: (statementId: string) => readonly { readonly cohort: string | null }[],
): NpqStatementPlacement {
  const placed = new Map<ForecastStatementRecord, NpqCohortTerms>();
  const awaitingCohort: UnplacedNpqStatement[] = [];
  const withoutTerms = new Map<number, ForecastStatementRecord[]>();
  for (const statement of statements) {
    const candidates = [...npqTerms.values()].filter((terms) => terms.startYear === statement.cohort);
    if (candidates.length === 0) {
      withoutTerms.set(statement.cohort, [...(withoutTerms.get(statement.cohort) ?? []), statement]);
      continue;
    }
    const declarations = declarationsOn(statement.id);
    const cohorts = new Set(declarations.map(({ cohort }) => cohort).filter((cohort) => cohort !== null));
    const placement = placeStatement(statement, candidates, cohorts);
    if ("problem" in placement) {
      // With nothing on it, nothing is wrong: no declaration names its cohort yet, and the cohorts' terms differ.
      if (declarations.length === 0) {
        awaitingCohort.push({ statement, candidates });
      } else {
        reader.report(fieldPath(fieldPath(statement.path, "attributes"), "cohort"), placement.problem);
      }
    } else {
      placed.set(statement, placement);
    }
  }
  for (const [cohort, list] of [...withoutTerms].sort(([a], [b]) => a - b)) {
    reader.report(
      fieldPath(fieldPath((list[0] as ForecastStatementRecord).path, "attributes"), "cohort"),
      `is ${cohort}, and the contract terms file has no NPQ contract for a ${cohort} cohort (npqContracts): its ${list.length} statement${list.length === 1 ? " is" : "s are"} not forecast`,
    );
  }
  return { placed, awaitingCohort };
}

function placeStatement(
  statement: ForecastStatementRecord,
  candidates: readonly NpqCohortTerms[],
  applicationCohorts: ReadonlySet<string>,
): NpqCohortTerms | { problem: string } {
  const names = candidates.map((terms) => terms.cohort).join(", ");
  if (applicationCohorts.size > 1) {
    return {
      problem: `is ${statement.cohort}, and statement ${statement.id} has declarations of applications in several cohorts (${[...applicationCohorts].sort().join(", ")}): it is not forecast`,
    };
  }
  const [named] = applicationCohorts;
  if (named !== undefined) {
    const terms = candidates.find((candidate) => candidate.cohort === named);
    return (
      terms ?? {
        problem: `is ${statement.cohort}, and the declarations on statement ${statement.id} are of the ${named} cohort, which the contract terms file has no NPQ contract for (it has ${names}): it is not forecast`,
      }
    );
  }
  const [first] = candidates;
  if (candidates.length === 1 || candidates.every((terms) => sameCourseTerms(terms, first as NpqCohortTerms))) {
    return first as NpqCohortTerms;
  }
  return {
    problem: `is ${statement.cohort}, which names the ${names} cohorts of the contract terms file, and no declaration on statement ${statement.id} tells which: the API shows only a statement's start year, and these cohorts' terms differ, so it is not forecast`,
  };
}

/** Two cohorts whose contracts are the same pay the same on a statement, so either places it. */
function sameCourseTerms(a: NpqCohortTerms, b: NpqCohortTerms): boolean {
  return JSON.stringify(a.courses) === JSON.stringify(b.courses);
}
