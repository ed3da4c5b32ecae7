/** The operator-editable playlist (`assets/playlist.json`). */
import { z } from 'zod';
import { PLAYLIST_ENTRIES, SCENE_IDS, SCENE_SECONDS, type PlaylistEntry } from '../../common/control';

const playlistSchema = z.object({
  scenes: z
    .array(z.strictObject({ scene: z.enum(SCENE_IDS), seconds: z.number().int().min(SCENE_SECONDS.min).max(SCENE_SECONDS.max) }))
    .min(PLAYLIST_ENTRIES.min)
    .max(PLAYLIST_ENTRIES.max),
});

export function parsePlaylist(json: unknown): PlaylistEntry[] {
  const result = playlistSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid playlist: ${problems.join('; ')}`);
  }
  return result.data.scenes;
}
