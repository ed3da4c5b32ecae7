/**
 * The shapes the scenes' words come in. The words themselves are content
 * data that operators edit at the desk (`common/wallContent.ts`; the seed's
 * in `common/wallContentSeed.ts`), read through `stores/wallContent`.
 */
import type { Words } from '../../common/wallContent';

export type { Words };

/** A coverage that the report gives as complete: shown as a milestone reached, with what it means. */
export interface MilestoneText {
  label: Words;
  meaning: Words;
}
