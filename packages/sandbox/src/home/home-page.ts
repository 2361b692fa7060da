import type { LeadProviderAccount } from "../state/sandbox-state.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * What `GET /` shows a developer who opens the sandbox in a browser: where the APIs, the reference and the control
 * API are, and the lead providers' tokens. Self-contained (inline style, no script, no remote resource), which the
 * response's Content-Security-Policy enforces. See docs/decisions/sandbox-refused-mistakes.md.
 */
export function homePage(accounts: readonly LeadProviderAccount[] | "hidden"): string {
  const tokens =
    accounts === "hidden"
      ? `<p>This sandbox was started with a control token, so the lead providers' tokens are not shown here:
  <code>GET /__sandbox/lead-providers</code> with <code>Authorization: Bearer &lt;control token&gt;</code> lists them.</p>`
      : `<table>
  <thead><tr><th>Lead provider</th><th>Token</th></tr></thead>
  <tbody>
${accounts.map((account) => `    <tr><td>${escapeHtml(account.name)}</td><td><code>${escapeHtml(account.token)}</code></td></tr>`).join("\n")}
  </tbody>
</table>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lead Provider Kit sandbox</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
  code { font-family: ui-monospace, monospace; }
  table { border-collapse: collapse; }
  th, td { text-align: left; padding: 0.25rem 1rem 0.25rem 0; }
</style>
</head>
<body>
<main>
<h1>Lead Provider Kit sandbox</h1>
<ul>
  <li>ECF Lead Provider API v3: <a href="/ecf/api/v3/participants"><code>/ecf/api/v3</code></a>
    (base URL <code>/ecf</code>; send a token as <code>Authorization: Bearer &lt;token&gt;</code>)</li>
  <li>API reference: <a href="/docs"><code>/docs</code></a></li>
  <li>Control API (reset, clock, fixtures, faults): <code>/__sandbox</code>, described at <a href="/docs"><code>/docs</code></a></li>
</ul>
<h2>Lead provider tokens</h2>
${tokens}
</main>
</body>
</html>
`;
}
