import {
  COURSE_IDENTIFIERS,
  type Failure,
  FEE_TYPES,
  INDUCTION_PROGRAMME_CHOICES,
  roleOfCourse,
  SCHEDULE_IDENTIFIERS,
  STATEMENT_STATUSES,
} from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../http/env.ts";
import { answerUnsupportedMethods } from "../http/fallbacks.ts";
import { BAD_REQUEST_TITLE } from "../http/messages.ts";
import { RequestError } from "../http/request-error.ts";
import { errorResponse, jsonResponse } from "../http/responses.ts";
import { ControlBody } from "./control-body.ts";
import { ControlQuery } from "./control-query.ts";
import { CONTROL_MESSAGES, EXPECTED } from "./messages.ts";
import { renderClock, renderFault, renderLeadProvider, renderScenario, renderSummary } from "./render.ts";
import type { SandboxControl } from "./sandbox-control.ts";
import { declarationsCsvFilename, renderStatementBreakdown } from "./statement-breakdown.ts";
import { renderStatementSummary } from "./statement-identity.ts";

const FAULT_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;

const PARTICIPANT_FIELDS = [
  "lead_provider_id",
  "course_identifier",
  "cohort",
  "schedule_identifier",
  "training_start_date",
  "eligible_for_funding",
  "school_id",
  "delivery_partner_id",
  "participant_id",
  "full_name",
  "teacher_reference_number",
  "email",
  "sparsity_uplift",
  "pupil_premium_uplift",
];

const STATEMENT_FILTERS = ["lead_provider_id", "cohort", "fee_type", "status"];

const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const failureResponse = (failure: Failure): Response => errorResponse(failure.status, failure.errors);

