import { SPEC_DOCUMENTS } from "./spec-documents.ts";

/** The `/docs` page: Swagger UI over every document (ECF, NPQ, control), from assets served by the sandbox itself. */
export function docsPage(base: string): string {
  const urls = Object.entries(SPEC_DOCUMENTS).map(([name, { title }]) => ({
    name: title,
    url: `${base}/${name}.json`,
  }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Lead Provider Kit sandbox: API reference</title>
  <link rel="stylesheet" href="${base}/assets/swagger-ui.css">
  <link rel="icon" type="image/png" href="${base}/assets/favicon-32x32.png" sizes="32x32">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${base}/assets/swagger-ui-bundle.js"></script>
  <script src="${base}/assets/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      urls: ${JSON.stringify(urls)},
      dom_id: "#swagger-ui",
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: "StandaloneLayout",
      persistAuthorization: true,
      // Left at its default, Swagger UI sends the documents to validator.swagger.io whenever the page is opened by
      // a name other than localhost: the page must make no request beyond the sandbox (sandbox-docs-ui.md).
      validatorUrl: null,
    });
  </script>
</body>
</html>
`;
}
