import { computed } from 'vue';
import { DESK_CONTENT_EN, DESK_CONTENT_ZH } from '../../content/deskContent';
import { useDeskWords } from '../deskWords';

/** The wall-text editor's words in the desk's language. */
export function useContentWords() {
  const { lang } = useDeskWords();
  return computed(() => (lang.value === 'en' ? DESK_CONTENT_EN : DESK_CONTENT_ZH));
}
