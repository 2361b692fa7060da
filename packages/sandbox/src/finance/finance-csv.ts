/** A CSV the browser saves under the given file name (the dashboard's "Download declarations (CSV)"). */
export function csvDownload(filename: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}
