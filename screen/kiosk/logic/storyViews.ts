import type { MetricGroup } from '../../../common/metrics';
import { message } from '../../i18n/kiosk/catalog';
import type { Lang } from '../../i18n/lang';
import type { StoryKey } from '../../i18n/kiosk/stories';

/** A short item of a story: a name and one line about it. */
export interface StoryPoint {
  title: string;
  text: string;
}

/** What the county's report tells about a group, as a card: a paragraph, points, or names (brands kept in Chinese with a gloss). */
export interface StoryView {
  id: string;
  title: string;
  text?: string;
  points?: StoryPoint[];
  names?: string[];
}

const story = (lang: Lang, key: StoryKey) => message(lang, `story.${key}`);
const point = (lang: Lang, title: StoryKey, text: StoryKey): StoryPoint => ({ title: story(lang, title), text: story(lang, text) });

/** The story cards of a group's view; the appeals view tells its story through the live feed instead. */
export function storiesOf(group: MetricGroup, lang: Lang): StoryView[] {
  if (group === 'volunteers') {
    return [
      { id: 'pandemic', title: story(lang, 'pandemicTitle'), text: story(lang, 'pandemicText') },
      {
        id: 'front-line',
        title: story(lang, 'frontLineTitle'),
        points: [point(lang, 'postTitle', 'postText'), point(lang, 'zoneTitle', 'zoneText')],
      },
      {
        id: 'platform',
        title: story(lang, 'platformTitle'),
        points: [
          point(lang, 'onlineTitle', 'onlineText'),
          point(lang, 'offlineTitle', 'offlineText'),
          point(lang, 'pointsTitle', 'pointsText'),
        ],
      },
    ];
  }
  if (group === 'land') {
    return [
      { id: 'land-front-line', title: story(lang, 'landTitle'), text: story(lang, 'landText') },
      { id: 'land-brand', title: story(lang, 'landBrand'), names: [message(lang, 'brand.pioneer')] },
    ];
  }
  if (group === 'orgs') {
    return [
      { id: 'service-center', title: story(lang, 'orgsTitle'), text: story(lang, 'orgsText') },
      {
        id: 'shared-points',
        title: story(lang, 'pointsSharedTitle'),
        names: [message(lang, 'community.qicai'), message(lang, 'community.jiulong')],
      },
      {
        id: 'brands',
        title: story(lang, 'brandsTitle'),
        names: [
          message(lang, 'brand.steelFortress'),
          message(lang, 'brand.jinshan'),
          message(lang, 'brand.guanglu'),
          message(lang, 'brand.community'),
        ],
      },
    ];
  }
  return [];
}
