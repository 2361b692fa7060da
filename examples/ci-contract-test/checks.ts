/**
 * What our integration relies on, checked against the sandbox in CI: if DfE's API (as the sandbox mirrors it)
 * changes a rule or a message our code depends on, one of these fails before our users notice.
 */
import assert from "node:assert/strict";
import { buildDeclaration, createEcfClient, UnprocessableError } from "@lpkit/sdk";
import type { Check, CheckContext } from "./contract-check.ts";

/** The message our declarations code matches to mark a milestone as already declared. */
const ALREADY_DECLARED = "A declaration has already been submitted that will be, or has been, paid for this event.";

/** In your project: your own client factory, given the sandbox's base URL instead of DfE's. */
function clientFor({ ecfBaseUrl, leadProvider }: CheckContext) {
  return createEcfClient({ baseUrl: ecfBaseUrl, token: leadProvider.token, throwOnError: true });
}

async function newEct({ control, leadProvider }: CheckContext): Promise<string> {
  const participant = await control.createParticipant({
    lead_provider_id: leadProvider.id,
    course_identifier: "ecf-induction",
    cohort: "2025",
  });
  return participant.id;
}

const started = (participantId: string) =>
  buildDeclaration({
    cohort: "2025",
    participant_id: participantId,
    course_identifier: "ecf-induction",
    declaration_type: "started",
    declaration_date: "2025-09-15T10:00:00Z",
    evidence_held: "training-event-attended",
  });

const checks: Check[] = [
  {
    name: "our token is accepted and participants come in pages",
    async run(context) {
      const client = clientFor(context);
      const query = (page: number) => ({ params: { query: { page: { page, per_page: 2 } } } });
      const first = (await client.GET("/api/v3/participants", query(1))).data.data;
      const second = (await client.GET("/api/v3/participants", query(2))).data.data;
      assert.equal(first.length, 2);
      assert.notDeepEqual(
        first.map(({ id }) => id),
        second.map(({ id }) => id),
      );
    },
  },
  {
    name: "a started declaration for a funded ECT is accepted as eligible",
    async run(context) {
      const { data } = await clientFor(context).POST("/api/v3/participant-declarations", {
        body: started(await newEct(context)),
      });
      assert.equal(data.data.attributes.state, "eligible");
      assert.notEqual(data.data.attributes.statement_id, null);
    },
  },
  {
    name: "a repeated declaration is refused with the message our code matches on",
    async run(context) {
      const client = clientFor(context);
      const body = started(await newEct(context));
      await client.POST("/api/v3/participant-declarations", { body });
      await assert.rejects(client.POST("/api/v3/participant-declarations", { body }), (error) => {
        assert.ok(error instanceof UnprocessableError, `expected a 422, got ${error}`);
        assert.ok(
          error.has({ title: "declaration_type", detail: ALREADY_DECLARED }),
          `the 422 no longer says "${ALREADY_DECLARED}": ${JSON.stringify(error.errors)}`,
        );
        return true;
      });
    },
  },
  {
    name: "voiding an unpaid declaration voids it",
    async run(context) {
      const client = clientFor(context);
      const { data } = await client.POST("/api/v3/participant-declarations", { body: started(await newEct(context)) });
      const voided = await client.PUT("/api/v3/participant-declarations/{id}/void", {
        params: { path: { id: data.data.id } },
      });
      assert.equal(voided.data.data.attributes.state, "voided");
    },
  },
  {
    name: "updated_since finds a participant registered after our mark",
    async run(context) {
      const mark = (await context.control.clock()).now;
      await context.control.setClock(new Date(Date.parse(mark) + 60_000));
      const participantId = await newEct(context);
      const { data } = await clientFor(context).GET("/api/v3/participants", {
        params: { query: { filter: { updated_since: mark } } },
      });
      assert.deepEqual(
        data.data.map(({ id }) => id),
        [participantId],
      );
    },
  },
];

export default checks;
