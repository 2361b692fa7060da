import type { ApiNpqApplication, ApiNpqDeclaration, ApiNpqStatement } from "@lpkit/engine";
import { createNpqClient, MAX_PER_PAGE, syncUpdatedSince } from "@lpkit/sdk";
import type { SyncOptions } from "./sync-provider-data.ts";

/** What an NPQ forecast is made from: every statement, declaration and application the NPQ API shows the provider. */
export interface NpqProviderData {
  statements: ApiNpqStatement[];
  declarations: ApiNpqDeclaration[];
  /** Each declaration's application says whether it earns targeted delivery funding, and its cohort. */
  applications: ApiNpqApplication[];
}

/**
 * Reads the lead provider's NPQ statements, declarations and applications through the SDK's NPQ client: a full
 * `syncUpdatedSince` of each list (no mark: everything). A finance system that keeps its own copy would store each
 * `highWaterMark` and pass it as `since` next time, then forecast from the copy.
 */
export async function syncNpqProviderData({ baseUrl, token }: SyncOptions): Promise<NpqProviderData> {
  const client = createNpqClient({
    baseUrl,
    token,
    userAgent: "acme-training-finance/1.0 (finance@acme.example)",
    throwOnError: true,
  });
  const options = { since: undefined, perPage: MAX_PER_PAGE };
  const statements = await syncUpdatedSince(client, "/api/v3/statements", options);
  const declarations = await syncUpdatedSince(client, "/api/v3/participant-declarations", options);
  const applications = await syncUpdatedSince(client, "/api/v3/npq-applications", options);
  return {
    statements: [...statements.items],
    declarations: [...declarations.items],
    applications: [...applications.items],
  };
}
