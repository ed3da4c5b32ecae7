/** What came of a section's last request, as the section shows it. */
export interface SectionNotice {
  kind: 'ok' | 'error';
  text: string;
}
