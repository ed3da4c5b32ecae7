import { describe, expect, it } from 'vitest';
import type { RecentItem } from '../../../common/protocol';
import { addTownRecent } from '../../../screen/kiosk/logic/townRecent';

const item = (id: string, town?: string): RecentItem => ({
  id,
  seq: 1,
  type: 'appeal.handled',
  at: '2025-06-01T01:05:00Z',
  ...(town ? { town } : {}),
});

describe("each town's latest items", () => {
  it('keeps a town its items after the all-town feed has moved on, newest first and bounded', () => {
    let buffers = addTownRecent({}, [item('2', '九屋镇'), item('1', '九屋镇')]);
    // Later the feed's window holds only other towns: the small town keeps what it had.
    buffers = addTownRecent(buffers, [item('4', '灵川镇'), item('3', '灵川镇')]);
    expect(buffers['九屋镇']?.map((i) => i.id)).toEqual(['2', '1']);
    buffers = addTownRecent(buffers, [item('5', '九屋镇'), item('4', '灵川镇')], 2);
    expect(buffers['九屋镇']?.map((i) => i.id)).toEqual(['5', '2']);
    expect(buffers['灵川镇']?.map((i) => i.id)).toEqual(['4', '3']);
  });

  it('skips items it knows and items without a town, and leaves its input alone', () => {
    const first = addTownRecent({}, [item('1', '海洋乡'), item('x')]);
    const again = addTownRecent(first, [item('1', '海洋乡')]);
    expect(again['海洋乡']).toHaveLength(1);
    expect(Object.keys(again)).toEqual(['海洋乡']);
    expect(first).not.toBe(again);
  });
});
