import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bearerToken, resolveTokens, tokenMatches } from '../../server/tokens';
import { tempDataDir } from '../support/server';

const compared = vi.hoisted(() => [] as Array<[number, number]>);
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return {
    ...crypto,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return crypto.timingSafeEqual(a, b);
    },
  };
});
afterEach(() => void compared.splice(0));

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('tokens', () => {
  it('are generated once, kept in the data folder and reused', () => {
    const dir = tempDataDir();
    const first = resolveTokens(dir, {});
    expect(first.generated).toEqual(['ingest', 'control']);
    expect(first.ingest).not.toBe(first.control);
    const second = resolveTokens(dir, {});
    expect(second).toMatchObject({ ingest: first.ingest, control: first.control, generated: [] });
  });

  it('come from the environment when given', () => {
    const tokens = resolveTokens(tempDataDir(), { ingest: 'i'.repeat(20) });
    expect(tokens.ingest).toBe('i'.repeat(20));
    expect(tokens.generated).toEqual(['control']);
  });

  it('are read from a bearer header', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
  });
});

describe('the tokens file', () => {
  it('is readable by its owner only, also when it was looser and a token is added', () => {
    const dir = tempDataDir();
    const file = join(dir, 'tokens.json');
    writeFileSync(file, JSON.stringify({ ingest: 'kept-ingest-token-123' }), { mode: 0o644 });
    chmodSync(file, 0o644);
    const tokens = resolveTokens(dir, {});
    expect(tokens).toMatchObject({ ingest: 'kept-ingest-token-123', generated: ['control'] });
    expect(modeOf(file)).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ingest: 'kept-ingest-token-123', control: tokens.control });
  });

  it('is narrowed to its owner when read, even with nothing to add', () => {
    const dir = tempDataDir();
    const file = join(dir, 'tokens.json');
    writeFileSync(file, JSON.stringify({ ingest: 'kept-ingest-token-123', control: 'kept-control-token-45' }));
    chmodSync(file, 0o644);
    expect(resolveTokens(dir, {}).generated).toEqual([]);
    expect(modeOf(file)).toBe(0o600);
  });

  it.each([
    ['is not JSON', '{"ingest": "abc",'],
    ['is not an object', '["abc"]'],
    ['holds a token that is not text', '{"ingest": 12345}'],
  ])('that %s stops the start with a message naming the file and what to do', (_what, content) => {
    const dir = tempDataDir();
    const file = join(dir, 'tokens.json');
    writeFileSync(file, content);
    expect(() => resolveTokens(dir, {})).toThrow(file);
    expect(() => resolveTokens(dir, {})).toThrow(/fix or delete it/);
  });
});

describe('a presented token', () => {
  const expected = 'e'.repeat(32);

  it('matches only the expected token, exactly', () => {
    expect(tokenMatches(expected, expected)).toBe(true);
    expect(tokenMatches(`${'e'.repeat(31)}f`, expected)).toBe(false);
    expect(tokenMatches('e'.repeat(31), expected)).toBe(false);
    expect(tokenMatches('e'.repeat(33), expected)).toBe(false);
    expect(tokenMatches('abc', expected)).toBe(false);
    expect(tokenMatches('', expected)).toBe(false);
    expect(tokenMatches(undefined, expected)).toBe(false);
  });

  it('is compared in full whatever its length, so that timing cannot reveal the expected length', () => {
    for (const presented of ['', 'abc', 'e'.repeat(31), 'e'.repeat(32), 'e'.repeat(500)]) tokenMatches(presented, expected);
    expect(compared).toHaveLength(5);
    const lengths = new Set(compared.flat());
    expect(lengths.size).toBe(1);
  });
});
