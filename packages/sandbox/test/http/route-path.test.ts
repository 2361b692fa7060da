import { describe, expect, it } from "vitest";
import { AMBITION, API, scenario } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();

describe("the .json suffix of the real routes", () => {
  it("answers a list, a resource and a nested list the same with and without it", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    for (const path of [
      "/statements",
      "/participants?page[per_page]=2",
      `/participants/${resources.participant_id}`,
      "/participants/transfers",
    ]) {
      const [plain, query = ""] = path.split("?");
      const bare = await client.get(`${API}${path}`, { token: AMBITION });
      const suffixed = await client.get(`${API}${plain}.json${query === "" ? "" : `?${query}`}`, { token: AMBITION });
      expect(suffixed.status, path).toBe(200);
      expect(suffixed.text, path).toBe(bare.text);
    }
  });

  it("takes it on PUT and POST routes as well", async () => {
    const { resources } = await scenario(client, "ect-ready-to-declare");
    const response = await client.put(`${API}/participants/${resources.participant_id}/defer.json`, {
      token: AMBITION,
      body: {
        data: {
          type: "participant-defer",
          attributes: { reason: "career-break", course_identifier: "ecf-induction" },
        },
      },
    });
    expect(response.status).toBe(200);
    expect(response.body.data.attributes.ecf_enrolments[0].training_status).toBe("deferred");
  });

  it("is the same route for an injected fault", async () => {
    const { client } = testSandbox();
    const armed = await client.post("/__sandbox/faults", { body: { status: 503, path: "/ecf/api/v3/statements" } });
    expect(armed.status).toBe(201);
    expect((await client.get(`${API}/statements.json`, { token: AMBITION })).status).toBe(503);
    expect((await client.get(`${API}/statements.json`, { token: AMBITION })).status).toBe(200);
  });

  it("still checks the token", async () => {
    expect((await client.get(`${API}/statements.json`)).status).toBe(401);
  });

  it("ignores a trailing slash after it, as Rails does", async () => {
    expect((await client.get(`${API}/statements.json/`, { token: AMBITION })).status).toBe(200);
  });
});
