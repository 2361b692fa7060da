// @lpkit/sandbox as installed from its tarball: the seeded world, the API, and the specs it serves from dist/spec.
import assert from "node:assert/strict";
import { createSandbox } from "@lpkit/sandbox";

const sandbox = createSandbox({ now: "2025-10-01T09:30:00Z" });
const participants = await sandbox.app.request("/ecf/api/v3/participants?page[per_page]=1", {
  headers: { authorization: "Bearer ambition-institute" },
});
assert.equal(participants.status, 200, await participants.clone().text());
assert.equal((await participants.json()).data.length, 1);

// The API reference reads the OpenAPI documents copied into the package at build time.
const spec = await sandbox.app.request("/docs/ecf-v3.json");
assert.equal(spec.status, 200, "dist/spec/ecf-v3.yaml is missing from the package");
assert.match((await spec.json()).openapi, /^3\./);
// And Swagger UI's files, copied into dist/swagger-ui/ by the build: the package does not depend on swagger-ui-dist.
const bundle = await sandbox.app.request("/docs/assets/swagger-ui-bundle.js");
assert.equal(bundle.status, 200, "dist/swagger-ui/swagger-ui-bundle.js is missing from the package");
assert.ok((await bundle.arrayBuffer()).byteLength > 100_000);
// The finance dashboard, and GOV.UK Frontend's files copied into dist/govuk-frontend/ by the build: the package does not
// depend on govuk-frontend.
const dashboard = await sandbox.app.request("/finance/manage-cpd-contracts");
assert.equal(dashboard.status, 200, await dashboard.clone().text());
const stylesheet = await sandbox.app.request("/finance/assets/govuk-frontend.min.css");
assert.equal(stylesheet.status, 200, "dist/govuk-frontend/govuk-frontend.min.css is missing from the package");
assert.match(await stylesheet.text(), /url\(\/finance\/assets\/assets\/fonts\//);
console.log("@lpkit/sandbox: served a page of participants and its spec");
