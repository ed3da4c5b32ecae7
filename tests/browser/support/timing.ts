/**
 * How long a browser test waits for something that must happen. A generous
 * upper bound on eventual behaviour, never a budget: on a loaded 2-core
 * machine a wall may take seconds to show what it shows in milliseconds on an
 * idle one. How fast it happens is measured by `npm run bench:screen`.
 */
export const EVENTUALLY_MS = 15_000;
