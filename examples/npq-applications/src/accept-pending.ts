import { NotFoundError, type NpqApplication, paginate, UnprocessableError } from "@lpkit/sdk";
import type { Client } from "./client.ts";

/** What happened to each pending application. */
export interface AcceptanceResult {
  readonly accepted: readonly NpqApplication[];
  /**
   * Applications the service refused to accept, with its reasons: a `422` lists them (for example: the person has
   * already had an application accepted for this course); a `404` means the service found no default schedule for
   * the application's course and cohort, so it needs a `schedule_identifier` chosen by someone.
   */
  readonly refused: readonly { readonly applicationId: string; readonly reasons: readonly string[] }[];
}

/**
 * Accepts every pending application of a cohort, as a provider's nightly job might once its admissions team has
 * approved them. In a capped cohort accept needs `funded_place`: here every applicant DfE found eligible for funding
 * gets one.
 */
export async function acceptPendingApplications(client: Client, cohort: string): Promise<AcceptanceResult> {
  const pending: NpqApplication[] = [];
  for await (const application of paginate(client, "/api/v3/npq-applications", { query: { filter: { cohort } } })) {
    if (application.attributes.status === "pending") {
      pending.push(application);
    }
  }
  // Read every page before acting: accepting one application rejects the same person's others for the course,
  // which would move them between pages while we read.
  const accepted: NpqApplication[] = [];
  const refused: { applicationId: string; reasons: string[] }[] = [];
  for (const { id, attributes } of pending) {
    try {
      const { data } = await client.POST("/api/v3/npq-applications/{id}/accept", {
        params: { path: { id } },
        body: {
          data: { type: "npq-application-accept", attributes: { funded_place: attributes.eligible_for_funding } },
        },
      });
      accepted.push(data.data);
    } catch (error) {
      if (error instanceof UnprocessableError) {
        refused.push({ applicationId: id, reasons: error.errors.map(({ detail }) => detail ?? "") });
      } else if (error instanceof NotFoundError) {
        refused.push({ applicationId: id, reasons: ["No default schedule: choose a schedule_identifier"] });
      } else {
        throw error;
      }
    }
  }
  return { accepted, refused };
}
