import { createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";

/**
 * The API client as the app configures it in every environment: DfE's sandbox unless `LEAD_PROVIDER_API_URL`
 * says otherwise, with the token from `LEAD_PROVIDER_API_TOKEN`. Tests change nothing here.
 */
export function createClient(env: NodeJS.ProcessEnv = process.env) {
  return createEcfClient({
    baseUrl: env.LEAD_PROVIDER_API_URL ?? ECF_SANDBOX_BASE_URL,
    token: env.LEAD_PROVIDER_API_TOKEN ?? "",
    userAgent: "acme-training/1.0 (integrations@acme.example)",
    throwOnError: true,
  });
}

export type Client = ReturnType<typeof createClient>;
