/**
 * The mock feed's events: a deterministic stream per seed, drawn from the
 * catalog's towns, categories and projects in a plausible mix.
 */
import type { Catalog } from '../common/catalog';
import type { DomainEvent, FieldEventType } from '../common/events';
import { intBetween, mulberry32, pick, pickWeighted, type Random } from './random';
import { organizationNames } from './organizations';
import { appealSummary } from './summaries';

/** What the generator needs from `GET /api/metrics`. */
export type MockCatalog = Pick<Catalog, 'towns' | 'categories' | 'landProjects' | 'projects' | 'communities'>;

/** Every event a feed may send; corrections are for operators, never for a mock. */
export type MockEvent = Exclude<DomainEvent, { type: 'metric.corrected' }>;
type MockEventType = FieldEventType;

/**
 * Share of each type, per 1,000 events. Most traffic is appeals handled, most
 * of which get resolved; land and projects move slowly, as they do in life.
 */
const TYPE_WEIGHTS: Readonly<Record<MockEventType, number>> = {
  'appeal.handled': 420,
  'appeal.resolved': 300,
  'wish.fulfilled': 120,
  'participant.joined': 80,
  'volunteer.mobilized': 30,
  'org.activity': 30,
  'post.established': 8,
  'land.acquired': 6,
  'land.demolished': 5,
  'project.introduced': 0.1,
};

/** Appeal categories in the report's proportions; a category an operator adds gets an average share. */
const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = { 市容市貌: 35, 社会治安: 25, 矛盾纠纷: 27, 其他: 13 };
const DEFAULT_CATEGORY_WEIGHT = 25;

/** The county seat, listed first, sees several times the appeals of a rural town. */
const SEAT_TOWN_WEIGHT = 4;

const PROJECT_PLACES = ['灵川', '桂北', '甘棠江', '八里街', '漓江'] as const;
const PROJECT_TRADES = ['冷链物流', '新型建材', '电子元件', '竹木制品', '农产品加工', '智能装备', '生物医药', '光伏组件'] as const;

/** Types whose required vocabulary is empty cannot be sent; everything else keeps its weight. */
function typeWeights(catalog: MockCatalog): (readonly [MockEventType, number])[] {
  const hasTowns = catalog.towns.length > 0;
  const hasAppeals = hasTowns && catalog.categories.length > 0;
  const hasLand = catalog.landProjects.length > 0;
  const possible: Record<MockEventType, boolean> = {
    'appeal.handled': hasAppeals,
    'appeal.resolved': hasAppeals,
    'land.acquired': hasLand,
    'land.demolished': hasLand,
    'wish.fulfilled': true,
    'participant.joined': true,
    'volunteer.mobilized': true,
    'org.activity': true,
    'post.established': true,
    'project.introduced': true,
  };
  return (Object.entries(TYPE_WEIGHTS) as [MockEventType, number][]).filter(([type]) => possible[type]);
}

/** Rounds to one decimal place, as land is recorded in tenths of a mu. */
const tenths = (n: number): number => Math.round(n * 10) / 10;

function eventBody(random: Random, type: MockEventType, catalog: MockCatalog, orgs: readonly string[]) {
  const towns = catalog.towns.map((t, i) => [t.name, i === 0 ? SEAT_TOWN_WEIGHT : 1] as const);
  const town = () => pickWeighted(random, towns);
  const category = () =>
    pickWeighted(
      random,
      catalog.categories.map((c) => [c.name, CATEGORY_WEIGHTS[c.name] ?? DEFAULT_CATEGORY_WEIGHT] as const),
    );
  const landProject = () => pick(random, catalog.landProjects).name;
  const maybeTown = () => (catalog.towns.length > 0 && random() < 0.8 ? { town: town() } : {});

  switch (type) {
    case 'appeal.handled': {
      const [t, c] = [town(), category()];
      return { type, town: t, category: c, summary: appealSummary(random, t, c) } as const;
    }
    case 'appeal.resolved':
      return { type, town: town(), category: category() } as const;
    case 'wish.fulfilled':
      return { type, ...maybeTown() } as const;
    case 'participant.joined':
      return { type } as const;
    case 'volunteer.mobilized':
      return { type, count: intBetween(random, 1, 6), ...maybeTown() } as const;
    case 'post.established':
      return { type, count: 1 } as const;
    case 'land.acquired':
      return { type, project: landProject(), mu: tenths(0.5 + random() * 11.5) } as const;
    case 'land.demolished':
      return { type, project: landProject(), m2: intBetween(random, 40, 800) } as const;
    case 'project.introduced':
      return {
        type,
        name: `${pick(random, PROJECT_PLACES)}${pick(random, PROJECT_TRADES)}项目`,
        investmentYuan: intBetween(random, 20, 300) * 1_000_000,
      } as const;
    case 'org.activity':
      return { type, org: pick(random, orgs), members: intBetween(random, 3, 30) } as const;
  }
}

/** Event ids: stable per seed and position, so a re-sent batch is a duplicate, never a double count. */
export function mockEventId(seed: number, n: number): string {
  return `mock-${seed}-${n}`;
}

/** A stream of events; `count` is how many it has made so far. */
export interface EventGenerator {
  next(): MockEvent;
  readonly count: number;
}

/**
 * Creates the event stream for a seed. Two generators with the same seed and
 * catalog make the same events. `firstN` continues numbering after an earlier
 * stream (e.g. once the catalog changed) so that no id is reused.
 * Events carry no `at`: the server stamps them on receipt, so a sped-up
 * simulated clock never shows the wall a time in the future.
 */
export function createEventGenerator(catalog: MockCatalog, seed: number, firstN = 0): EventGenerator {
  const random = mulberry32(seed + firstN);
  const orgs = organizationNames(catalog);
  const weights = typeWeights(catalog);
  let n = firstN;
  return {
    next() {
      const type = pickWeighted(random, weights);
      const event: MockEvent = { id: mockEventId(seed, n), ...eventBody(random, type, catalog, orgs) };
      n += 1;
      return event;
    },
    get count() {
      return n;
    },
  };
}
