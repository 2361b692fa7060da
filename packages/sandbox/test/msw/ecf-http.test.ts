/**
 * Typed per-test overrides (`createEcfHttp`, or the `http` of `createSandboxHandlers`) in front of the sandbox:
 * what they answer, what they let through, and how they match. Their types are tested in ecf-http.test-d.ts.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEcfHttp, createSandboxHandlers, ECF_SANDBOX_BASE_URL } from "../../src/msw/index.ts";
import { AMBITION, apiClient, startedDeclaration, TEST_NOW } from "./support/msw-api.ts";

const { handlers, http } = createSandboxHandlers({ now: TEST_NOW });
const server = setupServer(...handlers);
const api = apiClient();

beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const STATEMENT_ID = "5a1b7c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d";

describe("typed overrides", () => {
  it("answer with a JSON body the spec documents, sent as the service sends it", async () => {
    server.use(
      http.get("/api/v3/statements/{id}", ({ params, response }) =>
        response(200).json({
          data: {
            id: params.id,
            type: "statement",
            attributes: {
              month: "November",
              year: "2025",
              cohort: "2025",
              cut_off_date: "2025-10-31",
              payment_date: "2025-11-25",
              paid: true,
              created_at: "2025-06-01T09:00:00Z",
              updated_at: "2025-11-25T09:00:00Z",
            },
          },
        }),
      ),
    );
    const response = await api.get(`/api/v3/statements/${STATEMENT_ID}`);

    // The helper checks the body against the spec as well (every response of these tests is).
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.body.data).toMatchObject({ id: STATEMENT_ID, attributes: { paid: true } });
  });

  it("answer with plain text where the spec allows it: DfE's own 429", async () => {
    server.use(http.post("/api/v3/participant-declarations", ({ response }) => response(429).text("Retry later")));
    const response = await api.post("/api/v3/participant-declarations", { body: startedDeclaration("anyone") });

    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.text).toBe("Retry later");
  });

  it("keep the headers and status text they are given", async () => {
    server.use(
      http.get("/api/v3/participants", ({ response }) =>
        response(429).json(
          { errors: [{ title: "Too many requests", detail: "Retry later" }] },
          {
            headers: { "Retry-After": "30", "content-type": "application/json; charset=utf-8" },
            statusText: "Slow down",
          },
        ),
      ),
    );
    const response = await fetch(`${ECF_SANDBOX_BASE_URL}/api/v3/participants`);

    expect(response.status).toBe(429);
    expect(response.statusText).toBe("Slow down");
    expect(response.headers.get("retry-after")).toBe("30");
  });

  it("receive decoded path parameters, the query and the request body", async () => {
    const seen: unknown[] = [];
    server.use(
      http.put("/api/v3/participant-declarations/{id}/void", ({ params, query, response }) => {
        seen.push(params, query.get("reason"));
        return response(404).json({ errors: [{ title: "Resource not found", detail: params.id }] });
      }),
      http.post("/api/v3/participant-declarations", async ({ request, response }) => {
        const body = await request.json();
        seen.push(body.data.attributes.declaration_type);
        return response(400).json({ errors: [{ title: "Bad request", detail: "seen" }] });
      }),
    );
    const voided = await api.put("/api/v3/participant-declarations/a%20b/void?reason=test");
    await api.post("/api/v3/participant-declarations", { body: startedDeclaration("anyone") });

    expect(voided.body.errors[0].detail).toBe("a b");
    expect(seen).toEqual([{ id: "a b" }, "test", "started"]);
  });

  it("let the request through to the sandbox when they return nothing", async () => {
    const overridden: string[] = [];
    server.use(
      http.get("/api/v3/statements/{id}", ({ params, response }) => {
        if (params.id !== STATEMENT_ID) {
          return undefined;
        }
        overridden.push(params.id);
        return response(404).json({ errors: [{ title: "Resource not found", detail: "canned" }] });
      }),
    );
    const canned = await api.get(`/api/v3/statements/${STATEMENT_ID}`);
    const real = await api.get("/api/v3/statements/00000000-0000-4000-8000-000000000000");

    expect(canned.body.errors[0].detail).toBe("canned");
    expect(real.body).toEqual({
      errors: [{ title: "Resource not found", detail: "Nothing could be found for the provided details" }],
    });
    expect(overridden).toEqual([STATEMENT_ID]);
  });

  it("answer once with { once: true }, then the sandbox answers", async () => {
    server.use(
      http.get("/api/v3/statements", ({ response }) => response(401).json({ error: "HTTP Token: Access denied" }), {
        once: true,
      }),
    );
    expect((await api.get("/api/v3/statements")).status).toBe(401);
    expect((await api.get("/api/v3/statements")).status).toBe(200);
  });

  it("match the path exactly (a trailing slash aside), not a longer or shorter one", async () => {
    server.use(
      http.get("/api/v3/participants/{id}", ({ response }) =>
        response(404).json({ errors: [{ title: "Resource not found", detail: "override" }] }),
      ),
    );
    expect((await api.get("/api/v3/participants/abc/")).body.errors[0].detail).toBe("override");
    // Longer: /participants/{id}/withdraw is another operation, answered by the sandbox (401 without a token).
    expect((await api.put("/api/v3/participants/abc/withdraw", { token: undefined })).status).toBe(401);
    // Shorter: the list.
    expect((await api.get("/api/v3/participants", { token: AMBITION })).status).toBe(200);
  });

  it("are bound to their base URL, prefix included", async () => {
    const local = createEcfHttp({ baseUrl: "http://127.0.0.1:4010/ecf" });
    server.use(
      local.get("/api/v3/statements", ({ response }) => response(401).json({ error: "HTTP Token: Access denied" })),
    );
    const response = await fetch("http://127.0.0.1:4010/ecf/api/v3/statements");
    expect(response.status).toBe(401);
    // DfE's URL is not overridden by them.
    expect((await api.get("/api/v3/statements")).status).toBe(200);
  });

  it("offer an untyped escape hatch", async () => {
    server.use(
      http.get("/api/v3/statements", ({ response }) =>
        response.untyped(
          new Response("<html>Bad gateway</html>", { status: 502, headers: { "content-type": "text/html" } }),
        ),
      ),
    );
    const response = await fetch(`${ECF_SANDBOX_BASE_URL}/api/v3/statements`);
    expect(response.status).toBe(502);
    expect(await response.text()).toBe("<html>Bad gateway</html>");
  });

  it("default to DfE's sandbox URL when made on their own", async () => {
    const standalone = createEcfHttp();
    server.use(
      standalone.get("/api/v3/statements", ({ response }) =>
        response(400).json({ errors: [{ title: "Bad request", detail: "Canned" }] }),
      ),
    );
    expect((await api.get("/api/v3/statements")).body.errors[0].detail).toBe("Canned");
  });
});
