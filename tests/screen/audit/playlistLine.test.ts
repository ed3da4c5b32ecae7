/** A playlist saved at the desk, as the console's and the admin page's audit panels word it. */
import { describe, expect, it } from 'vitest';
import { commandWords } from '../../../screen/admin/auditCommandWords';
import { auditLine } from '../../../screen/console/auditWords';

const saved = JSON.stringify({
  action: 'playlist',
  target: { group: 'main' },
  scenes: [
    { scene: 'smart', seconds: 40 },
    { scene: 'overview', seconds: 30 },
  ],
  version: 2,
  screens: 2,
});

describe('a playlist save in the audit panels', () => {
  it('names the new order in the reader’s language, never as raw JSON', () => {
    const line = auditLine(
      { id: 1, at: '2026-12-01T02:00:00Z', actor: 'li', from: '10.0.0.2', outcome: 'applied', command: saved },
      (id) => id,
    );
    expect(line.text).toMatch(/^播放列表改为：智慧党建 → 总览 · /);
    expect(commandWords(saved, 'applied', 'zh', (id) => id)).toMatch(/^播放列表改为：智慧党建 → 总览 · /);
    expect(commandWords(saved, 'applied', 'en', (id) => id)).toMatch(/^Playlist set to: .+ → .+ · /);
    // An entry that is not a known scene is not guessed at: the line is shown as the server wrote it.
    expect(commandWords(saved.replace('"smart"', '"nowhere"'), 'applied', 'zh', (id) => id)).toBeNull();
  });
});
