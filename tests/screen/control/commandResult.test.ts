import { describe, expect, it } from 'vitest';
import { doneNotice, failedNotice, noticeMs } from '../../../screen/console/commandResult';
import { ApiError } from '../../../screen/components/auth/apiRequest';

describe('what the presenter is told after a command', () => {
  it('done: on how many screens', () => {
    expect(doneNotice('切换到「总览」 · 分组 main', { screens: 2, viewers: 0 })).toEqual({
      kind: 'ok',
      text: '切换到「总览」 · 分组 main · 2 块屏幕已执行',
    });
  });

  it('a group with no screen: a failure, in words, never a green "0 screens"', () => {
    const error = new ApiError(409, 'no screen of group main is connected', 'no_screens');
    expect(failedNotice('保持当前画面', { group: 'main' }, error)).toEqual({
      kind: 'error',
      text: '保持当前画面：分组 main 当前没有在线屏幕，命令未执行',
    });
    expect(failedNotice('保持当前画面', { group: 'main' }, error, 2).text).toContain('全部恢复');
    expect(failedNotice('下一屏', { screen: 'a' }, error).text).toContain('屏幕 a 当前没有在线屏幕');
  });

  it('the server away, an ended session, an account that may not present, a full disk: each said as it is', () => {
    expect(failedNotice('下一屏', { group: 'main' }, new ApiError(0, 'x')).text).toContain('与服务器的连接已断开');
    expect(failedNotice('下一屏', { group: 'main' }, new ApiError(401, 'x')).text).toBe('下一屏：未执行：登录已过期，请重新登录');
    expect(failedNotice('下一屏', { group: 'main' }, new ApiError(403, 'x', 'forbidden')).text).toContain('此账户不能控制大屏');
    expect(failedNotice('下一屏', { group: 'main' }, new ApiError(503, 'x')).text).toContain('服务器暂时无法保存');
  });

  it('failures stay longer than successes', () => {
    expect(noticeMs('error')).toBeGreaterThan(noticeMs('ok'));
  });
});
