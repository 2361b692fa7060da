import { EMBEDDED_FILE_KEYS, readEmbeddedFile } from "../platform/embedded-files.ts";

/**
 * Swagger UI's static files, served by the sandbox itself (no CDN, works offline). The build copies them from
 * `swagger-ui-dist` (a development dependency only) into `dist/swagger-ui/`, which the published package serves;
 * the single executable embeds them (platform/embedded-files.ts); from the workspace sources they are read from
 * `swagger-ui-dist` directly. Why: docs/decisions/sandbox-docs-ui.md.
 */
export const SWAGGER_UI_ASSETS: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
  "favicon-16x16.png": "image/png",
};

/** Swagger UI's Apache-2.0 licence and notice, shipped next to its files. */
export const SWAGGER_UI_LEGAL_FILES = ["LICENSE", "NOTICE"] as const;

/** `dist/docs/swagger-ui-assets.js` → `dist/swagger-ui/`; absent beside the sources. */
const BUILT_FOLDER = new URL("../swagger-ui/", import.meta.url);

export async function readSwaggerUiAsset(name: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!Object.hasOwn(SWAGGER_UI_ASSETS, name)) {
    return undefined;
  }
  const embedded = readEmbeddedFile(EMBEDDED_FILE_KEYS.swaggerUi(name));
  if (embedded !== undefined) {
    return embedded;
  }
  const [{ readFile }, { createRequire }, { dirname, join }, { fileURLToPath }] = await Promise.all([
    import("node:fs/promises"),
    import("node:module"),
    import("node:path"),
    import("node:url"),
  ]);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(fileURLToPath(new URL(name, BUILT_FOLDER)));
  } catch {
    const folder = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
    bytes = await readFile(join(folder, name));
  }
  // Copying into a fresh Uint8Array gives a plain ArrayBuffer, which every Response accepts.
  return new Uint8Array(bytes) as Uint8Array<ArrayBuffer>;
}
