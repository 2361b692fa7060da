/**
 * The statement list's filters as its form sends them (finance dashboard §2.1): `lead_provider_id`,
 * `contract_period_year`, `statement_date` (`2025-01`) and `statement_type` (`all`, `output_fee`, `service_fee`; output
 * statements when absent or unknown), each blank for "All", and `page`. A value that names nothing (an id of no lead
 * provider, a year that is not a number) matches no statement, so the list says none was found rather than ignore it.
 */
import type { FeeType } from "@lpkit/engine";
import { readId } from "./finance-queries.ts";

export const STATEMENT_TYPES = [
  { value: "all", text: "All" },
  { value: "output_fee", text: "Output statements" },
  { value: "service_fee", text: "Service fee statements" },
] as const;
type StatementType = (typeof STATEMENT_TYPES)[number]["value"];

const FEE_TYPE_OF: Readonly<Record<StatementType, FeeType | undefined>> = {
  all: undefined,
  output_fee: "output",
  service_fee: "service",
};

/** What each filter matches; undefined matches every statement. */
export interface StatementListFilter {
  readonly leadProviderId?: string;
  readonly contractYear?: number;
  readonly statementDate?: { readonly year: number; readonly month: number };
  readonly feeType?: FeeType;
}

/** The filters as the form shows them again: the raw values, and the statement type chosen. */
export interface StatementListQuery {
  readonly leadProviderId: string;
  readonly contractYear: string;
  readonly statementDate: string;
  readonly statementType: StatementType;
  /** The page asked for, from 1 (a page past the last shows the last). */
  readonly page: number;
}

const STATEMENT_DATE = /^(\d{4})-(\d{1,2})$/;

export function readStatementListQuery(params: URLSearchParams): StatementListQuery {
  const type = params.get("statement_type");
  const page = Number(params.get("page") ?? "1");
  return {
    leadProviderId: params.get("lead_provider_id")?.trim() ?? "",
    contractYear: params.get("contract_period_year")?.trim() ?? "",
    statementDate: params.get("statement_date")?.trim() ?? "",
    statementType: STATEMENT_TYPES.find((candidate) => candidate.value === type)?.value ?? "output_fee",
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export function statementListFilter(query: StatementListQuery): StatementListFilter {
  const date = STATEMENT_DATE.exec(query.statementDate);
  const feeType = FEE_TYPE_OF[query.statementType];
  return {
    ...(query.leadProviderId === "" ? {} : { leadProviderId: readId(query.leadProviderId) }),
    ...(query.contractYear === ""
      ? {}
      : { contractYear: /^\d{4}$/.test(query.contractYear) ? Number(query.contractYear) : Number.NaN }),
    ...(query.statementDate === ""
      ? {}
      : { statementDate: date === null ? { year: 0, month: 0 } : { year: Number(date[1]), month: Number(date[2]) } }),
    ...(feeType === undefined ? {} : { feeType }),
  };
}

/** The query string of the list with these filters on page `page` (the pagination's links). */
export function statementListSearch(query: StatementListQuery, page: number): string {
  const params = new URLSearchParams({
    lead_provider_id: query.leadProviderId,
    contract_period_year: query.contractYear,
    statement_date: query.statementDate,
    statement_type: query.statementType,
    page: String(page),
  });
  return `?${params.toString()}`;
}