/** `/__sandbox`: HTTP in front of `SandboxControl`. No token; errors in the service's format. */
export function createControlApp(control: SandboxControl): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ strict: false });

  app.get("/health", () => jsonResponse({ status: "ok" }));

  app.get("/lead-providers", () => jsonResponse({ data: control.leadProviders().map(renderLeadProvider) }));

  app.get("/world", async () => jsonResponse(renderSummary(await control.summary())));

  app.post("/reset", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["seed", "now"], { optional: true });
    const seed = body.integer("seed", EXPECTED.integerSeed, { min: 0, max: 0xffffffff });
    const now = body.instantOrNull("now");
    control.reset({ seed, now });
    return jsonResponse(renderSummary(await control.summary()));
  });

  app.get("/clock", () => jsonResponse(renderClock(control.clock.state())));

  app.put("/clock", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["now", "frozen"], { optional: false });
    const now = body.required("now", body.instantOrNull("now"));
    control.setClock({ now, frozen: body.boolean("frozen") });
    return jsonResponse(renderClock(control.clock.state()));
  });

  app.get("/scenarios", (c) => {
    const scenarios = control.scenarios({
      leadProviderId: c.req.query("lead_provider_id"),
      name: c.req.query("name"),
    });
    return jsonResponse({ data: scenarios.map(renderScenario) });
  });

  app.get("/faults", () => jsonResponse({ data: control.faults().map(renderFault) }));

  app.post("/faults", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["status", "count", "path", "method"], { optional: false });
    const status = body.required("status", body.integer("status", EXPECTED.statusCode, { min: 400, max: 599 }));
    const count = body.integer("count", EXPECTED.positiveCount, { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
    const path = body.path("path");
    const method = body.oneOf("method", FAULT_METHODS, EXPECTED.method);
    return jsonResponse({ data: renderFault(control.addFault({ status, count, path, method })) }, 201);
  });

  app.delete("/faults", () => {
    control.clearFaults();
    return new Response(null, { status: 204 });
  });

  app.post("/schools", async (c) => {
    const body = await ControlBody.read(
      c.req.raw,
      ["name", "urn", "eligible_for_funding", "induction_programme_choice"],
      { optional: true },
    );
    const created = control.createSchool({
      name: body.text("name"),
      urn: body.text("urn"),
      eligibleForFunding: body.boolean("eligible_for_funding"),
      inductionProgrammeChoice: body.oneOf(
        "induction_programme_choice",
        INDUCTION_PROGRAMME_CHOICES,
        EXPECTED.inductionProgrammeChoice,
      ),
    });
    return created.ok
      ? jsonResponse({ data: { id: created.value.id, urn: created.value.urn, name: created.value.name } }, 201)
      : failureResponse(created.failure);
  });

  app.post("/delivery-partners", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["name", "lead_provider_id", "cohorts"], { optional: false });
    const created = control.createDeliveryPartner({
      name: body.text("name"),
      leadProviderId: body.uuid("lead_provider_id", { required: true }),
      cohorts: body.cohortYears("cohorts"),
    });
    return created.ok
      ? jsonResponse({ data: { id: created.value.id, name: created.value.name } }, 201)
      : failureResponse(created.failure);
  });

  app.post("/participants", async (c) => {
    const body = await ControlBody.read(c.req.raw, PARTICIPANT_FIELDS, { optional: false });
    const schoolId = body.uuid("school_id");
    for (const uplift of ["sparsity_uplift", "pupil_premium_uplift"]) {
      if (schoolId !== undefined && body.has(uplift)) {
        throw new RequestError(400, [
          { title: BAD_REQUEST_TITLE, detail: CONTROL_MESSAGES.upliftNeedsNewSchool(uplift) },
        ]);
      }
    }
    const course = body.oneOf("course_identifier", COURSE_IDENTIFIERS, EXPECTED.courseIdentifier);
    const scheduleIdentifier = body.oneOf("schedule_identifier", SCHEDULE_IDENTIFIERS, EXPECTED.scheduleIdentifier);
    const created = control.createParticipant({
      leadProviderId: body.uuid("lead_provider_id", { required: true }),
      role: roleOfCourse(body.required("course_identifier", course)) ?? "ect",
      cohort: body.cohortYear("cohort", { required: true }),
      scheduleIdentifier,
      trainingStartDate: body.date("training_start_date"),
      eligibleForFunding: body.boolean("eligible_for_funding"),
      schoolId,
      deliveryPartnerId: body.uuid("delivery_partner_id"),
      participantId: body.uuid("participant_id"),
      fullName: body.text("full_name"),
      teacherReferenceNumber: body.text("teacher_reference_number"),
      email: body.text("email"),
      sparsityUplift: body.boolean("sparsity_uplift"),
      pupilPremiumUplift: body.boolean("pupil_premium_uplift"),
    });
    return created.ok ? jsonResponse({ data: created.value }, 201) : failureResponse(created.failure);
  });

  app.post("/participants/:id/eligible-for-funding", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["course_identifier"], { optional: false });
    const course = body.required(
      "course_identifier",
      body.oneOf("course_identifier", COURSE_IDENTIFIERS, EXPECTED.courseIdentifier),
    );
    const made = control.makeEligibleForFunding(c.req.param("id"), roleOfCourse(course) ?? "ect");
    return made.ok ? jsonResponse({ data: made.value }) : failureResponse(made.failure);
  });

  app.get("/statements", (c) => {
    const query = ControlQuery.read(c.req.url, STATEMENT_FILTERS);
    const statements = control.statements({
      leadProviderId: query.uuid("lead_provider_id"),
      cohortYear: query.cohortYear("cohort"),
      feeType: query.oneOf("fee_type", FEE_TYPES, EXPECTED.feeType),
      status: query.oneOf("status", STATEMENT_STATUSES, EXPECTED.statementStatus),
    });
    const world = control.state.world;
    return jsonResponse({ data: statements.map((statement) => renderStatementSummary(world, statement)) });
  });

  app.post("/statements/:id/mark-payable", (c) => {
    const marked = control.markStatementPayable(c.req.param("id"));
    return marked.ok ? jsonResponse({ data: marked.value }) : failureResponse(marked.failure);
  });

  app.post("/statements/:id/mark-paid", (c) => {
    const marked = control.markStatementPaid(c.req.param("id"));
    return marked.ok ? jsonResponse({ data: marked.value }) : failureResponse(marked.failure);
  });

  app.get("/statements/:id/breakdown", (c) => {
    const found = control.statementPayments(c.req.param("id"));
    return found.ok
      ? jsonResponse({ data: renderStatementBreakdown(control.state.world, found.value) })
      : failureResponse(found.failure);
  });

  app.get("/statements/:id/declarations.csv", (c) => {
    const found = control.statementPayments(c.req.param("id"));
    if (!found.ok) {
      return failureResponse(found.failure);
    }
    const filename = declarationsCsvFilename(control.state.world, found.value);
    return new Response(found.value.csv, {
      headers: { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="${filename}"` },
    });
  });

  answerUnsupportedMethods(app);
  return app;
}
