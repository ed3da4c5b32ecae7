import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { canonicalJson, canonicalState, chainHash, genesisHash, parseCanonicalState, type ChainEntry } from '../../../server/domain/chain';
import { freshState } from '../../support/baseline';

const appeal: DomainEvent = { id: 'a-1', type: 'appeal.handled', town: '灵川镇', category: '市容市貌', summary: '路灯不亮' };
const entry: ChainEntry = { seq: 7, receivedAt: '2026-12-01T08:00:00.000Z', source: 'feed', sender: 'key:hotline', event: appeal };
const previous = genesisHash(canonicalState(freshState()));

describe('the canonical form', () => {
  it('sorts keys at every depth, numeric-looking ones too, and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x y' }, 10: 'ten', 2: 'two' })).toBe(
      '{"10":"ten","2":"two","a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('is the same whatever order the keys were written in, and leaves out undefined members', () => {
    const reordered = { summary: '路灯不亮', category: '市容市貌', town: '灵川镇', type: 'appeal.handled', id: 'a-1', at: undefined };
    expect(canonicalJson(reordered)).toBe(canonicalJson(appeal));
    expect(canonicalJson(JSON.parse(JSON.stringify(appeal)))).toBe(canonicalJson(appeal));
  });

  it('keeps the state, known names included, through a round trip', () => {
    const state = { ...freshState(), known: { orgs: new Set(['七彩社区党委', '九龙社区党委']), projects: new Set(['桂康物流']) } };
    const json = canonicalState(state);
    expect(json).toContain(`"orgs":${JSON.stringify([...state.known.orgs].sort())}`);
    expect(canonicalState(parseCanonicalState(json))).toBe(json);
  });
});

describe('the hash chain', () => {
  it('gives the same hash for the same entry, every time', () => {
    expect(chainHash(previous, entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(previous, { ...entry, event: JSON.parse(JSON.stringify(appeal)) as DomainEvent })).toBe(chainHash(previous, entry));
  });

  it('changes when the hash before, the seq, the time, the source, the sender or the event changes', () => {
    const hash = chainHash(previous, entry);
    const variants = [
      chainHash('0'.repeat(64), entry),
      chainHash(previous, { ...entry, seq: 8 }),
      chainHash(previous, { ...entry, receivedAt: '2026-12-01T08:00:00.001Z' }),
      chainHash(previous, { ...entry, source: 'demo' }),
      chainHash(previous, { ...entry, sender: 'account:admin' }),
      chainHash(previous, { ...entry, event: { ...appeal, town: '大圩镇' } as DomainEvent }),
    ];
    expect(new Set([hash, ...variants]).size).toBe(variants.length + 1);
  });

  it('starts from a genesis that depends on the baseline', () => {
    const edited = { ...freshState(), values: { ...freshState().values, 'appeals.handled': 1 } };
    expect(genesisHash(canonicalState(edited))).not.toBe(previous);
    expect(genesisHash(canonicalState(freshState()))).toBe(previous);
  });
});
