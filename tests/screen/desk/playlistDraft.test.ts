import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../screen/components/auth/apiRequest';
import { DESK_PLAYLIST_EN, DESK_PLAYLIST_ZH } from '../../../screen/content/deskPlaylist';
import {
  added,
  badRows,
  changed,
  clock,
  draftOf,
  entriesOf,
  MAX_ENTRIES,
  moved,
  removed,
  timingOf,
  unchanged,
  type DraftEntry,
} from '../../../screen/desk/playlist/playlistDraft';
import { playlistProblemText } from '../../../screen/desk/playlist/playlistProblem';

const SAVED = [
  { scene: 'overview', seconds: 30 },
  { scene: 'regional', seconds: 20 },
  { scene: 'smart', seconds: 25 },
] as const;
const draft = (): DraftEntry[] => draftOf([...SAVED]);

describe('editing a playlist draft', () => {
  it('moves an entry up and down, and leaves the ends where they are', () => {
    expect(moved(draft(), 2, -1).map((e) => e.scene)).toEqual(['overview', 'smart', 'regional']);
    expect(moved(draft(), 0, 1).map((e) => e.scene)).toEqual(['regional', 'overview', 'smart']);
    expect(moved(draft(), 0, -1)).toEqual(draft());
    expect(moved(draft(), 2, 1)).toEqual(draft());
  });

  it('adds a scene not yet listed, up to the most a playlist may have, and never removes the last one', () => {
    expect(added(draft()).at(-1)).toEqual({ scene: 'brand', seconds: '25' });
    let long = draft();
    for (let i = 0; i < 30; i++) long = added(long);
    expect(long).toHaveLength(MAX_ENTRIES);
    expect(removed(draft(), 1).map((e) => e.scene)).toEqual(['overview', 'smart']);
    expect(removed([draft()[0]!], 0)).toHaveLength(1);
  });

  it('keeps what was typed, marks the rows the server would refuse, and sends nothing until they are right', () => {
    const typed = changed(changed(draft(), 1, { seconds: '4' }), 2, { seconds: '2a' });
    expect(typed[1]!.seconds).toBe('4');
    expect(badRows(typed)).toEqual([1, 2]);
    expect(entriesOf(typed)).toBeNull();
    expect(badRows(changed(draft(), 0, { seconds: '3601' }))).toEqual([0]);
    expect(entriesOf(changed(draft(), 0, { seconds: ' 3600 ' }))?.[0]).toEqual({ scene: 'overview', seconds: 3600 });
  });

  it('knows an edit from the saved playlist', () => {
    expect(unchanged(draft(), SAVED)).toBe(true);
    expect(unchanged(changed(draft(), 0, { seconds: '030' }), SAVED)).toBe(true);
    expect(unchanged(moved(draft(), 0, 1), SAVED)).toBe(false);
    expect(unchanged(changed(draft(), 2, { scene: 'brand' }), SAVED)).toBe(false);
  });

  it('never changes the draft it was given', () => {
    const before = draft();
    const copy = structuredClone(before);
    moved(before, 0, 1);
    added(before);
    removed(before, 0);
    changed(before, 0, { seconds: '9' });
    expect(before).toEqual(copy);
  });
});

describe('the timing preview', () => {
  it('gives each scene its start and end within the cycle, and the cycle', () => {
    expect(timingOf(draft())).toEqual({
      entries: [
        { scene: 'overview', start: 0, end: 30 },
        { scene: 'regional', start: 30, end: 50 },
        { scene: 'smart', start: 50, end: 75 },
      ],
      cycle: 75,
    });
  });

  it('stops counting at a row that cannot be played yet', () => {
    const { entries, cycle } = timingOf(changed(draft(), 1, { seconds: '' }));
    expect(entries.map((e) => [e.start, e.end])).toEqual([
      [0, 30],
      [30, null],
      [null, null],
    ]);
    expect(cycle).toBeNull();
  });

  it('reads as minutes and seconds, and hours past one', () => {
    expect(clock(75)).toBe('1:15');
    expect(clock(5)).toBe('0:05');
    expect(clock(3600 * 20)).toBe('20:00:00');
  });
});

describe('why a save did not happen', () => {
  it('tells someone else’s save from a bad playlist, an unchanged one and a lost server, in both languages', () => {
    for (const words of [DESK_PLAYLIST_ZH, DESK_PLAYLIST_EN]) {
      expect(playlistProblemText(new ApiError(409, 'x', 'stale'), words)).toBe(words.problems.stale);
      expect(playlistProblemText(new ApiError(400, 'x', 'no_change'), words)).toBe(words.problems.no_change);
      expect(playlistProblemText(new ApiError(400, 'entry 2: too short', 'invalid_playlist'), words)).toContain('entry 2: too short');
      expect(playlistProblemText(new ApiError(0, 'x'), words)).toBe(words.problems.unreachable);
      expect(playlistProblemText(new ApiError(403, 'x', 'forbidden'), words)).toBe(words.problems.forbidden);
    }
  });

  it('has every word in both languages, the English without Chinese', () => {
    const leaves = (tree: object, prefix = ''): Map<string, string> =>
      new Map(
        Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
          if (typeof value === 'string') return [[prefix + key, value]];
          if (typeof value === 'function') return [[prefix + key, String((value as (...a: unknown[]) => unknown)('x', 1))]];
          return [...leaves(value as object, `${prefix}${key}.`)];
        }),
      );
    const [zh, en] = [leaves(DESK_PLAYLIST_ZH), leaves(DESK_PLAYLIST_EN)];
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [path, text] of en) expect(text, path).not.toMatch(/\p{Script=Han}/u);
    for (const [path, text] of zh) expect(text, path).toMatch(/\p{Script=Han}/u);
  });
});
