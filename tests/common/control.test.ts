import { describe, expect, it } from 'vitest';
import { applyCommand, sceneAt, type ChannelState, type ControlCommand } from '../../common/control';
import { parseCommand } from '../../common/controlCommand';

const playlist = [
  { scene: 'overview' as const, seconds: 60 },
  { scene: 'regional' as const, seconds: 30 },
  { scene: 'smart' as const, seconds: 30 },
  { scene: 'brand' as const, seconds: 30 },
];
const state: ChannelState = { playlist, anchorMs: 0, heldScene: null, spotlight: null, frozen: false };
const group = { group: 'main' };
type Action = ControlCommand extends infer C ? (C extends unknown ? Omit<C, 'target'> : never) : never;
const run = (s: ChannelState, now: number, command: Action) => applyCommand(s, { target: group, ...command } as ControlCommand, now);

describe('sceneAt', () => {
  it('walks the playlist by each scene’s duration and loops', () => {
    expect(sceneAt(state, 0)).toEqual({ index: 0, scene: 'overview', endsAt: 60_000 });
    expect(sceneAt(state, 59_999).scene).toBe('overview');
    expect(sceneAt(state, 60_000)).toEqual({ index: 1, scene: 'regional', endsAt: 90_000 });
    expect(sceneAt(state, 149_000)).toMatchObject({ scene: 'brand', endsAt: 150_000 });
    expect(sceneAt(state, 150_000 * 3 + 61_000)).toMatchObject({ scene: 'regional', endsAt: 150_000 * 3 + 90_000 });
  });

  it('gives the same scene to every wall that has the same state and clock', () => {
    const later = { ...state, anchorMs: 1_000_000 };
    expect(sceneAt(later, 1_065_000)).toEqual(sceneAt(later, 1_065_000));
    expect(sceneAt(later, 990_000).scene).toBe('brand');
  });
});

describe('applyCommand', () => {
  it('goes to a scene, which then runs its full duration', () => {
    const next = run(state, 10_000, { action: 'goto', scene: 'smart' });
    expect(sceneAt(next, 10_000)).toEqual({ index: 2, scene: 'smart', endsAt: 40_000 });
  });

  it('steps next and previous, wrapping around', () => {
    expect(sceneAt(run(state, 5_000, { action: 'next' }), 5_000).scene).toBe('regional');
    expect(sceneAt(run(state, 5_000, { action: 'prev' }), 5_000).scene).toBe('brand');
  });

  it('holds the current scene until resumed, then plays on from it', () => {
    const held = run(state, 70_000, { action: 'hold' });
    expect(sceneAt(held, 500_000)).toEqual({ index: 1, scene: 'regional', endsAt: null });
    const movedWhileHeld = run(held, 500_000, { action: 'next' });
    expect(sceneAt(movedWhileHeld, 900_000).scene).toBe('smart');
    const resumed = run(movedWhileHeld, 900_000, { action: 'resume' });
    expect(sceneAt(resumed, 900_000)).toEqual({ index: 2, scene: 'smart', endsAt: 930_000 });
    expect(sceneAt(resumed, 930_000).scene).toBe('brand');
  });

  it('spotlights a metric and freezes, and release clears both', () => {
    const lit = run(run(state, 0, { action: 'spotlight', metric: 'volunteers.mobilized' }), 0, { action: 'freeze' });
    expect(lit).toMatchObject({ spotlight: 'volunteers.mobilized', frozen: true });
    expect(run(lit, 0, { action: 'release' })).toMatchObject({ spotlight: null, frozen: false });
  });

  it('ends the spotlight and the freeze each on its own', () => {
    const lit = run(run(state, 0, { action: 'spotlight', metric: 'volunteers.mobilized' }), 0, { action: 'freeze' });
    expect(run(lit, 0, { action: 'unspotlight' })).toMatchObject({ spotlight: null, frozen: true });
    expect(run(lit, 0, { action: 'unfreeze' })).toMatchObject({ spotlight: 'volunteers.mobilized', frozen: false });
  });

  it('shows and ends the welcome banner and the standby screen, over the playlist without moving it', () => {
    const welcomed = run(state, 5_000, { action: 'banner', text: '热烈欢迎桂林市代表团莅临指导' });
    expect(welcomed).toMatchObject({ banner: '热烈欢迎桂林市代表团莅临指导', anchorMs: 0 });
    expect(run(welcomed, 6_000, { action: 'unbanner' }).banner).toBeNull();
    const standby = run(state, 5_000, { action: 'standby' });
    expect(standby).toMatchObject({ standby: true, anchorMs: 0 });
    expect(run(standby, 6_000, { action: 'unstandby' }).standby).toBe(false);
  });

  it('reset puts the playlist back as it plays, with nothing on top', () => {
    const busy: ChannelState = { ...state, heldScene: 'smart', spotlight: 'orgs.active', frozen: true, banner: '热烈欢迎', standby: true };
    const reset = run(busy, 500_000, { action: 'reset' });
    expect(reset).toMatchObject({ heldScene: null, spotlight: null, frozen: false, banner: null, standby: false });
    expect(sceneAt(reset, 500_000)).toEqual({ index: 2, scene: 'smart', endsAt: 530_000 });
  });

  it('never mutates the state it is given', () => {
    const copy = structuredClone(state);
    run(state, 1, { action: 'hold' });
    run(state, 1, { action: 'goto', scene: 'brand' });
    expect(state).toEqual(copy);
  });
});

describe('parseCommand', () => {
  it('accepts well-formed commands', () => {
    expect(parseCommand({ target: { group: 'main' }, action: 'goto', scene: 'brand' })).toEqual({
      ok: true,
      command: { target: { group: 'main' }, action: 'goto', scene: 'brand' },
    });
    expect(parseCommand({ target: { screen: 'hall-left' }, action: 'spotlight', metric: 'orgs.active' }).ok).toBe(true);
    expect(parseCommand({ target: { group: 'main' }, action: 'banner', text: '  热烈欢迎莅临指导 ' })).toEqual({
      ok: true,
      command: { target: { group: 'main' }, action: 'banner', text: '热烈欢迎莅临指导' },
    });
    expect(parseCommand({ target: { all: true }, action: 'reset' }).ok).toBe(true);
    expect(parseCommand({ target: { all: true }, action: 'rejoin' }).ok).toBe(true);
    expect(parseCommand({ target: { group: 'main' }, action: 'reset' }).ok).toBe(true);
  });

  it.each([
    [null],
    [{ action: 'next' }],
    [{ target: { group: 'main', screen: 'x' }, action: 'next' }],
    [{ target: { group: '<script>' }, action: 'next' }],
    [{ target: { group: 'main' }, action: 'reboot' }],
    [{ target: { group: 'main' }, action: 'goto', scene: 'lobby' }],
    [{ target: { group: 'main' }, action: 'spotlight', metric: 'x' }],
    [{ target: { group: 'main' }, action: 'rejoin' }],
    [{ target: { screen: 'a' }, action: 'reset' }],
    [{ target: { all: true }, action: 'next' }],
    [{ target: { all: 'yes' }, action: 'reset' }],
    [{ target: { group: 'main' }, action: 'banner' }],
    [{ target: { group: 'main' }, action: 'banner', text: '   ' }],
    [{ target: { group: 'main' }, action: 'banner', text: '热烈欢迎\n莅临指导' }],
    [{ target: { group: 'main' }, action: 'banner', text: '欢'.repeat(41) }],
  ])('refuses %o with a message', (raw) => {
    const result = parseCommand(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.length).toBeGreaterThan(0);
  });
});
