import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { originAllowed, ownOrigins } from '../../../server/realtime/origins';

const nic = (address: string, family: 'IPv4' | 'IPv6', scopeid = 0) => ({ address, family, scopeid }) as NetworkInterfaceInfo;

describe('the origins a screen may connect from', () => {
  const own = ownOrigins(3000, { eth0: [nic('192.168.1.20', 'IPv4'), nic('fd00::20', 'IPv6'), nic('fe80::1', 'IPv6', 2)] }, 'HallServer');

  it('are the server at each of its addresses, on its port, over http', () => {
    expect(own).toEqual(
      expect.arrayContaining([
        'http://localhost:3000',
        'http://127.0.0.1:3000',
        'http://192.168.1.20:3000',
        'http://[fd00::20]:3000',
        'http://hallserver:3000',
        'http://hallserver.local:3000',
      ]),
    );
    expect(own.some((origin) => origin.includes('fe80'))).toBe(false);
  });

  it('admit the server itself and configured origins, whatever case or default port they are written in', () => {
    expect(originAllowed('http://192.168.1.20:3000', [], own)).toBe(true);
    expect(originAllowed('http://WALL.hall.local', ['http://wall.hall.local:80'], own)).toBe(true);
    expect(originAllowed(undefined, [], own)).toBe(true);
  });

  it('refuse any other host, scheme or port, and junk', () => {
    expect(originAllowed('http://evil.example:3000', [], own)).toBe(false);
    expect(originAllowed('https://192.168.1.20:3000', [], own)).toBe(false);
    expect(originAllowed('http://192.168.1.20:3001', [], own)).toBe(false);
    expect(originAllowed('null', [], own)).toBe(false);
    expect(originAllowed('http://a', ['not a url'], own)).toBe(false);
  });
});
