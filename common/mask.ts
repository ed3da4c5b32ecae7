/**
 * Masks mainland phone numbers and resident ID numbers in citizen-written
 * text, so that nothing shown on a public wall identifies a person.
 */
export function maskPersonalNumbers(text: string): string {
  return text
    .replace(/(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g, '$1********$2')
    .replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2')
    .replace(/(?<!\d)(0\d{2,3}-?)\d{3,4}(\d{4})(?!\d)/g, '$1****$2');
}
