import { Hono } from "hono";
import { JSON_CONTENT_TYPE, notFound } from "../http/responses.ts";
import { docsPage } from "./docs-page.ts";
import { ServedDocuments } from "./served-documents.ts";
import { isSpecName } from "./spec-documents.ts";
import { readSwaggerUiAsset, SWAGGER_UI_ASSETS } from "./swagger-ui-assets.ts";

/** `/docs`: an API reference UI and the OpenAPI documents it shows, all served locally. */
export function createDocsApp(): Hono {
  const docs = new Hono({ strict: false });
  const documents = new ServedDocuments();

  docs.get("/", (c) => {
    const base = c.req.path.replace(/\/+$/, "");
    return c.html(docsPage(base));
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
    // Swagger UI (and any tool given the URL) gets one self-contained document: no `$ref` into a sibling file.
    const bytes = await documents.bytes(name, new URL(c.req.url).origin);
    if (bytes === undefined) {
      return notFound();
    }
    return new Response(bytes, { headers: { "content-type": JSON_CONTENT_TYPE } });
  });

  return docs;
}
