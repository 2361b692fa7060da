import type { Statement } from "../model/statement.ts";
import { monthName } from "../time/calendar-date.ts";
import { formatApiDateTime } from "../time/rfc3339.ts";
import type { Resource } from "./resource.ts";

/** Attributes of a `statement`, in the service's order (ECF rules §2.7). */
export interface StatementAttributes {
  /** Full month name, e.g. `January`. */
  readonly month: string;
  readonly year: string;
  readonly cohort: string;
  readonly cut_off_date: string;
  readonly payment_date: string;
  readonly paid: boolean;
  readonly created_at: string;
  readonly updated_at: string;
}

export type StatementResource = Resource<"statement", StatementAttributes>;

export function statementView(statement: Statement): StatementResource {
  return {
    id: statement.id,
    type: "statement",
    attributes: {
      month: monthName(statement.month),
      year: String(statement.year),
      cohort: String(statement.cohortYear),
      cut_off_date: statement.deadlineDate,
      payment_date: statement.paymentDate,
      paid: statement.status === "paid",
      created_at: formatApiDateTime(statement.createdAt),
      updated_at: formatApiDateTime(statement.updatedAt),
    },
  };
}
