import { Hono } from "hono";
import { JSON_CONTENT_TYPE, notFound } from "../http/responses.ts";
import { docsPage } from "./docs-page.ts";
import { ServedDocuments } from "./served-documents.ts";
import { isSpecName } from "./spec-documents.ts";
import { readSwaggerUiAsset, SWAGGER_UI_ASSETS } from "./swagger-ui-assets.ts";

/**
 * What the page may load: its own files, and the sandbox it documents (the origin its documents' `servers` name, for
 * "Try it out"). The browser then blocks any other request, should a future Swagger UI make one
 * (docs/decisions/sandbox-docs-ui.md). Swagger UI needs its inline initialiser and inline styles, and draws icons as
 * `data:` images.
 */
function docsContentSecurityPolicy(origin: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${origin === undefined ? "" : ` ${origin}`}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * `/docs`: an API reference UI and the OpenAPI documents it shows, all served locally. Their `servers` name
 * `origin` when the sandbox knows where it is served, else a path relative to the document; never the request's
 * `Host`, which the client chooses.
 */
export function createDocsApp(origin: string | undefined): Hono {
  const docs = new Hono({ strict: false });
  const documents = new ServedDocuments(origin);

  const policy = docsContentSecurityPolicy(origin);
  docs.get("/", (c) => {
    const base = c.req.path.replace(/\/+$/, "");
    return c.html(docsPage(base), 200, { "content-security-policy": policy });
  });

  docs.get("/assets/:file", async (c) => {
    const file = c.req.param("file");
    const body = await readSwaggerUiAsset(file);
    const type = SWAGGER_UI_ASSETS[file];
    if (body === undefined || type === undefined) {
      return notFound();
    }
    return new Response(body, { headers: { "content-type": type, "cache-control": "public, max-age=3600" } });
  });

  docs.get("/:document{[a-z0-9-]+\\.json}", async (c) => {
    const name = c.req.param("document").replace(/\.json$/, "");
    if (!isSpecName(name)) {
      return notFound();
    }
    const bytes = await documents.bytes(name);
    if (bytes === undefined) {
      return notFound();
    }
    return new Response(bytes, { headers: { "content-type": JSON_CONTENT_TYPE } });
  });

  return docs;
}
