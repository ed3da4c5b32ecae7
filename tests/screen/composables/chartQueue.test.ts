import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queueChartWork } from '../../../screen/composables/chartQueue';
import { optionKey } from '../../../screen/composables/chartSizing';

let frames: Array<() => void> = [];

/** Paints one frame, then lets the tasks queued right after it run. */
function nextFrame() {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback());
  vi.advanceTimersByTime(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
});
afterEach(() => {
  // Lets the queue see itself empty, so the next test starts from an idle queue.
  nextFrame();
  nextFrame();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('queueChartWork', () => {
  it('builds one chart per frame, in order, none in the task that queued them', () => {
    const built: string[] = [];
    queueChartWork(() => built.push('map'));
    queueChartWork(() => built.push('ring'));
    expect(built).toEqual([]);
    nextFrame();
    expect(built).toEqual(['map']);
    nextFrame();
    expect(built).toEqual(['map', 'ring']);
  });

  it('drops a chart withdrawn before its turn (its scene left)', () => {
    const built: string[] = [];
    const withdraw = queueChartWork(() => built.push('gone'));
    queueChartWork(() => built.push('kept'));
    withdraw();
    nextFrame();
    nextFrame();
    expect(built).toEqual(['kept']);
  });

  it('goes on after a chart that fails to build', () => {
    const built: string[] = [];
    queueChartWork(() => {
      throw new Error('no canvas');
    });
    queueChartWork(() => built.push('next'));
    expect(() => nextFrame()).toThrow('no canvas');
    nextFrame();
    expect(built).toEqual(['next']);
  });

  it('still builds when frames are paused (a hidden page)', () => {
    const built: string[] = [];
    queueChartWork(() => built.push('late'));
    vi.advanceTimersByTime(150);
    expect(built).toEqual(['late']);
  });
});

describe('optionKey', () => {
  it('is equal for options that draw the same, different when the data changes', () => {
    const build = (value: number) => ({ series: [{ data: [value], label: { formatter: () => String(value) } }] });
    expect(optionKey(build(3))).toBe(optionKey(build(3)));
    expect(optionKey(build(3))).not.toBe(optionKey(build(4)));
  });
});
