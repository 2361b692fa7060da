/** A dashboard page as a response. */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

/** After a form: see the result at `location` (303, so the browser GETs it). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location } });
}
