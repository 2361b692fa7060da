/**
 * Copies Swagger UI's built files into `dist/swagger-ui/` at build time, with its licence and notice, so the
 * published package serves `/docs` without depending on `swagger-ui-dist` (whose `@scarf/scarf` dependency runs an
 * install script that reports usage: docs/decisions/sandbox-docs-ui.md). Run by the package's `build` script.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SWAGGER_UI_ASSETS, SWAGGER_UI_LEGAL_FILES } from "../src/docs/swagger-ui-assets.ts";

const source = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const target = fileURLToPath(new URL("../dist/swagger-ui/", import.meta.url));

await mkdir(target, { recursive: true });
for (const file of [...Object.keys(SWAGGER_UI_ASSETS), ...SWAGGER_UI_LEGAL_FILES]) {
  await copyFile(join(source, file), join(target, file));
}
