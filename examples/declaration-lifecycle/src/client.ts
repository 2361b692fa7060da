import { createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";

/** The finance team's API client; DfE's sandbox unless told otherwise. */
export function createClient({ baseUrl = ECF_SANDBOX_BASE_URL, token }: { baseUrl?: string; token: string }) {
  return createEcfClient({
    baseUrl,
    token,
    userAgent: "acme-training-finance/1.0 (finance@acme.example)",
    throwOnError: true,
  });
}

export type Client = ReturnType<typeof createClient>;
