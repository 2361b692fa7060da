/**
 * CSV as RFC 4180 writes it: records end with CRLF, and a field that holds a comma, a double quote, CR or LF is
 * wrapped in double quotes with every inner quote doubled. Other fields are written as they are, so ids and
 * amounts stay readable.
 */
export type CsvField = string | number | boolean | null | undefined;

const needsQuoting = /[",\r\n]/;

export function csvField(value: CsvField): string {
  const text = value === null || value === undefined ? "" : String(value);
  return needsQuoting.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(fields: readonly CsvField[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** A header record followed by one record per row. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvField[]>): string {
  const records = [csvRecord(header)];
  for (const row of rows) {
    records.push(csvRecord(row));
  }
  return records.join("");
}
