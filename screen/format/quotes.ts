/**
 * Writes straight double quotes as curly ones (“…”), as the county's report
 * and the kiosk do. Labels come from the catalog, which operators edit with
 * whatever quotes their keyboard gives, so the wall normalizes them as it shows them.
 */
export function curlyQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}
