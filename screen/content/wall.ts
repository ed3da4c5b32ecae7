/**
 * The wall's own notices, in both languages; the wall shows the Chinese.
 * What the panels say is content data operators edit at the desk
 * (`common/wallContent.ts`), not written here.
 */
import type { Words } from '../../common/wallContent';

export type { Words };

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function fillWords(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Shown on the wall's title bar while it shows the demo store, and never while it shows the live figures. */
export const DEMO_MARK: Words = { zh: '演示数据', en: 'DEMO' };

export const LAYOUT_NOTICE: Words = {
  zh: '布局 {layout} 与屏幕比例 {screen} 不符，文字已缩小',
  en: 'Layout {layout} does not match the screen’s {screen}: text is smaller',
};
