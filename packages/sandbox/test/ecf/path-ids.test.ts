// The forms of a UUID the service's database accepts, in a path and in the id filters it does not check first
// (ECF rules §1.1, §1.5).
import { describe, expect, it } from "vitest";
import { AMBITION, API, NOT_FOUND } from "../helpers/ecf.ts";
import { testSandbox } from "../helpers/test-sandbox.ts";

const { client } = testSandbox();
const get = (path: string) => client.get(`${API}${path}`, { token: AMBITION });
const forms = (id: string) => [
  id.toUpperCase(),
  id.replaceAll("-", ""),
  encodeURIComponent(`{${id}}`),
  `${id.replaceAll("-", "").match(/.{4}/g)?.join("-")}`,
];

describe("an {id} in the path", () => {
  it.each(["/participants", "/participant-declarations", "/statements", "/delivery-partners", "/partnerships"])(
    "finds %s/{id} by any form the database casts to the id",
    async (path) => {
      const first = (await get(path)).body.data[0];
      for (const form of forms(first.id)) {
        const response = await get(`${path}/${form}`);
        expect(response.status, form).toBe(200);
        expect(response.body.data.id).toBe(first.id);
      }
      for (const form of [`%20${first.id}`, `${first.id}%20`, first.id.slice(1)]) {
        const response = await get(`${path}/${form}`);
        expect(response.status, form).toBe(404);
        expect(response.body).toEqual(NOT_FOUND);
      }
    },
  );
});

describe("id filters compared as the database casts them", () => {
  it("matches filter[delivery_partner_id] on partnerships in braces, without dashes", async () => {
    const partnership = (await get("/partnerships")).body.data[0];
    const deliveryPartnerId: string = partnership.attributes.delivery_partner_id;
    const exact = (await get(`/partnerships?filter[delivery_partner_id]=${deliveryPartnerId}`)).body.data;
    expect(exact.length).toBeGreaterThan(0);
    const braced = encodeURIComponent(`{${deliveryPartnerId.replaceAll("-", "").toUpperCase()}}`);
    expect((await get(`/partnerships?filter[delivery_partner_id]=${braced}`)).body.data).toEqual(exact);
  });
});
