import {
  NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES,
  NPQ_REQUEST_MESSAGES,
  NPQ_TITLES,
  NPQ_VOID_RULE_MESSAGES,
} from "@lpkit/engine";
import { describe, expect, it } from "vitest";
import { errors } from "../helpers/ecf.ts";
import {
  AMBITION,
  moveNpqApplication,
  NPQ_API,
  NPQ_NOT_FOUND,
  npqBadRequest,
  npqBody,
  npqDeclare,
  npqFixtureApplication,
  npqLeadProviderId,
  payNpqStatement,
} from "../helpers/npq.ts";
import { declaring, expectRuleCases, type RuleCase, TEACH_FIRST, UNKNOWN_ID } from "../helpers/npq-declaring.ts";
import type { Json, SpecClient } from "../helpers/spec-client.ts";

/** After the December 2025 statement's deadline: it can be paid. */
const PAID_AT = "2025-11-26T10:00:00Z";
/** After the deadline of the last 2025a statement (January 2027, 26 December 2026): nothing left to claw back on. */
const ENDED_AT = "2026-12-27T10:00:00Z";

const voidDeclaration = (client: SpecClient, id: string, token = AMBITION) =>
  client.put(`${NPQ_API}/participant-declarations/${id}/void`, { token });

const changeDeliveryPartner = (client: SpecClient, id: string, attributes: Record<string, unknown>, token = AMBITION) =>
  client.put(`${NPQ_API}/participant-declarations/${id}/change-delivery-partner`, {
    token,
    body: npqBody("participant-declaration", attributes),
  });

/** A new participant of Ambition's on senior leadership in 2025a with a `started` declaration. */
async function declared(client: SpecClient, started: Record<string, unknown>, fixture: Record<string, unknown> = {}) {
  const enrolled = await npqFixtureApplication(client, fixture);
  const made = await npqDeclare(client, { ...started, participant_id: enrolled.attributes.participant_id });
  expect(made.status).toBe(200);
  return made.body.data as Json;
}

