/**
 * Copies GOV.UK Frontend's built stylesheet, script, fonts and images (MIT; the crest and fonts are Crown copyright,
 * licensed for GOV.UK services) into `dist/govuk-frontend/` at build time, so the published package serves `/finance`
 * without depending on `govuk-frontend` (docs/decisions/finance-dashboard.md). Run by the package's `build` script.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  GOVUK_FRONTEND_ASSETS,
  GOVUK_FRONTEND_DIST,
  GOVUK_FRONTEND_PACKAGE,
} from "../src/finance/govuk-frontend-assets.ts";

const source = join(dirname(createRequire(import.meta.url).resolve(GOVUK_FRONTEND_PACKAGE)), GOVUK_FRONTEND_DIST);
const target = fileURLToPath(new URL("../dist/govuk-frontend/", import.meta.url));

for (const file of Object.keys(GOVUK_FRONTEND_ASSETS)) {
  await mkdir(dirname(join(target, file)), { recursive: true });
  await copyFile(join(source, file), join(target, file));
}
