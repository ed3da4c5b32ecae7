import { describe, expect, it } from 'vitest';
import { bearerToken, resolveTokens, tokenMatches } from '../../server/tokens';
import { tempDataDir } from '../support/server';

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

  it('are read from a bearer header and compared exactly', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });
});
