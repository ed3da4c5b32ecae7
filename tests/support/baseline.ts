import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vocabularyOf } from '../../common/catalog';
import { createEventSchemas } from '../../common/events';
import { catalogOf, initialState, parseBaseline } from '../../server/domain/baseline';

/** The shipped baseline, as the server reads it. */
export const baseline = parseBaseline(JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/baseline.json'), 'utf8')));
export const catalog = catalogOf(baseline);
export const schemas = createEventSchemas(vocabularyOf(catalog));
export const freshState = () => initialState(baseline);
