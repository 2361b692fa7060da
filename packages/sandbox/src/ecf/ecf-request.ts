import type { CommandContext, Outcome, PageRequest, World } from "@lpkit/engine";
import { castUuid } from "@lpkit/engine/internal";
import type { Context } from "hono";
import type { SandboxEnv } from "../http/env.ts";
import { readFilter, readUpdatedSince } from "../http/query/filters.ts";
import { readPagination } from "../http/query/pagination.ts";
import type { QueryHash } from "../http/query/parse-query.ts";
import { errorResponse, jsonResponse } from "../http/responses.ts";
import type { EcfDependencies } from "./ecf-dependencies.ts";

/** What every ECF route works with: the world, who is asking, and the instant the request runs at. */
export interface EcfRequest {
  readonly world: World;
  readonly leadProviderId: string;
  readonly now: Date;
  /** For commands: the request's instant and the sandbox's reproducible ids. */
  readonly commandContext: CommandContext;
  readonly query: QueryHash;
}

export function ecfRequest(c: Context<SandboxEnv>, dependencies: EcfDependencies): EcfRequest {
  const state = dependencies.state();
  const now = c.get("now");
  return {
    world: state.world,
    leadProviderId: c.get("leadProvider").id,
    now,
    commandContext: state.commandContext(now),
    query: c.get("query"),
  };
}

/**
 * The `{id}` of the route's path, as the service's database reads it (ECF rules §1.1): upper case, braces or a dash
 * after any four digits name the same record; anything else (white space included) names none, and is a 404.
 */
export function pathId(c: Context<SandboxEnv>): string {
  return castUuid(c.req.param("id") ?? "") ?? "";
}

/** A list request's query, validated in the service's order: filter shape, `updated_since`, pagination. */
export interface ListParameters {
  readonly filter: QueryHash;
  readonly updatedSince: Date | undefined;
  readonly page: PageRequest;
  /** Raw `sort`; the engine decides what it means. */
  readonly sort: string | undefined;
}

export function listParameters(query: QueryHash, before?: (filter: QueryHash) => void): ListParameters {
  const filter = readFilter(query);
  before?.(filter);
  const updatedSince = readUpdatedSince(filter);
  const page = readPagination(query);
  return { filter, updatedSince, page, sort: sortParameter(query) };
}

/** Raw `sort`: text only (the service permits it as a scalar, so a list or hash is dropped). */
export function sortParameter(query: QueryHash): string | undefined {
  return typeof query.sort === "string" ? query.sort : undefined;
}

/** `{"data":[...]}`: no meta, no links, no count (ECF rules §1.3). */
export function listResponse(resources: readonly unknown[]): Response {
  return jsonResponse({ data: resources });
}

/** `{"data":{...}}` on success, the failure's status and errors otherwise. */
export function resultResponse<T>(result: Outcome<T>, render: (value: T) => unknown = (value) => value): Response {
  if (!result.ok) {
    return errorResponse(result.failure.status, result.failure.errors);
  }
  return jsonResponse({ data: render(result.value) });
}
