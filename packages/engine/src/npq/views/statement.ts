/**
 * A statement as the NPQ API shows it (NPQ rules §2.5): the `statement` resource with the attributes of
 * `StatementAttributes` in `spec/npq-v3.yaml`; `paid` is true only once the statement is paid.
 */
import { monthName } from "../../time/calendar-date.ts";
import { formatApiDateTime } from "../../time/rfc3339.ts";
import type { NpqStatement } from "../model/statement.ts";
import { getNpqRow, type NpqWorld } from "../model/world.ts";

export interface NpqStatementResource {
  readonly id: string;
  readonly type: "statement";
  readonly attributes: Record<string, unknown>;
}

export function npqStatementView(world: NpqWorld, statement: NpqStatement): NpqStatementResource {
  return {
    id: statement.id,
    type: "statement",
    attributes: {
      month: monthName(statement.month),
      year: String(statement.year),
      cohort: String(getNpqRow(world, "cohorts", statement.cohortId).startYear),
      cut_off_date: statement.deadlineDate,
      payment_date: statement.paymentDate,
      paid: statement.status === "paid",
      created_at: formatApiDateTime(statement.createdAt),
      updated_at: formatApiDateTime(statement.updatedAt),
    },
  };
}
