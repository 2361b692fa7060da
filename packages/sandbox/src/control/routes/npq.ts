import {
  NPQ_APPLICATION_STATUSES,
  NPQ_COURSE_IDENTIFIERS,
  NPQ_SCHEDULE_IDENTIFIERS,
  NPQ_TEACHER_CATCHMENTS,
  NPQ_TRAINING_STATUSES,
} from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { TEXT_LIMITS } from "../text-limits.ts";

const APPLICATION_FIELDS = [
  "lead_provider_id",
  "course_identifier",
  "cohort",
  "status",
  "eligible_for_funding",
  "funded_place",
  "schedule_identifier",
  "participant_id",
  "trn",
  "trn_verified",
  "teacher_catchment",
  "teacher_catchment_country",
  "training_status",
  "reason",
  "targeted_delivery_funding_eligibility",
];

/**
 * The NPQ API's lead providers and applications in the control API: `GET /npq/lead-providers` (NPQ ids, tokens,
 * cohort identifiers), `POST /npq/applications`, which registers an application in any state the NPQ API shows, and
 * `POST /npq/applications/{id}/change-lead-provider`, which moves one to another lead provider as DfE support does.
 */
export function npqControlRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.get("/npq/lead-providers", () =>
    dataResponse(
      control.npqLeadProviders().map(({ id, name, token, cohorts }) => ({ id, name, token, cohorts: [...cohorts] })),
    ),
  );

  routes.post("/npq/applications", async (c) => {
    const body = await ControlBody.read(c.req.raw, APPLICATION_FIELDS, { optional: false });
    const created = control.createNpqApplication({
      leadProviderId: body.uuid("lead_provider_id", { required: true }),
      courseIdentifier: body.required(
        "course_identifier",
        body.oneOf("course_identifier", NPQ_COURSE_IDENTIFIERS, EXPECTED.npqCourseIdentifier),
      ),
      cohort: body.npqCohort("cohort"),
      status: body.oneOf("status", NPQ_APPLICATION_STATUSES, EXPECTED.npqApplicationStatus) ?? "pending",
      eligibleForFunding: body.boolean("eligible_for_funding") ?? true,
      fundedPlace: body.orNull("funded_place", () => body.boolean("funded_place")),
      scheduleIdentifier: body.orNull("schedule_identifier", () =>
        body.oneOf("schedule_identifier", NPQ_SCHEDULE_IDENTIFIERS, EXPECTED.npqScheduleIdentifier),
      ),
      participantId: body.uuid("participant_id"),
      trn: body.text("trn", { maxLength: TEXT_LIMITS.teacherReferenceNumber }),
      trnVerified: body.boolean("trn_verified") ?? true,
      teacherCatchment: body.oneOf("teacher_catchment", NPQ_TEACHER_CATCHMENTS, EXPECTED.teacherCatchment) ?? "england",
      teacherCatchmentCountry: body.text("teacher_catchment_country", { maxLength: TEXT_LIMITS.name }),
      trainingStatus: body.oneOf("training_status", NPQ_TRAINING_STATUSES, EXPECTED.npqTrainingStatus),
      reason: body.text("reason", { maxLength: TEXT_LIMITS.name }),
      targetedDeliveryFundingEligibility: body.boolean("targeted_delivery_funding_eligibility") ?? false,
    });
    return outcomeResponse(created, (application) => dataResponse(application, 201));
  });

  routes.post("/npq/applications/:id/change-lead-provider", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["lead_provider_id"], { optional: false });
    const moved = control.changeNpqApplicationLeadProvider(
      c.req.param("id"),
      body.uuid("lead_provider_id", { required: true }),
    );
    return outcomeResponse(moved, (application) => dataResponse(application));
  });

  return routes;
}
