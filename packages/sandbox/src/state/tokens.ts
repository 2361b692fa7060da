/**
 * Rails' `String#parameterize`, which DfE's seeds use to turn a lead provider's name into its token:
 * "UCL Institute of Education" → "ucl-institute-of-education".
 */
export function parameterise(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}
