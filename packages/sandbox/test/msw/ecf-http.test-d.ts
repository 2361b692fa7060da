/**
 * Types of the typed overrides, checked by `pnpm --filter @lpkit/sandbox typecheck` (tsc reads test/): each
 * `@ts-expect-error` must meet an error, so a mistake the compiler stops catching fails the check. Nothing here
 * runs.
 */
import type { HttpHandler } from "msw";
import { expectTypeOf } from "vitest";
import {
  createEcfHttp,
  type EcfOperation,
  type EcfPathFor,
  type EcfResolverInfo,
  type EcfStatus,
} from "../../src/msw/index.ts";

const http = createEcfHttp();
const error = { errors: [{ title: "Bad request", detail: "canned" }] };

// Paths: only the spec's, in its own syntax, and only for the methods it documents.
expectTypeOf<EcfPathFor<"put">>().toEqualTypeOf<
  | "/api/v3/participant-declarations/{id}/void"
  | "/api/v3/participants/{id}/change-schedule"
  | "/api/v3/participants/{id}/defer"
  | "/api/v3/participants/{id}/resume"
  | "/api/v3/participants/{id}/withdraw"
  | "/api/v3/partnerships/{id}"
>();
expectTypeOf<EcfPathFor<"delete">>().toBeNever();
expectTypeOf(http.get("/api/v3/statements", ({ response }) => response(400).json(error))).toEqualTypeOf<HttpHandler>();
// @ts-expect-error: not a path of the API.
http.get("/api/v3/no-such-thing", ({ response }) => response.untyped(new Response()));
// @ts-expect-error: MSW's `:id` syntax; the spec's `{id}` is expected.
http.get("/api/v3/statements/:id", ({ response }) => response.untyped(new Response()));
// @ts-expect-error: statements cannot be created.
http.post("/api/v3/statements", ({ response }) => response.untyped(new Response()));

// Path parameters by the spec's names.
http.put("/api/v3/participants/{id}/withdraw", ({ params, response }) => {
  expectTypeOf(params).toEqualTypeOf<{ id: string }>();
  // @ts-expect-error: no such parameter.
  params.participantId;
  return response(404).json(error);
});
http.get("/api/v3/statements", ({ params, query, response }) => {
  expectTypeOf(params).toEqualTypeOf<Record<string, never>>();
  expectTypeOf(query).toEqualTypeOf<URLSearchParams>();
  return response(400).json(error);
});

// Request bodies as the spec has them.
http.post("/api/v3/participant-declarations", async ({ request, response }) => {
  const body = await request.json();
  expectTypeOf(body.data.attributes.participant_id).toEqualTypeOf<string>();
  return response(400).json(error);
});
http.get("/api/v3/statements", async ({ request, response }) => {
  expectTypeOf(await request.json()).toEqualTypeOf<null>();
  return response(400).json(error);
});

// Statuses: the documented ones only.
expectTypeOf<EcfStatus<EcfOperation<"/api/v3/statements/{id}", "get">>>().toEqualTypeOf<
  200 | 304 | 400 | 401 | 404 | 429
>();
// @ts-expect-error: GET /statements/{id} does not document 422.
http.get("/api/v3/statements/{id}", ({ response }) => response(422).json(error));

// Bodies: what the spec documents for that status.
// @ts-expect-error: a 404 body is an error list, not a statement.
http.get("/api/v3/statements/{id}", ({ response }) => response(404).json({ data: { id: "x" } }));
// @ts-expect-error: the 401 body is the service's fixed message.
http.get("/api/v3/statements/{id}", ({ response }) => response(401).json({ error: "Nope" }));
http.get("/api/v3/statements/{id}", ({ response }) => response(401).json({ error: "HTTP Token: Access denied" }));
// Content types: JSON everywhere; plain text only where the spec allows it (DfE's 429).
http.get("/api/v3/statements/{id}", ({ response }) => response(429).text("Retry later"));
// @ts-expect-error: a 404 is never plain text.
http.get("/api/v3/statements/{id}", ({ response }) => response(404).text("Not found"));

// Resolvers answer with the helper's responses, or nothing (to fall through); not any Response.
// @ts-expect-error: a plain Response is not checked against the spec; `response.untyped` says so explicitly.
http.get("/api/v3/statements", () => new Response("{}"));
http.get("/api/v3/statements", () => undefined);
http.get("/api/v3/statements", async ({ response }) => response.untyped(Response.json({}, { status: 503 })));
// A response made for one endpoint cannot answer another.
const otherInfo = {} as EcfResolverInfo<EcfOperation<"/api/v3/participants", "get">>;
// @ts-expect-error: built by the helper of GET /participants.
http.get("/api/v3/statements", () => otherInfo.response(400).json(error));