describe("PUT /npq/api/v3/participant-declarations/{id}/void", () => {
  it("voids an eligible declaration, which leaves its statement", async () => {
    const { client, started } = await declaring();
    const declaration = await declared(client, started);
    const voided = await voidDeclaration(client, declaration.id);
    expect([voided.status, voided.body.data.attributes.state, voided.body.data.attributes.statement_id]).toEqual([
      200,
      "voided",
      null,
    ]);
  });

  it("claws back a paid declaration on the next output statement: awaiting-clawback", async () => {
    const { sandbox, client, started } = await declaring();
    const declaration = await declared(client, started);
    await sandbox.control.setClock(PAID_AT);
    await payNpqStatement(client, declaration.attributes.statement_id);
    const paid = await client.get(`${NPQ_API}/participant-declarations/${declaration.id}`, { token: AMBITION });
    expect(paid.body.data.attributes.state).toBe("paid");
    const voided = await voidDeclaration(client, declaration.id);
    expect(voided.body.data.attributes).toMatchObject({
      state: "awaiting-clawback",
      statement_id: declaration.attributes.statement_id,
    });
    expect(voided.body.data.attributes.clawback_statement_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(voided.body.data.attributes.clawback_statement_id).not.toBe(declaration.attributes.statement_id);
  });

  it("produces every rule of voidParticipantDeclaration through HTTP", async () => {
    const { sandbox, client, started } = await declaring();
    const V = NPQ_VOID_RULE_MESSAGES;
    const voided = await declared(client, started);
    await voidDeclaration(client, voided.id);
    const clawedBack = await declared(client, started);
    const paid = await declared(client, started);
    await sandbox.control.setClock(PAID_AT);
    await payNpqStatement(client, paid.attributes.statement_id);
    await voidDeclaration(client, clawedBack.id);
    const at = (now: string, id: string) => async () => {
      await sandbox.control.setClock(now);
      return voidDeclaration(client, id);
    };
    const cases: Record<number, RuleCase> = {
      1: { send: at(PAID_AT, voided.id), expected: [V[1]] },
      2: { send: at(PAID_AT, clawedBack.id), expected: [V[2]] },
      3: { send: at(ENDED_AT, paid.id), expected: [[V[3].title, V[3].detail(2025)]] },
      4: {
        unreachable: "a declaration on the clawback path always has its refund recorded, so rule 2 answers",
        send: at(ENDED_AT, clawedBack.id),
        expected: [V[2], [V[3].title, V[3].detail(2025)]],
      },
    };
    await expectRuleCases("voidParticipantDeclaration", cases);
  });

  it("answers 404 for a declaration it cannot see, and 403 for one another lead provider made", async () => {
    const { client, started } = await declaring();
    const declaration = await declared(client, started);
    expect(await voidDeclaration(client, declaration.id, TEACH_FIRST)).toMatchObject({
      status: 404,
      body: NPQ_NOT_FOUND,
    });
    expect(await voidDeclaration(client, UNKNOWN_ID)).toMatchObject({ status: 404, body: NPQ_NOT_FOUND });
    const moved = await moveNpqApplication(
      client,
      declaration.attributes.application_id,
      await npqLeadProviderId(client, TEACH_FIRST),
    );
    expect(moved.status).toBe(200);
    // The new lead provider sees the declaration, made by Ambition, but may not void it.
    const shown = await client.get(`${NPQ_API}/participant-declarations/${declaration.id}`, { token: TEACH_FIRST });
    expect(shown.body.data.attributes.lead_provider_name).toBe("Ambition Institute");
    const refused = await voidDeclaration(client, declaration.id, TEACH_FIRST);
    expect([refused.status, refused.body]).toEqual([
      403,
      errors([NPQ_TITLES.cannotModifyDeclaration, NPQ_REQUEST_MESSAGES.cannotModifyDeclaration]),
    ]);
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });
});

describe("PUT /npq/api/v3/participant-declarations/{id}/change-delivery-partner", () => {
  it("replaces the delivery partners; leaving the secondary out removes it; the state stays", async () => {
    const { client, started, everyCohort, recent } = await declaring();
    const declaration = await declared(client, started);
    const both = await changeDeliveryPartner(client, declaration.id, {
      delivery_partner_id: recent.id,
      secondary_delivery_partner_id: everyCohort.id,
    });
    expect(both.body.data.attributes).toMatchObject({
      delivery_partner_id: recent.id,
      secondary_delivery_partner_id: everyCohort.id,
      secondary_delivery_partner_name: everyCohort.attributes.name,
      state: "eligible",
      statement_id: declaration.attributes.statement_id,
    });
    const one = await changeDeliveryPartner(client, declaration.id, { delivery_partner_id: everyCohort.id });
    expect(one.body.data.attributes).toMatchObject({
      delivery_partner_id: everyCohort.id,
      secondary_delivery_partner_id: null,
    });
  });

  it("looks the declaration up (404) and checks who made it (403) before reading the body (400)", async () => {
    const { client, started } = await declaring();
    const declaration = await declared(client, started);
    const empty = { data: { attributes: {} } };
    const put = (id: string, token = AMBITION) =>
      client.put(`${NPQ_API}/participant-declarations/${id}/change-delivery-partner`, { token, body: empty });
    expect(await put(UNKNOWN_ID)).toMatchObject({ status: 404, body: NPQ_NOT_FOUND });
    const bad = await put(declaration.id);
    expect([bad.status, bad.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.jsonStructureRequired)]);
    const moved = await moveNpqApplication(
      client,
      declaration.attributes.application_id,
      await npqLeadProviderId(client, TEACH_FIRST),
    );
    expect(moved.status).toBe(200);
    const refused = await put(declaration.id, TEACH_FIRST);
    expect([refused.status, refused.body]).toEqual([
      403,
      errors([NPQ_TITLES.cannotModifyDeclaration, NPQ_REQUEST_MESSAGES.cannotModifyDeclaration]),
    ]);
  });

  it("produces every rule of changeParticipantDeclarationDeliveryPartner through HTTP", async () => {
    const { client, started, everyCohort, recent, elsewhere } = await declaring();
    const C = NPQ_CHANGE_DELIVERY_PARTNER_RULE_MESSAGES;
    const declaration = await declared(client, started);
    // Outside England a declaration names no delivery partner.
    const scottish = await declared(
      client,
      { ...started, delivery_partner_id: undefined },
      { teacher_catchment: "scotland" },
    );
    const change = (id: string, attributes: Record<string, unknown>) => () =>
      changeDeliveryPartner(client, id, attributes);
    const cases: Record<number, RuleCase> = {
      // An id that names none leaves the declaration without one, which from 2024 in England also says rule 9's words.
      1: { send: change(declaration.id, { delivery_partner_id: UNKNOWN_ID }), expected: [C[1], C[9]] },
      2: {
        send: change(declaration.id, { delivery_partner_id: recent.id, secondary_delivery_partner_id: UNKNOWN_ID }),
        expected: [C[2]],
      },
      3: { send: change(scottish.id, { delivery_partner_id: everyCohort.id }), expected: [C[3]] },
      4: { send: change(declaration.id, { delivery_partner_id: elsewhere.id }), expected: [C[4]] },
      5: { send: change(declaration.id, { secondary_delivery_partner_id: recent.id }), expected: [C[1], C[9], C[5]] },
      6: {
        send: change(scottish.id, { delivery_partner_id: everyCohort.id, secondary_delivery_partner_id: recent.id }),
        expected: [C[3], C[6]],
      },
      7: {
        send: change(declaration.id, { delivery_partner_id: recent.id, secondary_delivery_partner_id: elsewhere.id }),
        expected: [C[7]],
      },
      8: {
        send: change(declaration.id, { delivery_partner_id: recent.id, secondary_delivery_partner_id: recent.id }),
        expected: [C[8]],
      },
      9: { send: change(declaration.id, { delivery_partner_id: " " }), expected: [C[1], C[9]] },
    };
    await expectRuleCases("changeParticipantDeclarationDeliveryPartner", cases);
  });
});

