/**
 * Spreads chart creation over frames. A scene mounts several charts at once,
 * and each chart's first render (init, layout, text measuring, painting) costs
 * tens of milliseconds; done together they block the wall for a long task
 * mid-crossfade. Queued here, each runs in its own task right after a frame,
 * one per frame, so the crossfade keeps animating while the scene fills in.
 */
import type { InjectionKey, Ref } from 'vue';

/**
 * Whether charts mounting now should take their turn in the queue: provided
 * by the scene stage, true once scenes have started taking turns. The wall's
 * first scene has no crossfade to keep smooth, so its charts are built at
 * once, as are charts outside the stage (the kiosk's).
 */
export const STAGGER_CHARTS: InjectionKey<Readonly<Ref<boolean>>> = Symbol('stagger-charts');

type Job = () => void;

const queue: Job[] = [];
let pumping = false;

// Right after a frame rather than inside it, so the chart's work and the frame's own rendering are separate tasks.
// The timer is a fallback for a page whose frames are paused (hidden tab): its charts still get built.
function nextSlot(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    setTimeout(run, 0);
  };
  const fallback = setTimeout(once, 100);
  requestAnimationFrame(once);
}

function pump(): void {
  const job = queue.shift();
  if (!job) {
    pumping = false;
    return;
  }
  // A chart that fails to build must not stall the others behind it.
  try {
    job();
  } finally {
    nextSlot(pump);
  }
}

/** Runs `job` in a later task, after those queued before it, one per frame; the returned function withdraws it if it has not run. */
export function queueChartWork(job: Job): () => void {
  queue.push(job);
  if (!pumping) {
    pumping = true;
    nextSlot(pump);
  }
  return () => {
    const index = queue.indexOf(job);
    if (index >= 0) queue.splice(index, 1);
  };
}
