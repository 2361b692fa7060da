import { type DeclarationState, paginate } from "@lpkit/sdk";
import type { Client } from "./client.ts";

interface ReportLine {
  readonly declarationId: string;
  readonly participantId: string;
  readonly declarationType: string;
  readonly state: DeclarationState;
}

/** What a statement pays, and takes back, for the finance team to reconcile against DfE's payment. */
export interface StatementReport {
  readonly statementId: string;
  /** e.g. "November 2025" */
  readonly period: string;
  readonly cohort: string;
  readonly paid: boolean;
  /** Declarations whose `statement_id` is this statement. */
  readonly payments: readonly ReportLine[];
  /** Paid declarations voided since, whose money this statement takes back. */
  readonly clawbacks: readonly ReportLine[];
}

/** Builds the report from the statement and the cohort's declarations. */
export async function statementReport(client: Client, statementId: string): Promise<StatementReport> {
  const { data } = await client.GET("/api/v3/statements/{id}", { params: { path: { id: statementId } } });
  const { month, year, cohort, paid } = data.data.attributes;
  const payments: ReportLine[] = [];
  const clawbacks: ReportLine[] = [];
  for await (const { id, attributes } of paginate(client, "/api/v3/participant-declarations", {
    query: { filter: { cohort } },
    perPage: 3000,
  })) {
    const line = {
      declarationId: id,
      participantId: attributes.participant_id,
      declarationType: attributes.declaration_type,
      state: attributes.state,
    };
    if (attributes.statement_id === statementId) {
      payments.push(line);
    }
    if (attributes.clawback_statement_id === statementId) {
      clawbacks.push(line);
    }
  }
  return { statementId, period: `${month} ${year}`, cohort, paid, payments, clawbacks };
}
