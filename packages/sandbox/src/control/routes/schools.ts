import { INDUCTION_PROGRAMME_CHOICES } from "@lpkit/engine";
import { Hono } from "hono";
import type { SandboxEnv } from "../../http/env.ts";
import { ControlBody } from "../control-body.ts";
import { dataResponse, outcomeResponse } from "../control-response.ts";
import { EXPECTED } from "../messages.ts";
import type { SandboxControl } from "../sandbox-control.ts";
import { TEXT_LIMITS } from "../text-limits.ts";

/** `POST /schools`: a school fixture; every field has a default. */
export function schoolRoutes(control: SandboxControl): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();

  routes.post("/schools", async (c) => {
    const body = await ControlBody.read(
      c.req.raw,
      ["name", "urn", "eligible_for_funding", "induction_programme_choice"],
      { optional: true },
    );
    const created = control.createSchool({
      name: body.text("name", { maxLength: TEXT_LIMITS.name }),
      urn: body.text("urn", { maxLength: TEXT_LIMITS.urn }),
      eligibleForFunding: body.boolean("eligible_for_funding"),
      inductionProgrammeChoice: body.oneOf(
        "induction_programme_choice",
        INDUCTION_PROGRAMME_CHOICES,
        EXPECTED.inductionProgrammeChoice,
      ),
    });
    return outcomeResponse(created, (school) =>
      dataResponse({ id: school.id, urn: school.urn, name: school.name }, 201),
    );
  });

  return routes;
}
