/**
 * `createNpqClient` against the real sandbox over a socket: every response checked against spec/npq-v3.yaml.
 */
import { NPQ_ACCEPT_RULE_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { createNpqClient, paginatePages, UnprocessableError } from "../../src/index.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";

const live = useLiveSandbox();

async function npqClient() {
  const [provider] = await live().control.npqLeadProviders();
  if (provider === undefined) {
    throw new Error("no NPQ lead provider");
  }
  const client = createNpqClient({
    baseUrl: `${live().baseUrl}/npq`,
    token: provider.token,
    fetch: live().fetch,
    throwOnError: true,
  });
  return { client, provider };
}

describe("createNpqClient against the sandbox", () => {
  it("lists applications page by page, the pages together being the whole list", async () => {
    const { client } = await npqClient();
    const { data: all } = await client.GET("/api/v3/npq-applications");
    const paged: string[] = [];
    for await (const page of paginatePages(client, "/api/v3/npq-applications", { perPage: 4 })) {
      expect(page.items.length).toBeLessThanOrEqual(4);
      paged.push(...page.items.map((application) => application.id));
    }
    expect(paged).toEqual(all.data.map((application) => application.id));
    expect(live().violations).toEqual([]);
  });

  it("accepts an application the control API registered, then refuses to accept it again with a typed error", async () => {
    const { client, provider } = await npqClient();
    const created = await live().control.createNpqApplication({
      lead_provider_id: provider.id,
      course_identifier: "npq-senior-leadership",
      cohort: "2025a",
    });
    const accept = () =>
      client.POST("/api/v3/npq-applications/{id}/accept", {
        params: { path: { id: created.id } },
        body: { data: { type: "npq-application-accept", attributes: { funded_place: true } } },
      });
    const { data: accepted } = await accept();
    expect(accepted.data.attributes.status).toBe("accepted");
    const refused = await accept().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnprocessableError);
    expect((refused as UnprocessableError).errors).toEqual([NPQ_ACCEPT_RULE_MESSAGES[3]]);
    expect(live().violations).toEqual([]);
  });
});
