import { createEcfClient, ECF_SANDBOX_BASE_URL } from "@lpkit/sdk";
import { log } from "./your-app.ts";

// Without throwOnError, calls resolve to openapi-fetch's { data, error, response } results.
const client = createEcfClient({
  baseUrl: ECF_SANDBOX_BASE_URL,
  token: process.env.LEAD_PROVIDER_API_TOKEN ?? "",
});

const { data, error, response } = await client.GET("/api/v3/statements/{id}", {
  params: { path: { id: "5a1b7c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d" } },
});
if (error !== undefined) {
  log.warn(`statement lookup failed with ${response.status}`, error);
} else {
  log.info(`statement paid on ${data.data.attributes.payment_date}`);
}
