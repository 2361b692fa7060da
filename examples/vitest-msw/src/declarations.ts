/**
 * Acme Training's declarations: sends the milestones our records show to DfE, and turns DfE's answers into
 * outcomes the app stores. This is the code the tests in test/ exercise.
 */
import {
  type ApiErrorItem,
  buildDeclaration,
  type DeclarationInput,
  type DeclarationState,
  NetworkError,
  paginate,
  RateLimitError,
  ServerError,
  UnprocessableError,
} from "@lpkit/sdk";
import type { Client } from "./client.ts";

const ALREADY_DECLARED = "A declaration has already been submitted that will be, or has been, paid for this event.";

export type SubmitOutcome =
  | { readonly outcome: "declared"; readonly id: string; readonly state: DeclarationState }
  | { readonly outcome: "already-declared" }
  | { readonly outcome: "rejected"; readonly errors: readonly ApiErrorItem[] }
  | { readonly outcome: "try-later"; readonly afterSeconds: number };

/** Declares a milestone. Refusals and outages are outcomes; anything else (a bug, a bad token) is thrown. */
export async function submitDeclaration<const Cohort extends `${number}`>(
  client: Client,
  milestone: DeclarationInput<Cohort>,
): Promise<SubmitOutcome> {
  try {
    const { data } = await client.POST("/api/v3/participant-declarations", { body: buildDeclaration(milestone) });
    return { outcome: "declared", id: data.data.id, state: data.data.attributes.state };
  } catch (error) {
    if (error instanceof UnprocessableError) {
      if (error.has({ title: "declaration_type", detail: ALREADY_DECLARED })) {
        return { outcome: "already-declared" };
      }
      return { outcome: "rejected", errors: error.errors };
    }
    if (error instanceof RateLimitError) {
      // DfE's own 429 carries no Retry-After: wait out the 5-minute window.
      return { outcome: "try-later", afterSeconds: error.retryAfter ?? 300 };
    }
    if (error instanceof ServerError || error instanceof NetworkError) {
      // The SDK does not retry a POST; the next run sends it again (a repeat would be refused, never paid twice).
      return { outcome: "try-later", afterSeconds: 60 };
    }
    throw error;
  }
}

/** Takes back a declaration made in error: an unpaid one is voided, a paid one awaits clawback. */
export async function voidDeclaration(client: Client, id: string): Promise<DeclarationState> {
  const { data } = await client.PUT("/api/v3/participant-declarations/{id}/void", { params: { path: { id } } });
  return data.data.attributes.state;
}

export interface PendingClawback {
  readonly declarationId: string;
  readonly participantId: string;
  /** The statement the money will be taken back on. */
  readonly statementId: string;
}

/** Paid declarations of a cohort that DfE will take money back for, for the finance team's report. */
export async function pendingClawbacks(client: Client, cohort: string): Promise<PendingClawback[]> {
  const pending: PendingClawback[] = [];
  const declarations = paginate(client, "/api/v3/participant-declarations", { query: { filter: { cohort } } });
  for await (const { id, attributes } of declarations) {
    if (attributes.state === "awaiting-clawback" && attributes.clawback_statement_id !== null) {
      pending.push({
        declarationId: id,
        participantId: attributes.participant_id,
        statementId: attributes.clawback_statement_id,
      });
    }
  }
  return pending;
}
