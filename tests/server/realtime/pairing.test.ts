import { describe, expect, it } from 'vitest';
import { createPairing, MAX_WAITING_CODES, type DeviceRecord } from '../../../server/realtime/pairing';

const memoryDevices = () => {
  const records = new Map<string, DeviceRecord>();
  return {
    deviceByCredentialHash: (hash: string) => [...records.values()].find((r) => r.credentialHash === hash) ?? null,
    deviceByName: (name: string) => records.get(name) ?? null,
    saveDevice: (record: DeviceRecord) => void records.set(record.name, record),
  };
};

describe('pairing codes', () => {
  it('are unique six-digit codes, at most MAX_WAITING_CODES at once across all addresses', () => {
    const pairing = createPairing(memoryDevices());
    const codes = Array.from({ length: MAX_WAITING_CODES + 5 }, (_, i) =>
      pairing.issue(`socket-${i}`, `10.0.${i % 250}.${Math.floor(i / 250)}`, 'wall'),
    );
    const issued = codes.filter((code): code is string => code !== null);
    expect(issued).toHaveLength(MAX_WAITING_CODES);
    expect(new Set(issued).size).toBe(MAX_WAITING_CODES);
    expect(issued.every((code) => /^\d{6}$/.test(code))).toBe(true);
    pairing.release('socket-0');
    expect(pairing.issue('socket-late', '10.9.9.9', 'kiosk')).toMatch(/^\d{6}$/);
  });

  it('give the page its kind and a credential that identifies it, stored only as a hash', () => {
    const devices = memoryDevices();
    const pairing = createPairing(devices);
    const code = pairing.issue('socket-1', '10.0.0.1', 'kiosk')!;
    const claimed = pairing.claim(`${code.slice(0, 3)} ${code.slice(3)}`, '大厅触摸屏', '大厅', () => false);
    expect(claimed.ok).toBe(true);
    if (!claimed.ok) return;
    expect(claimed.record).toMatchObject({ name: '大厅触摸屏', group: '大厅', kind: 'kiosk' });
    expect(JSON.stringify(devices.deviceByName('大厅触摸屏'))).not.toContain(claimed.credential);
    expect(pairing.identify(claimed.credential)?.name).toBe('大厅触摸屏');
    expect(pairing.identify('not-it')).toBeNull();
    expect(pairing.claim(code, 'again', 'main', () => false)).toEqual({ ok: false, refusal: 'unknown_code' });
  });
});
