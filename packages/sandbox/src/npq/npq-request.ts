import type { CommandContext, NpqWorld, Outcome } from "@lpkit/engine";
import type { Context } from "hono";
import type { SandboxEnv } from "../http/env.ts";
import type { QueryHash } from "../http/query/parse-query.ts";
import type { ApiError } from "../http/responses.ts";
import type { NpqDependencies } from "./npq-dependencies.ts";
import { npqErrors, npqJson, npqNotFound } from "./npq-responses.ts";

/** What every NPQ route works with: the NPQ world, who is asking (their NPQ id), and the request's instant. */
export interface NpqRequest {
  readonly world: NpqWorld;
  readonly leadProviderId: string;
  readonly now: Date;
  readonly commandContext: CommandContext;
  readonly query: QueryHash;
}

export function npqRequest(c: Context<SandboxEnv>, dependencies: NpqDependencies): NpqRequest {
  const state = dependencies.state();
  const now = c.get("now");
  return {
    world: state.npq,
    leadProviderId: c.get("leadProvider").id,
    now,
    commandContext: state.npqCommandContext(now),
    query: c.get("query"),
  };
}

/** `{"data":[...]}`: no meta, no links, no count (NPQ rules §1.3). */
export function npqListResponse(resources: readonly unknown[]): Response {
  return npqJson({ data: resources });
}

interface NpqFailure {
  readonly status: number;
  readonly errors: readonly ApiError[];
  /** The 410 of a merged participant id carries the merge. */
  readonly participantIdChanges?: readonly unknown[];
}

/**
 * `{"data":{...}}` on success; otherwise the failure as the NPQ service answers it: the bare 404 body, or the
 * `errors` list (the 410's entry also carries `participant_id_changes`).
 */
export function npqResultResponse<T>(
  result: Outcome<T, NpqFailure>,
  render: (value: T) => unknown = (value) => value,
): Response {
  if (result.ok) {
    return npqJson({ data: render(result.value) });
  }
  const { failure } = result;
  if (failure.status === 404) {
    return npqNotFound();
  }
  if (failure.participantIdChanges !== undefined) {
    // The entry itself carries the merge (NPQ rules §1.4).
    const entries = failure.errors.map(({ title, detail }) => ({
      title,
      detail,
      participant_id_changes: failure.participantIdChanges,
    }));
    return npqJson({ errors: entries }, failure.status);
  }
  return npqErrors(failure.status, failure.errors);
}
