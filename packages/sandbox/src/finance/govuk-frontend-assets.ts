import { EMBEDDED_FILE_KEYS, readEmbeddedFile } from "../platform/embedded-files.ts";

/**
 * GOV.UK Frontend's built files, served by the sandbox itself under `/finance/assets/` (no CDN, works offline). As
 * with Swagger UI (docs/swagger-ui-assets.ts), the build copies them from `govuk-frontend` (a development dependency
 * only) into `dist/govuk-frontend/`, which the published package serves; the single executable embeds them; from the
 * workspace sources they are read from the installed package. Why: docs/decisions/finance-dashboard.md.
 *
 * Keys are paths under the package's `dist/govuk/` folder, as the stylesheet names them (`assets/fonts/…`).
 */
export const GOVUK_FRONTEND_ASSETS: Readonly<Record<string, string>> = {
  "govuk-frontend.min.css": "text/css; charset=utf-8",
  "govuk-frontend.min.js": "text/javascript; charset=utf-8",
  "assets/fonts/bold-affa96571d-v2.woff": "font/woff",
  "assets/fonts/bold-b542beb274-v2.woff2": "font/woff2",
  "assets/fonts/light-94a07e06a1-v2.woff2": "font/woff2",
  "assets/fonts/light-f591b13f7d-v2.woff": "font/woff",
  "assets/images/govuk-crest.svg": "image/svg+xml",
  "assets/images/favicon.ico": "image/x-icon",
  "assets/images/favicon.svg": "image/svg+xml",
};

/** Where the dashboard serves those files. */
export const FINANCE_ASSETS_PATH = "/finance/assets";

/** `dist/finance/govuk-frontend-assets.js` → `dist/govuk-frontend/`; absent beside the sources. */
const BUILT_FOLDER = new URL("../govuk-frontend/", import.meta.url);

/**
 * The stylesheet names its fonts and images from the site's root (`url(/assets/fonts/…)`); the dashboard serves them
 * under its own path, so the stylesheet is served with those URLs pointing there.
 */
function rebaseStylesheet(css: string): string {
  return css.replaceAll("url(/assets/", `url(${FINANCE_ASSETS_PATH}/assets/`);
}

const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/** The bytes of a GOV.UK Frontend file the dashboard serves, or undefined for any other name. */
export async function readGovukFrontendAsset(name: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!Object.hasOwn(GOVUK_FRONTEND_ASSETS, name)) {
    return undefined;
  }
  const cached = cache.get(name);
  if (cached !== undefined) {
    return cached;
  }
  const raw = readEmbeddedFile(EMBEDDED_FILE_KEYS.govukFrontend(name)) ?? (await readFromDisk(name));
  const bytes = name.endsWith(".css")
    ? (new TextEncoder().encode(rebaseStylesheet(new TextDecoder().decode(raw))) as Uint8Array<ArrayBuffer>)
    : raw;
  cache.set(name, bytes);
  return bytes;
}

async function readFromDisk(name: string): Promise<Uint8Array<ArrayBuffer>> {
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
    bytes = await readFile(
      join(dirname(createRequire(import.meta.url).resolve(GOVUK_FRONTEND_PACKAGE)), GOVUK_FRONTEND_DIST, name),
    );
  }
  // Copying into a fresh Uint8Array gives a plain ArrayBuffer, which every Response accepts.
  return new Uint8Array(bytes) as Uint8Array<ArrayBuffer>;
}

/** The package, and the folder of it the files come from. */
export const GOVUK_FRONTEND_PACKAGE = "govuk-frontend/package.json";
export const GOVUK_FRONTEND_DIST = "dist/govuk";

/**
 * The dashboard's own script, run as a module after the page is parsed: GOV.UK Frontend's components (which the
 * pages do not need: every form posts and every page reads without JavaScript) and the class its styles key on.
 */
export const FINANCE_INIT_SCRIPT = `import { initAll } from "./govuk-frontend.min.js";
document.body.classList.add("govuk-frontend-supported");
initAll();
`;
