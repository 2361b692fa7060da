import { createEcfClient, createSandboxClient, LPKIT_SANDBOX_BASE_URL } from "@lpkit/sdk";

// `npx lpkit-sandbox` listens on LPKIT_SANDBOX_BASE_URL (http://127.0.0.1:4010) by default.
export const sandbox = createSandboxClient({ baseUrl: process.env.LPKIT_SANDBOX_URL ?? LPKIT_SANDBOX_BASE_URL });

// The same world on every run: the same seed and clock give the same records, ids and tokens.
await sandbox.reset({ seed: 4010, now: "2025-10-01T09:30:00Z" });

// Seeded lead providers come with their bearer tokens.
const provider = (await sandbox.leadProviders()).find(({ name }) => name === "Ambition Institute");
if (provider === undefined) {
  throw new Error("Ambition Institute is not in this sandbox");
}
export const leadProviderId = provider.id;

// The sandbox serves the ECF API under /ecf: sandbox.ecfBaseUrl is the base URL to give createEcfClient.
export const client = createEcfClient({ baseUrl: sandbox.ecfBaseUrl, token: provider.token, throwOnError: true });
