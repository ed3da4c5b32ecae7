/** A stop flag with sleeps that end early when it is raised, so a stopped feed does not linger in a backoff. */
export interface StopSignal {
  readonly stopped: boolean;
  stop(): void;
  /** Waits `ms`, or less if `stop()` is called meanwhile. */
  sleep(ms: number): Promise<void>;
}

export function createStopSignal(): StopSignal {
  let stopped = false;
  const wakers = new Set<() => void>();
  return {
    get stopped() {
      return stopped;
    },
    stop() {
      stopped = true;
      for (const wake of wakers) wake();
      wakers.clear();
    },
    sleep(ms) {
      if (stopped) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          wakers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        wakers.add(wake);
      });
    },
  };
}
