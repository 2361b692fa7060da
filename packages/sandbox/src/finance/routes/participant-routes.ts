/**
 * The participant screens (finance dashboard §1.6, §1.7): search, the drill-down, and voiding a declaration from it
 * through the engine's `voidDeclaration` command, as its lead provider's `PUT …/void` would (ECF rules §5.2).
 */
import { type Declaration, declarationState } from "@lpkit/engine";
import { findRow, getRow } from "@lpkit/engine/internal";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { execute } from "../../journal/journaled-execute.ts";
import { notFoundPage } from "../components/message-page.ts";
import type { FinanceContext } from "../finance-context.ts";
import { FINANCE_PATHS } from "../finance-paths.ts";
import { findParticipantId, mergedInto, readId } from "../finance-queries.ts";
import { htmlResponse, seeOther } from "../html-response.ts";
import { participantPage } from "../pages/participant-page.ts";
import { participantSearchPage } from "../pages/participant-search-page.ts";
import { type VoidPageModel, voidPage } from "../pages/void-page.ts";
import { participantRecord } from "../participant-records.ts";
import { describeVoidRefusal } from "../void-rule.ts";

/** The query flag the drill-down reads after a void, for its "Success" banner (the real app keeps it in a flash). */
const VOIDED_FLAG = "declaration_voided";

export function participantRoutes(context: FinanceContext): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/participants", (c) => {
    const query = c.req.query("query")?.trim() ?? "";
    if (query === "") {
      return htmlResponse(participantSearchPage());
    }
    const participantId = findParticipantId(context.world, query);
    return participantId === undefined
      ? htmlResponse(participantSearchPage({ query, notFound: true }))
      : seeOther(FINANCE_PATHS.participant(participantId));
  });

  routes.get("/participants/:id", (c) => {
    const id = readId(c.req.param("id"));
    const record = participantRecord(context.world, id, context.today());
    if (record === undefined) {
      // An identity's "External ID" link: a retired id opens the participant it was merged into.
      const merged = id === "" ? undefined : mergedInto(context.world, id);
      return merged === undefined ? htmlResponse(notFoundPage(), 404) : seeOther(FINANCE_PATHS.participant(merged));
    }
    return htmlResponse(participantPage(record, { voided: c.req.query(VOIDED_FLAG) !== undefined }));
  });

  /** The declaration at the path, when it was made for the path's profile (training period). */
  const declarationAt = (profileId: string, declarationId: string) => {
    const declaration = findRow(context.world, "declarations", readId(declarationId));
    return declaration !== undefined && declaration.trainingPeriodId === readId(profileId) ? declaration : undefined;
  };

  const voidPath = "/participant_profiles/:profileId/ecf/participant_declarations/:declarationId/void";

  /** What the void confirmation shows of a declaration, as it stands. */
  const voidPageModel = (declaration: Declaration): VoidPageModel => ({
    declaration,
    state: declarationState(declaration),
    leadProviderName: getRow(context.world, "leadProviders", declaration.leadProviderId).name,
    profileId: declaration.trainingPeriodId,
  });

  routes.get(`${voidPath}/new`, (c) => {
    const declaration = declarationAt(c.req.param("profileId"), c.req.param("declarationId"));
    if (declaration === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    return htmlResponse(voidPage(voidPageModel(declaration)));
  });

  routes.post(voidPath, (c) => {
    const declaration = declarationAt(c.req.param("profileId"), c.req.param("declarationId"));
    if (declaration === undefined) {
      return htmlResponse(notFoundPage(), 404);
    }
    const state = context.control.state;
    const voided = execute(
      state.world,
      { type: "voidDeclaration", leadProviderId: declaration.leadProviderId, declarationId: declaration.id },
      state.commandContext(context.control.clock.now()),
    );
    if (voided.ok) {
      return seeOther(`${FINANCE_PATHS.participant(declaration.teacherId)}?${VOIDED_FLAG}=${declaration.id}`);
    }
    const refusal = voided.failure.errors.map((error) => describeVoidRefusal(error.detail)).join(" ");
    return htmlResponse(voidPage({ ...voidPageModel(declaration), refusal }), 422);
  });

  return routes;
}
