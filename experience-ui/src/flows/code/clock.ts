import { useSyncExternalStore } from 'react';

// One clock for every countdown on the page, ticking only while something shows one.
const TICK_MS = 250;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time (ms since the epoch), up to date within a quarter of a second while mounted. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
