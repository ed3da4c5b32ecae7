import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../../screen/console/consoleApi';
import { auditLine } from '../../../screen/console/auditWords';

const utc = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
const row = (outcome: AuditRow['outcome'], command: string, actor = '张丽'): AuditRow => ({
  id: 1,
  at: '2026-12-01T14:02:30.000Z',
  actor,
  from: '10.0.0.7',
  outcome,
  command,
});
const line = (r: AuditRow) => auditLine(r, (id) => (id === 'orgs.active' ? '开展活动的党组织' : id), utc);

describe('the audit log in presenter words', () => {
  it('says who did what, for whom, on how many screens', () => {
    expect(line(row('applied', '{"target":{"group":"main"},"action":"goto","scene":"regional","screens":2}'))).toEqual({
      id: 1,
      time: '14:02',
      actor: '张丽',
      text: '切换到「区域党建」 · 分组 main · 2 块屏幕',
      failed: false,
    });
    expect(line(row('applied', '{"target":{"screen":"a"},"action":"spotlight","metric":"orgs.active","screens":1}')).text).toBe(
      '聚焦「开展活动的党组织」 · 屏幕 a · 1 块屏幕',
    );
    expect(line(row('applied', '{"target":{"all":true},"action":"reset","screens":3}')).text).toBe('全部复位 · 全部屏幕 · 3 块屏幕');
    expect(line(row('applied', '{"action":"pair","target":{"screen":"a"},"group":"main"}')).text).toBe('配对新屏幕 a · 分组 main');
  });

  it('says why a refused request was not done, without methods, paths or queries', () => {
    const stranger = line(row('unauthorized', 'POST /api/control', ''));
    expect(stranger).toMatchObject({ actor: '身份不明', text: '未执行：身份未通过验证', failed: true });
    expect(line(row('unauthorized', 'GET /api/screens (+240 similar in the last minute)')).text).toBe(
      '未执行：身份未通过验证（另有 240 次相同尝试）',
    );
    expect(line(row('throttled', 'POST /api/control')).text).toBe('未执行：验证失败次数过多，已暂停受理');
    expect(line(row('forbidden', 'POST /api/control', '王强'))).toMatchObject({ actor: '王强', text: '未执行：此账户无权控制大屏' });
    expect(line(row('applied', '{"target":{"all":true},"action":"reset","screens":3}', 'control token')).actor).toBe('控制口令');
    for (const outcome of ['invalid', 'failed', 'unauthorized', 'throttled'] as const) {
      expect(line(row(outcome, 'POST /api/control?limit=30')).text).not.toMatch(/POST|GET|\/api|\?/);
    }
  });

  it('says a command that reached no screen was not done', () => {
    expect(line(row('unreached', '{"target":{"group":"main"},"action":"hold"}'))).toMatchObject({
      text: '未执行：保持当前画面 · 分组 main 没有在线屏幕',
      failed: true,
    });
  });

  it('reads junk defensively', () => {
    expect(line(row('applied', 'null')).text).toBe('（无法识别的请求）');
    expect(line(row('applied', '{"action":42}')).text).toBe('（无法识别的请求）');
  });
});
