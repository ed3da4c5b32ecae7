import { describe, expect, it } from 'vitest';
import { sceneAt, type ChannelState, type PlaylistEntry } from '../../../common/control';
import { parsePlaylistEdit, replacePlaylist, samePlaylist } from '../../../server/control/playlistEdit';

const playing = (playlist: PlaylistEntry[], anchorMs = 0): ChannelState => ({
  playlist,
  anchorMs,
  heldScene: null,
  spotlight: null,
  frozen: false,
  banner: null,
  standby: false,
});

const FOUR: PlaylistEntry[] = [
  { scene: 'overview', seconds: 30 },
  { scene: 'regional', seconds: 20 },
  { scene: 'smart', seconds: 20 },
  { scene: 'brand', seconds: 20 },
];

describe('parsePlaylistEdit', () => {
  it('reads a version and its scenes, dropping nothing a wall needs', () => {
    const parsed = parsePlaylistEdit({
      version: 3,
      scenes: [
        { scene: 'brand', seconds: 5 },
        { scene: 'overview', seconds: 3600 },
      ],
    });
    expect(parsed).toEqual({
      ok: true,
      edit: {
        version: 3,
        scenes: [
          { scene: 'brand', seconds: 5 },
          { scene: 'overview', seconds: 3600 },
        ],
      },
    });
  });

  it.each([
    [{ scenes: FOUR }, 'version'],
    [{ version: -1, scenes: FOUR }, 'version'],
    [{ version: 0 }, 'scenes'],
    [{ version: 0, scenes: [] }, '1 to 20 entries'],
    [{ version: 0, scenes: Array.from({ length: 21 }, () => ({ scene: 'smart', seconds: 10 })) }, 'not 21'],
    [{ version: 0, scenes: [{ scene: 'weather', seconds: 10 }] }, 'entry 1: unknown scene "weather"'],
    [{ version: 0, scenes: [FOUR[0], { scene: 'smart', seconds: 4 }] }, 'entry 2: seconds must be a whole number from 5 to 3600'],
    [{ version: 0, scenes: [{ scene: 'smart', seconds: 3601 }] }, 'from 5 to 3600'],
    [{ version: 0, scenes: [{ scene: 'smart', seconds: 12.5 }] }, 'whole number'],
    [{ version: 0, scenes: [{ scene: 'smart', seconds: '10' }] }, 'whole number'],
    [{ version: 0, scenes: [{ scene: 'smart', seconds: 10, colour: 'red' }] }, 'unexpected colour'],
    [{ version: 0, scenes: ['smart'] }, 'entry 1 is not a scene'],
    [null, 'version'],
  ])('refuses %j, saying %s', (body, said) => {
    const parsed = parsePlaylistEdit(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(said);
  });
});

describe('samePlaylist', () => {
  it('tells a reordered or retimed playlist from the same one', () => {
    expect(
      samePlaylist(
        FOUR,
        FOUR.map((e) => ({ ...e })),
      ),
    ).toBe(true);
    expect(samePlaylist(FOUR, [...FOUR].reverse())).toBe(false);
    expect(samePlaylist(FOUR, [{ ...FOUR[0]!, seconds: 31 }, ...FOUR.slice(1)])).toBe(false);
    expect(samePlaylist(FOUR, FOUR.slice(1))).toBe(false);
  });
});

describe('replacePlaylist', () => {
  it('keeps the scene on air for the time it had left, then plays the new order', () => {
    // 40 s in: regional is on air with 10 s to go.
    const state = playing(FOUR);
    const next = replacePlaylist(
      state,
      [
        { scene: 'brand', seconds: 15 },
        { scene: 'regional', seconds: 25 },
        { scene: 'overview', seconds: 10 },
      ],
      40_000,
    );
    expect(sceneAt(next, 40_000)).toEqual({ index: 1, scene: 'regional', endsAt: 50_000 });
    expect(sceneAt(next, 50_000).scene).toBe('overview');
    expect(sceneAt(next, 60_000).scene).toBe('brand');
    expect(sceneAt(next, 75_000).scene).toBe('regional');
    expect(next.playlistVersion).toBe(1);
  });

  it('cuts the scene on air short when its new time is shorter than what it had left', () => {
    const next = replacePlaylist(playing(FOUR), [{ ...FOUR[0]!, seconds: 5 }, ...FOUR.slice(1)], 2_000);
    expect(sceneAt(next, 2_000)).toEqual({ index: 0, scene: 'overview', endsAt: 7_000 });
  });

  it('starts the new first scene at once when the scene on air is dropped', () => {
    const next = replacePlaylist(
      { ...playing(FOUR), playlistVersion: 4 },
      [
        { scene: 'smart', seconds: 10 },
        { scene: 'brand', seconds: 10 },
      ],
      35_000,
    );
    expect(sceneAt(next, 35_000)).toEqual({ index: 0, scene: 'smart', endsAt: 45_000 });
    expect(next.playlistVersion).toBe(5);
  });

  it('keeps a held scene held, and everything else the presenter set', () => {
    const held = { ...playing(FOUR), heldScene: 'brand' as const, spotlight: 'volunteers.mobilized' as const, banner: '欢迎' };
    const next = replacePlaylist(held, [{ scene: 'overview', seconds: 10 }], 1_000);
    expect(next).toMatchObject({ heldScene: 'brand', spotlight: 'volunteers.mobilized', banner: '欢迎' });
    expect(sceneAt(next, 99_000).scene).toBe('brand');
  });

  it('changes nothing in the state it was given', () => {
    const state = playing(FOUR);
    const copy = structuredClone(state);
    replacePlaylist(state, [{ scene: 'brand', seconds: 10 }], 5_000);
    expect(state).toEqual(copy);
  });
});
