import { NPQ_REQUEST_MESSAGES } from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { AMBITION, NPQ_API, NPQ_NOT_FOUND, npqBadRequest, npqDeliveryPartners } from "../helpers/npq.ts";
import type { Json } from "../helpers/spec-client.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const names = (partners: readonly Json[]) => partners.map((partner) => partner.attributes.name as string);

describe("GET /npq/api/v3/delivery-partners", () => {
  it("lists the lead provider's delivery partners by name, each with its start years as integers", async () => {
    const { client } = testSandbox();
    const partners = await npqDeliveryPartners(client);
    expect(names(partners)).toEqual([...names(partners)].sort());
    const cohorts = partners.map((partner) => partner.attributes.cohort as number[]);
    // The seeded ones: one in every cohort, one from the current year.
    expect(cohorts).toContainEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(cohorts).toContainEqual([2025, 2026]);
    const other = await npqDeliveryPartners(client, "teach-first");
    expect(other.some((partner) => partners.some((own) => own.id === partner.id))).toBe(false);
  });

  it("sorts, filters by one cohort, pages, and ignores updated_since", async () => {
    const { client } = testSandbox();
    const list = async (query: string) =>
      (await client.get(`${NPQ_API}/delivery-partners${query}`, { token: AMBITION })).body.data as Json[];
    const byName = names(await list(""));
    expect(names(await list("?sort=-name"))).toEqual([...byName].reverse());
    const in2023 = await list("?filter[cohort]=2023");
    expect(in2023.length).toBeGreaterThan(0);
    expect(in2023.length).toBeLessThan(byName.length);
    expect(in2023.every((partner) => partner.attributes.cohort.includes(2023))).toBe(true);
    expect(await list("?filter[cohort]=abc")).toEqual([]);
    expect(names(await list("?page[per_page]=1&page[page]=2"))).toEqual(byName.slice(1, 2));
    expect(names(await list("?filter[updated_since]=not-a-date"))).toEqual(byName);
    const page = await client.get(`${NPQ_API}/delivery-partners?page[page]=0`, { token: AMBITION });
    expect([page.status, page.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidPagination)]);
  });
});

describe("GET /npq/api/v3/delivery-partners/{id}", () => {
  it("shows one of the lead provider's delivery partners; another's is the bare 404", async () => {
    const { client } = testSandbox();
    const [partner] = await npqDeliveryPartners(client);
    const shown = await client.get(`${NPQ_API}/delivery-partners/${partner.id.toUpperCase()}`, { token: AMBITION });
    expect(shown.body.data).toEqual(partner);
    const other = await client.get(`${NPQ_API}/delivery-partners/${partner.id}`, { token: "teach-first" });
    expect([other.status, other.body]).toEqual([404, NPQ_NOT_FOUND]);
    expect(other.headers.get("cache-control")).toBe("no-store");
  });
});
