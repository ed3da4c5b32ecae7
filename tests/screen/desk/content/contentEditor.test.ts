import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../screen/components/auth/apiRequest';
import { DESK_CONTENT_EN, DESK_CONTENT_ZH } from '../../../../screen/content/deskContent';
import { ContentSaveError } from '../../../../screen/desk/content/contentApi';
import { contentProblemText, moved, problemsByPath, sceneFields, sizeOf } from '../../../../screen/desk/content/contentEditor';

describe('the wall-text editor', () => {
  it('counts Chinese by its width on the wall and English by its characters, against the field’s own room', () => {
    expect(sizeOf('灵川 2026', 'zh', { zh: 4, en: 20 })).toEqual({ size: 5, limit: 4, over: true });
    expect(sizeOf('Lingchuan', 'en', { zh: 4, en: 20 })).toEqual({ size: 9, limit: 20, over: false });
  });

  it('lists a scene’s texts in the seed’s order, with their kinds', () => {
    const fields = sceneFields('brand');
    expect(fields[0]).toMatchObject({ key: 'landTitle', kind: 'title' });
    expect(fields.map((f) => f.key)).toContain('projectsStory');
  });

  it('moves a town up or down, and nowhere past the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('groups the problems by the field they belong to', () => {
    const problems = [
      { path: 'brands.0.name', zh: '不能为空', en: 'must not be empty' },
      { path: 'brands.0.name', zh: '重复', en: 'repeats' },
    ];
    expect(problemsByPath(problems).get('brands.0.name')).toHaveLength(2);
  });

  it('tells why a save failed in the desk’s language, and that the typed words are kept', () => {
    expect(contentProblemText(new ApiError(409, 'x', 'stale'), DESK_CONTENT_ZH)).toContain('仍保留在页面上');
    expect(contentProblemText(new ApiError(0, 'x'), DESK_CONTENT_EN)).toBe(DESK_CONTENT_EN.problems.unreachable);
    const invalid = new ContentSaveError(400, 'x', 'invalid_content', [{ path: 'p', zh: '', en: '' }]);
    expect(contentProblemText(invalid, DESK_CONTENT_EN)).toBe(
      '1 text needs correcting: nothing was saved, your changes are kept on the page.',
    );
    expect(contentProblemText(new ApiError(403, 'x', 'forbidden'), DESK_CONTENT_ZH)).toBe(DESK_CONTENT_ZH.problems.forbidden);
  });
});
