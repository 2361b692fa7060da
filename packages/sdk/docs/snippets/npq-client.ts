import { createNpqClient, NPQ_SANDBOX_BASE_URL } from "@lpkit/sdk";

export const npqClient = createNpqClient({
  // NPQ_SANDBOX_BASE_URL, NPQ_PRODUCTION_BASE_URL or any URL. The NPQ service hands out its own tokens.
  baseUrl: NPQ_SANDBOX_BASE_URL,
  token: process.env.NPQ_API_TOKEN ?? "",
  userAgent: "acme-crm/2.3 (integrations@acme.example)",
  throwOnError: true,
});
