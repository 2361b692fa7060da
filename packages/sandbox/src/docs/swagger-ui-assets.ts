import { EMBEDDED_FILE_KEYS, readEmbeddedFile } from "../platform/embedded-files.ts";

/**
 * Swagger UI's static files, served from the installed `swagger-ui-dist` package (no CDN, works offline), or from
 * inside the single executable, which embeds them (platform/embedded-files.ts).
 */
export const SWAGGER_UI_ASSETS: Readonly<Record<string, string>> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
  "favicon-16x16.png": "image/png",
};

export async function readSwaggerUiAsset(name: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!Object.hasOwn(SWAGGER_UI_ASSETS, name)) {
    return undefined;
  }
  const embedded = readEmbeddedFile(EMBEDDED_FILE_KEYS.swaggerUi(name));
  if (embedded !== undefined) {
    return embedded;
  }
  const [{ readFile }, { createRequire }, { dirname, join }] = await Promise.all([
    import("node:fs/promises"),
    import("node:module"),
    import("node:path"),
  ]);
  const folder = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  // Copying into a fresh Uint8Array gives a plain ArrayBuffer, which every Response accepts.
  return new Uint8Array(await readFile(join(folder, name))) as Uint8Array<ArrayBuffer>;
}
