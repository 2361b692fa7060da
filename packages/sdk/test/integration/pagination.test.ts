/**
 * Walking a few thousand participants of one lead provider with the SDK's iterators, page by page over the socket.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PER_PAGE, paginate, paginatePages, type ThrowingEcfClient } from "../../src/index.ts";
import { useLiveSandbox } from "./support/live-sandbox.ts";
import { leadProvider, TEACH_FIRST } from "./support/world.ts";

const live = useLiveSandbox();
// With the seeded ones, more than one page of the largest size (3,000).
const CREATED = 3_000;

let client: ThrowingEcfClient;
let expectedIds: string[];

beforeAll(async () => {
  const provider = await leadProvider(live().control, TEACH_FIRST);
  client = live().ecf(provider.token);
  const seeded = [];
  for await (const participant of paginate(client, "/api/v3/participants", { perPage: MAX_PER_PAGE })) {
    seeded.push(participant.id);
  }
  // The cheapest way to a few thousand records: the sandbox's control client in-process, over `sandbox.fetch`
  // (no socket, no spec check per request).
  const { control } = live().sandbox;
  const created = [];
  for (let index = 0; index < CREATED; index++) {
    const participant = await control.createParticipant({
      lead_provider_id: provider.id,
      course_identifier: "ecf-induction",
      cohort: "2025",
    });
    created.push(participant.id);
  }
  expectedIds = [...seeded, ...created];
});

async function walk(perPage?: number): Promise<string[]> {
  const ids: string[] = [];
  for await (const participant of paginate(client, "/api/v3/participants", { perPage })) {
    ids.push(participant.id);
  }
  return ids;
}

describe("pagination over a few thousand participants", () => {
  it("paginate yields every participant exactly once, 100 a page", async () => {
    const ids = await walk();

    expect(ids.length).toBe(expectedIds.length);
    expect(ids.length).toBeGreaterThan(CREATED);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expectedIds));
  });

  it("sees the same order whatever the page size", async () => {
    // Participants created at the same instant (the clock is frozen) are ordered by id: pages are stable.
    const [odd, large] = await Promise.all([walk(333), walk(MAX_PER_PAGE)]);

    expect(odd).toEqual(large);
    expect(large).toHaveLength(expectedIds.length);
  });

  it("paginatePages asks for pages until the empty one, clamping the page size to 3,000", async () => {
    const sizes: number[] = [];
    const numbers: number[] = [];
    for await (const page of paginatePages(client, "/api/v3/participants", { perPage: 10_000 })) {
      sizes.push(page.items.length);
      numbers.push(page.number);
      expect(page.perPage).toBe(MAX_PER_PAGE);
      expect(new URL(page.response.url).searchParams.get("page[per_page]")).toBe("3000");
    }

    expect(numbers).toEqual([1, 2]);
    expect(sizes).toEqual([MAX_PER_PAGE, expectedIds.length - MAX_PER_PAGE]);
  });

  it("keeps the filters on every page", async () => {
    const cohorts = new Set<string>();
    let count = 0;
    for await (const participant of paginate(client, "/api/v3/participants", {
      query: { filter: { cohort: "2025" } },
      perPage: 750,
    })) {
      count++;
      for (const enrolment of participant.attributes.ecf_enrolments) {
        cohorts.add(enrolment.cohort);
      }
    }

    expect(count).toBeGreaterThanOrEqual(CREATED);
    expect(cohorts.has("2025")).toBe(true);
  });

  it("ends at once on an empty list", async () => {
    const pages = [];
    for await (const page of paginatePages(client, "/api/v3/participants", {
      query: { filter: { cohort: "1999" } },
    })) {
      pages.push(page);
    }

    expect(pages).toEqual([]);
  });
});
