import { describe, expect, it } from 'vitest';
import { buildCommand, describeCommand, describeTarget, sameTarget } from '../../../screen/console/commands';
import { DATA_AGE_EN } from '../../../screen/content/dataAge';
import { formatHeartbeat, isStale } from '../../../screen/console/heartbeat';

describe('console commands', () => {
  it('builds the command a button stands for, for a group or one screen', () => {
    expect(buildCommand({ group: 'main' }, { action: 'goto', scene: 'smart' })).toEqual({
      ok: true,
      command: { target: { group: 'main' }, action: 'goto', scene: 'smart' },
    });
    expect(buildCommand({ screen: 'hall-left' }, { action: 'rejoin' })).toEqual({
      ok: true,
      command: { target: { screen: 'hall-left' }, action: 'rejoin' },
    });
    expect(buildCommand({ group: 'main' }, { action: 'spotlight', metric: 'volunteers.mobilized' })).toMatchObject({
      ok: true,
      command: { action: 'spotlight', metric: 'volunteers.mobilized' },
    });
  });

  it('refuses before sending what the server would refuse, saying why', () => {
    expect(buildCommand({ group: 'main' }, { action: 'spotlight', metric: '' })).toEqual({ ok: false, message: '请先选择要聚焦的指标' });
    expect(buildCommand({ group: 'main' }, { action: 'rejoin' })).toMatchObject({ ok: false });
    expect(buildCommand({ group: 'main' }, { action: 'spotlight', metric: 'no.such' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/metric/),
    });
    expect(buildCommand({ group: 'bad\nname' }, { action: 'next' })).toMatchObject({ ok: false });
    expect(buildCommand({ group: '<b>main</b>' }, { action: 'next' })).toMatchObject({ ok: false });
    expect(buildCommand({ group: '大厅' }, { action: 'next' })).toMatchObject({ ok: true });
  });

  it('puts commands and targets into words', () => {
    expect(describeCommand({ action: 'goto', scene: 'brand' })).toBe('切换到「品牌党建」');
    expect(describeCommand({ action: 'spotlight', metric: 'orgs.active' }, () => '开展活动的党组织')).toBe('聚焦「开展活动的党组织」');
    expect(describeCommand({ action: 'banner', text: '热烈欢迎桂林市代表团莅临指导' })).toBe('欢迎横幅「热烈欢迎桂林市代表团莅临指导」');
    expect(describeCommand({ action: 'hold' })).toBe('保持当前画面');
    expect(describeCommand({ action: 'freeze' })).toBe('定格数据');
    expect(describeCommand({ action: 'unfreeze' })).toBe('结束定格');
    expect(describeCommand({ action: 'unspotlight' })).toBe('结束聚焦');
    expect(describeCommand({ action: 'dance' })).toBe('dance');
    expect(describeTarget({ group: 'main' })).toBe('分组 main');
    expect(describeTarget({ screen: 'hall-left' })).toBe('屏幕 hall-left');
    expect(describeTarget({ all: true })).toBe('全部屏幕');
  });

  it('refuses an empty welcome line before sending, and builds restore and reset for every screen', () => {
    expect(buildCommand({ group: 'main' }, { action: 'banner', text: '  ' })).toEqual({ ok: false, message: '请先输入欢迎横幅的文字' });
    expect(buildCommand({ group: 'main' }, { action: 'banner', text: ' 热烈欢迎 ' })).toMatchObject({
      ok: true,
      command: { text: '热烈欢迎' },
    });
    expect(buildCommand({ all: true }, { action: 'rejoin' })).toMatchObject({
      ok: true,
      command: { target: { all: true }, action: 'rejoin' },
    });
    expect(buildCommand({ all: true }, { action: 'reset' })).toMatchObject({ ok: true });
    expect(buildCommand({ all: true }, { action: 'next' })).toMatchObject({ ok: false });
  });

  it('tells targets apart', () => {
    expect(sameTarget({ group: 'main' }, { group: 'main' })).toBe(true);
    expect(sameTarget({ group: 'main' }, { screen: 'main' })).toBe(false);
    expect(sameTarget({ screen: 'a' }, { screen: 'b' })).toBe(false);
    expect(sameTarget({ all: true }, { all: true })).toBe(true);
    expect(sameTarget({ group: 'main' }, { all: true })).toBe(false);
  });
});

describe('heartbeat age', () => {
  const now = 1_000_000_000;
  it('says how long ago a screen was heard from, on the server clock', () => {
    expect(formatHeartbeat(now - 300, now)).toBe('刚刚');
    expect(formatHeartbeat(now - 3_400, now)).toBe('3 秒前');
    expect(formatHeartbeat(now - 59_999, now)).toBe('59 秒前');
    expect(formatHeartbeat(now - 2 * 60_000, now)).toBe('2 分钟前');
    expect(formatHeartbeat(now - 5 * 3_600_000, now)).toBe('5 小时前');
    expect(formatHeartbeat(now - 3 * 86_400_000, now)).toBe('3 天前');
    expect(formatHeartbeat(now - 3_400, now, DATA_AGE_EN)).toBe('3 s ago');
  });

  it('never shows a negative age when the clocks disagree', () => {
    expect(formatHeartbeat(now + 5000, now)).toBe('刚刚');
  });

  it('flags a screen unheard from for half a minute', () => {
    expect(isStale(now - 29_000, now)).toBe(false);
    expect(isStale(now - 31_000, now)).toBe(true);
  });
});
