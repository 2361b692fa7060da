import { createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";

export const client = createEcfClient({
  // ECF_SANDBOX_BASE_URL, ECF_PRODUCTION_BASE_URL or any URL (a local sandbox, a proxy).
  baseUrl: ECF_SANDBOX_BASE_URL,
  // An empty or missing token throws a TypeError here rather than a 401 later.
  token: process.env.LEAD_PROVIDER_API_TOKEN ?? "",
  // Say who you are: sent as "acme-crm/2.3 (integrations@acme.example) lpkit-sdk".
  userAgent: "acme-crm/2.3 (integrations@acme.example)",
  // Failed calls reject with a typed error, so `data` is never undefined.
  throwOnError: true,
});
