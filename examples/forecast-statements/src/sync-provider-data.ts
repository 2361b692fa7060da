import type { ApiDeclaration, ApiStatement } from "@lpkit/engine";
import { createEcfClient, MAX_PER_PAGE, paginate } from "@lpkit/sdk";

/** What a forecast is made from: every statement and every declaration the API shows the lead provider. */
export interface ProviderData {
  statements: ApiStatement[];
  declarations: ApiDeclaration[];
}

export interface SyncOptions {
  /** The API's base URL: DfE's live API, DfE's sandbox, or the kit's sandbox (`http://127.0.0.1:4010/ecf`). */
  baseUrl: string;
  /** The lead provider's API token. */
  token: string;
}

/** Reads the lead provider's statements and declarations through the SDK, every page. */
export async function syncProviderData({ baseUrl, token }: SyncOptions): Promise<ProviderData> {
  const client = createEcfClient({
    baseUrl,
    token,
    userAgent: "acme-training-finance/1.0 (finance@acme.example)",
    throwOnError: true,
  });
  const statements: ApiStatement[] = [];
  for await (const statement of paginate(client, "/api/v3/statements", { perPage: MAX_PER_PAGE })) {
    statements.push(statement);
  }
  const declarations: ApiDeclaration[] = [];
  for await (const declaration of paginate(client, "/api/v3/participant-declarations", { perPage: MAX_PER_PAGE })) {
    declarations.push(declaration);
  }
  return { statements, declarations };
}
