/** What an unpaired screen says, in both languages: the installer reads it from a ladder, the presenter types the code. */
export const PAIRING_TEXT = {
  label: { zh: '配对码', en: 'Pairing code' },
  hint: { zh: '在控制台输入此码，为这块屏幕命名并加入分组', en: 'Enter this code in the console to name this screen' },
} as const;

/** Six digits, spaced for reading aloud: `482 913`. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
