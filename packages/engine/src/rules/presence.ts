/** Rails' `blank?` for a request value: absent, empty or whitespace only ("Enter a '#/…'." checks). */
export function isBlank(value: string | undefined | null): value is undefined | null | "" {
  return value === undefined || value === null || value.trim() === "";
}
