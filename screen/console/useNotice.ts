import { onScopeDispose, shallowRef } from 'vue';
import { noticeMs, type Notice } from './commandResult';

/** The toast's notice: shown, then gone after its time (a failure stays longer), or dismissed. */
export function useNotice() {
  const notice = shallowRef<Notice | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dismiss = () => {
    clearTimeout(timer);
    notice.value = null;
  };
  const show = (next: Notice) => {
    clearTimeout(timer);
    notice.value = next;
    timer = setTimeout(dismiss, noticeMs(next.kind));
  };
  onScopeDispose(() => clearTimeout(timer));
  return { notice, show, dismiss };
}
