import { describe, expect, it } from 'vitest';
import { doneNotice, failedNotice, noticeMs } from '../../../screen/console/commandResult';
import { ConsoleApiError } from '../../../screen/console/consoleApi';

describe('what the presenter is told after a command', () => {
  it('done: on how many screens', () => {
    expect(doneNotice('切换到「总览」 · 分组 main', { screens: 2, viewers: 0 })).toEqual({
      kind: 'ok',
      text: '切换到「总览」 · 分组 main · 2 块屏幕已执行',
    });
  });

  it('a group with no screen: a failure, in words, never a green "0 screens"', () => {
    const error = new ConsoleApiError(409, 'no screen of group main is connected', 'no_screens');
    expect(failedNotice('保持当前画面', { group: 'main' }, error)).toEqual({
      kind: 'error',
      text: '保持当前画面：分组 main 当前没有在线屏幕，命令未执行',
    });
    expect(failedNotice('保持当前画面', { group: 'main' }, error, 2).text).toContain('全部恢复');
    expect(failedNotice('下一屏', { screen: 'a' }, error).text).toContain('屏幕 a 当前没有在线屏幕');
  });

  it('the server away, a wrong token, a full disk: each said as it is', () => {
    expect(failedNotice('下一屏', { group: 'main' }, new ConsoleApiError(0, 'x')).text).toContain('与服务器的连接已断开');
    expect(failedNotice('下一屏', { group: 'main' }, new ConsoleApiError(401, 'x')).text).toContain('控制口令不正确');
    expect(failedNotice('下一屏', { group: 'main' }, new ConsoleApiError(503, 'x')).text).toContain('服务器暂时无法保存');
  });

  it('failures stay longer than successes', () => {
    expect(noticeMs('error')).toBeGreaterThan(noticeMs('ok'));
  });
});
