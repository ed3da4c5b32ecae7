import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WallContent } from '../../../common/wallContent';
import { seedWallContent } from '../../../common/wallContentSeed';
import { useCatalogStore } from '../../../screen/stores/catalog';
import { useWallContentStore } from '../../../screen/stores/wallContent';
import type { Catalog } from '../../../common/catalog';

const lists = { brands: ['项目先锋'], projects: ['桂康物流'], communities: ['七彩社区'], towns: [{ name: '灵川镇', en: 'Lingchuan' }] };
const withTitle = (title: string): WallContent => {
  const content = seedWallContent(lists);
  content.texts.brand.brandsTitle.zh = title;
  return content;
};

describe('the wall content store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('says the seed’s words with the catalog’s lists before anything is saved', () => {
    useCatalogStore().receiveCatalog({ ...lists, title: { zh: '', en: '' }, metrics: [], categories: [], landProjects: [] } as Catalog);
    const words = useWallContentStore();
    expect(words.texts.brand.brandsTitle.zh).toBe('党建品牌');
    expect(words.content.brands.map((b) => b.name)).toEqual(['项目先锋']);
  });

  it('shows each newer version and ignores an older one arriving late', () => {
    const words = useWallContentStore();
    words.receive({ version: 3, content: withTitle('第三版') });
    words.receive({ version: 2, content: withTitle('第二版') });
    expect(words.texts.brand.brandsTitle.zh).toBe('第三版');
    words.receive({ version: 4, content: withTitle('第四版') });
    expect(words.texts.brand.brandsTitle.zh).toBe('第四版');
    expect(words.version).toBe(4);
  });

  it('shows a preview’s unsaved draft over the saved words', () => {
    const words = useWallContentStore();
    words.receive({ version: 1, content: withTitle('已保存') });
    words.showDraft(withTitle('草稿'));
    expect(words.texts.brand.brandsTitle.zh).toBe('草稿');
  });
});
