/** The longest content the desk lets through, and where a wall fails to show some of its text. */
import type { Page } from 'playwright-core';
import { FIELD_LIMITS, LIST_LIMITS, limitOf, type TextLimit, type WallContent, type Words } from '../../../common/wallContent';
import { WALL_TEXT_FIELDS } from '../../../common/wallContentSeed';

/** Chinese text as wide on the wall as allowed, keeping the seed's placeholders (which the wall fills with shorter figures). */
function widest(limit: TextLimit, seed: Words = { zh: '', en: '' }): Words {
  const placeholders = (text: string) => text.match(/\{\w+\}/g)?.join('') ?? '';
  const zh = placeholders(seed.zh);
  const en = placeholders(seed.en);
  return { zh: `${zh}${'党'.repeat(Math.floor(limit.zh - zh.length * 0.55))}`, en: `${en}${'W'.repeat(limit.en - en.length)}` };
}

/** A name `width` wide, ending in the `i`th of a set of distinct characters so that names do not repeat. */
const name = (width: number, i: number) => `${'建'.repeat(width - 1)}${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`;

/** Every text at its longest, every list at its longest with its longest entries. */
export function longestContent(current: WallContent): WallContent {
  const texts = Object.fromEntries(
    Object.entries(WALL_TEXT_FIELDS).map(([scene, fields]) => [
      scene,
      Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, widest(limitOf(field), field.seed)])),
    ]),
  ) as WallContent['texts'];
  const { brands, projects, sharedPoints, centerAreas } = LIST_LIMITS;
  return {
    texts,
    brands: Array.from({ length: brands.max }, (_, i) => ({ name: name(brands.name, i), story: widest(FIELD_LIMITS.blurb) })),
    projects: Array.from({ length: projects.max }, (_, i) => name(projects.name, i)),
    sharedPoints: Array.from({ length: sharedPoints.max }, (_, i) => name(sharedPoints.name, i)),
    platformParts: current.platformParts.map(() => ({
      figure: 'NNN',
      name: widest(FIELD_LIMITS.name),
      detail: widest(FIELD_LIMITS.blurb),
    })),
    centerAreas: Array.from({ length: centerAreas.max }, () => widest(FIELD_LIMITS.name)),
    townOrder: current.townOrder,
  };
}

/**
 * Text on the scene that a visitor cannot read whole: a line of text reaching
 * outside its panel or outside any box that hides its overflow, cut with an
 * ellipsis, or lying over another text. Only text matching `marker` (the
 * longest content's) is checked: the catalog's metric names are not content.
 */
export function clippedTexts(page: Page, marker: RegExp = /[党建]{3}/): Promise<string[]> {
  return page.evaluate((source) => {
    const ours = new RegExp(source);
    const problems: string[] = [];
    const scene = document.querySelector('[data-scene]');
    if (!scene) return ['no scene'];
    // Every line box of text on the scene, to find ours running into another.
    const lines: Array<{ node: Node; rect: DOMRect }> = [];
    const walker = document.createTreeWalker(scene, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('[aria-hidden="true"], [data-figure]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) lines.push({ node, rect });
    }
    const overlapping = (a: DOMRect, b: DOMRect) => {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // Lines of one paragraph touch; text over text covers a good part of a line's height.
      return across > 2 && down > Math.min(a.height, b.height) * 0.4;
    };
    for (const { node, rect: box } of lines) {
      const text = node.textContent?.trim() ?? '';
      const owner = node.parentElement;
      if (!owner || !ours.test(text)) continue;
      const panel = owner.closest('[data-panel]')?.getAttribute('data-panel') ?? '?';
      const what = `"${text.slice(0, 12)}…" (${text.length}) in ${panel} ${owner.tagName.toLowerCase()}.${[...owner.classList].join('.')}`;
      // The box the text is drawn in (a tile, a card) must not cover another text either.
      const drawnIn = owner.getBoundingClientRect();
      const other = lines.find((line) => !owner.contains(line.node) && overlapping(line.rect, box.width > drawnIn.width ? box : drawnIn));
      if (other) problems.push(`over "${other.node.textContent?.trim().slice(0, 12)}": ${what}`);
      if (getComputedStyle(owner).textOverflow === 'ellipsis' && owner.scrollWidth > owner.clientWidth + 1)
        problems.push(`ellipsis (fits ${(owner.clientWidth / owner.scrollWidth).toFixed(2)}): ${what}`);
      const slack = parseFloat(getComputedStyle(owner).fontSize) * 0.25;
      for (let at: Element | null = owner; at && at !== document.body; at = at.parentElement) {
        // A box squeezed smaller than what it holds (by half a line) lets its content spill over its neighbours, even when nothing hides it.
        if (at.scrollHeight > at.clientHeight + 2 * slack && getComputedStyle(at).display !== 'inline') {
          problems.push(
            `spills out of ${at.tagName.toLowerCase()}.${[...at.classList].join('.')} (${at.scrollHeight} > ${at.clientHeight}): ${what}`,
          );
          break;
        }
        const style = getComputedStyle(at);
        const clips =
          at.classList.contains('panel') || [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip' || o === 'auto');
        if (!clips) continue;
        const edge = at.getBoundingClientRect();
        // A glyph's box is taller than a tight line: only a quarter of a line past the edge is text cut off.
        if (box.left < edge.left - 1 || box.right > edge.right + 1 || box.top < edge.top - slack || box.bottom > edge.bottom + slack) {
          const fit = Math.min(1, edge.width / box.width, edge.height / box.height).toFixed(2);
          problems.push(`outside ${at.tagName.toLowerCase()}.${[...at.classList].join('.')} (fits ${fit}): ${what}`);
          break;
        }
      }
    }
    return problems;
  }, marker.source);
}
