/**
 * What the chart composables share about when a chart has to do work again:
 * only when its box really changed size, and only when its option really
 * changed. Each `resize` or `setOption` re-renders the whole chart, and on a
 * wall fed ten updates a second that adds up.
 */

/**
 * Calls `onResize` when the element's box changes size. A ResizeObserver also
 * reports the size it finds when it starts observing, which for a chart just
 * built at that size would be a second full render for nothing: skipped.
 * Returns the function that stops observing.
 */
export function observeSizeChanges(element: HTMLElement, onResize: () => void): () => void {
  let width = element.clientWidth;
  let height = element.clientHeight;
  const observer = new ResizeObserver(() => {
    if (element.clientWidth === width && element.clientHeight === height) return;
    width = element.clientWidth;
    height = element.clientHeight;
    onResize();
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * A key that is equal for two options that draw the same chart. Builders are
 * pure functions of the data and the theme, so their functions (formatters)
 * change only with the data the key already holds; JSON leaves them out.
 */
export function optionKey(option: unknown): string {
  return JSON.stringify(option) ?? '';
}