describe("GET /npq/api/v3/participant-declarations", () => {
  it("lists by created_at with the participant, cohort and updated_since filters, and refuses a bad participant id", async () => {
    const { sandbox, client, started } = await declaring();
    const first = await declared(client, started);
    await sandbox.control.setClock("2025-11-04T10:00:00Z");
    const second = await declared(client, started);
    // Only these two participants' declarations: the seeded world may hold others.
    const both = `filter[participant_id]=${first.attributes.participant_id},${second.attributes.participant_id}`;
    const list = async (query: string) =>
      (
        (await client.get(`${NPQ_API}/participant-declarations?${both}${query}`, { token: AMBITION })).body
          .data as Json[]
      ).map((declaration) => declaration.id);
    expect(await list("")).toEqual([first.id, second.id]);
    // No sort on this endpoint: it is ignored.
    expect(await list("&sort=-created_at")).toEqual([first.id, second.id]);
    const one = await client.get(
      `${NPQ_API}/participant-declarations?filter[participant_id]=${second.attributes.participant_id}`,
      { token: AMBITION },
    );
    expect(one.body.data.map((declaration: Json) => declaration.id)).toEqual([second.id]);
    expect(await list("&filter[updated_since]=2025-11-04T00:00:00Z")).toEqual([second.id]);
    expect(await list("&filter[cohort]=2024")).toEqual([]);
    expect(await list("&filter[cohort]=2024,2025")).toEqual([first.id, second.id]);
    expect(await list("&page[per_page]=1&page[page]=2")).toEqual([second.id]);
    const bad = await client.get(`${NPQ_API}/participant-declarations?filter[participant_id]=abc`, { token: AMBITION });
    expect([bad.status, bad.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidParticipantIdFilter)]);
    const since = await client.get(`${NPQ_API}/participant-declarations?filter[updated_since]=2025-11-04`, {
      token: AMBITION,
    });
    expect([since.status, since.body]).toEqual([400, npqBadRequest(NPQ_REQUEST_MESSAGES.invalidUpdatedSince)]);
    // A list is not text, so not a list of UUIDs; and the participant ids are read before the page.
    for (const query of [
      `filter[participant_id][]=${first.attributes.participant_id}`,
      "filter[participant_id]=x&page[page]=0",
    ]) {
      const refused = await client.get(`${NPQ_API}/participant-declarations?${query}`, { token: AMBITION });
      expect([refused.status, refused.body]).toEqual([
        400,
        npqBadRequest(NPQ_REQUEST_MESSAGES.invalidParticipantIdFilter),
      ]);
    }
    const other = await client.get(`${NPQ_API}/participant-declarations/${first.id}`, { token: TEACH_FIRST });
    expect([other.status, other.body]).toEqual([404, NPQ_NOT_FOUND]);
  });
});
