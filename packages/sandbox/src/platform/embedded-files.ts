/**
 * The files the sandbox reads at run time (its package.json, the OpenAPI documents, Swagger UI's static files
 * behind `/docs` and GOV.UK Frontend's behind `/finance`), as the single executable carries them: Node's single executable application assets, under the keys
 * below (docs/decisions/sandbox-single-executable.md). Anywhere else (the npm package, the workspace, a browser
 * running the MSW handlers) there are none, and each caller reads its file from disk as it always has. This module is
 * the one place that knows the executable's asset keys; `scripts/build-executable.ts` embeds a file for each.
 */

/** The asset key of each file the executable embeds; the build script maps each to where it is on disk. */
export const EMBEDDED_FILE_KEYS = {
  packageJson: "package.json",
  spec: (file: string) => `spec/${file}`,
  swaggerUi: (file: string) => `swagger-ui/${file}`,
  govukFrontend: (file: string) => `govuk-frontend/${file}`,
} as const;

type SeaModule = typeof import("node:sea");

/**
 * `node:sea` when this code runs inside a single executable, else undefined. Loaded synchronously with
 * `process.getBuiltinModule` (no import, so bundlers for the browser see nothing to resolve).
 */
function runningExecutable(): SeaModule | undefined {
  if (typeof process === "undefined" || typeof process.getBuiltinModule !== "function") {
    return undefined;
  }
  const sea = process.getBuiltinModule("node:sea") as SeaModule | undefined;
  return sea?.isSea() ? sea : undefined;
}

/** The bytes embedded under `key`, or undefined outside the executable or for a key it does not carry. */
export function readEmbeddedFile(key: string): Uint8Array<ArrayBuffer> | undefined {
  const sea = runningExecutable();
  if (sea === undefined) {
    return undefined;
  }
  try {
    // getAsset copies the asset into a fresh ArrayBuffer, which every Response accepts.
    return new Uint8Array(sea.getAsset(key));
  } catch {
    // ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND: not embedded.
    return undefined;
  }
}

/** {@link readEmbeddedFile} as UTF-8 text. */
export function readEmbeddedText(key: string): string | undefined {
  const bytes = readEmbeddedFile(key);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}
