/** Bands are lettered in allocation order: the first band is A. */
export function bandName(index: number): string {
  return String.fromCharCode("A".charCodeAt(0) + index);
}
