import { COURSE_IDENTIFIERS, roleOfCourse, SCHEDULE_IDENTIFIERS } from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { BAD_REQUEST_TITLE } from "../../http/messages.ts";
import { RequestError } from "../../http/request-error.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import { CONTROL_MESSAGES, EXPECTED } from "../messages.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { TEXT_LIMITS } from "../text-limits.ts";

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

/**
 * `POST /participants` registers a participant (or a second role) with a lead provider; `POST
 * /participants/{id}/eligible-for-funding` does what an appropriate body or mentor registration would. Both answer
 * with the participant as the lead provider sees it.
 */
export function participantRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/participants", async (c) => {
    const body = await ControlBody.read(c.req.raw, PARTICIPANT_FIELDS, { optional: false });
    const schoolId = body.uuid("school_id");
    // Uplifts are the school's: they can only be set on the school the sandbox creates for this participant.
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
      fullName: body.text("full_name", { maxLength: TEXT_LIMITS.name }),
      teacherReferenceNumber: body.text("teacher_reference_number", { maxLength: TEXT_LIMITS.teacherReferenceNumber }),
      email: body.text("email", { maxLength: TEXT_LIMITS.email }),
      sparsityUplift: body.boolean("sparsity_uplift"),
      pupilPremiumUplift: body.boolean("pupil_premium_uplift"),
    });
    return outcomeResponse(created, (participant) => dataResponse(participant, 201));
  });

  routes.post("/participants/:id/eligible-for-funding", async (c) => {
    const body = await ControlBody.read(c.req.raw, ["course_identifier"], { optional: false });
    const course = body.required(
      "course_identifier",
      body.oneOf("course_identifier", COURSE_IDENTIFIERS, EXPECTED.courseIdentifier),
    );
    const made = control.makeEligibleForFunding(c.req.param("id"), roleOfCourse(course) ?? "ect");
    return outcomeResponse(made, (participant) => dataResponse(participant));
  });

  return routes;
}
