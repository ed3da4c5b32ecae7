/** The catalog the server builds from `assets/baseline.json`, for tests that need real vocabulary. */
import baseline from '../../assets/baseline.json';
import { createEventSchemas } from '../../common/events';
import { vocabularyOf } from '../../common/catalog';
import type { MockCatalog } from '../../mock/generate';

export const baselineCatalog: MockCatalog = {
  towns: baseline.towns.map(({ name, en }) => ({ name, en })),
  categories: baseline.categories.map(({ name, en }) => ({ name, en })),
  landProjects: baseline.landProjects.map(({ name, en }) => ({ name, en })),
  projects: baseline.projects,
  communities: baseline.communities,
};

export const baselineSchemas = createEventSchemas(vocabularyOf(baselineCatalog));
