import { createNpqClient, NPQ_SANDBOX_BASE_URL } from "@lpkit/sdk";

/** The NPQ team's API client; DfE's NPQ sandbox unless told otherwise. */
export function createClient({ baseUrl = NPQ_SANDBOX_BASE_URL, token }: { baseUrl?: string; token: string }) {
  return createNpqClient({
    baseUrl,
    token,
    userAgent: "acme-training-npq/1.0 (npq@acme.example)",
    throwOnError: true,
  });
}

export type Client = ReturnType<typeof createClient>;
