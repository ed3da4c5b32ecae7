import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';

describe('readConfig', () => {
  it('has defaults a newcomer can run with', () => {
    const config = readConfig({}, '/srv/wall');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/wall/data',
      mock: true,
      screen: true,
      updateIntervalMs: 100,
      ingestRateLimit: 500,
      synchronous: 'full',
      allowedOrigins: [],
    });
    expect(config.ingestToken).toBeUndefined();
  });

  it('reads the environment', () => {
    const config = readConfig({
      PORT: '8080',
      MOCK: 'off',
      DATA_DIR: '/var/wall',
      ALLOWED_ORIGINS: 'http://a, http://b',
      INGEST_TOKEN: 'x'.repeat(20),
    });
    expect(config).toMatchObject({
      port: 8080,
      mock: false,
      dataDir: '/var/wall',
      allowedOrigins: ['http://a', 'http://b'],
      ingestToken: 'x'.repeat(20),
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ MOCK: 'maybe' }, /MOCK/],
    [{ INGEST_TOKEN: 'short' }, /INGEST_TOKEN/],
    [{ SQLITE_SYNC: 'off' }, /SQLITE_SYNC/],
    [{ TRUST_PROXY: 'on' }, /TRUST_PROXY must be off, the number of proxies/],
    [{ TRUST_PROXY: '11' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '127.0.0.1,proxy.example' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
  ])('refuses %o with a message naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('trusts no proxy, the nearest hops, or proxies by address, never any client', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', 'loopback']);
  });
});
