import { useSyncExternalStore } from 'react';
import { subscribeToNothing } from './live.ts';

/**
 * The page's one wall clock. A single setTimeout chain wakes listeners on each second boundary
 * of the real clock; it runs only while someone listens and the tab is visible. Nothing counts
 * down by itself: every reader computes from Date.now(), so a sleeping tab, a throttled timer or
 * a changed system clock is corrected at the next tick.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  // A copy, so a listener that unsubscribes during the loop cannot skip another.
  for (const listener of [...listeners]) listener();
}

function stop(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

function scheduleNextTick(): void {
  stop();
  // Aim just past the next whole second so every tick reads a fresh second.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function tick(): void {
  timer = undefined;
  notify();
  if (listeners.size > 0 && !document.hidden) scheduleNextTick();
}

function onVisibilityChange(): void {
  if (document.hidden) {
    stop();
    return;
  }
  // Back from the background: correct at once rather than at the next second.
  notify();
  if (listeners.size > 0) scheduleNextTick();
}

export function subscribeToClock(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener('visibilitychange', onVisibilityChange);
    if (!document.hidden) scheduleNextTick();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stop();
      document.removeEventListener('visibilitychange', onVisibilityChange);
    }
  };
}

const serverSnapshot = (): null => null;

/**
 * A value derived from the current time, e.g. whole seconds left. Return a primitive: the
 * component re-renders only when it changes, not on every tick. It is null in the build's HTML,
 * which never holds a time-dependent value. With
 * `live: false` the value is read when the component renders and then left alone.
 */
export function useClock<T extends string | number | boolean>(
  select: (nowMs: number) => T,
  live = true,
): T | null {
  return useSyncExternalStore<T | null>(
    live ? subscribeToClock : subscribeToNothing,
    () => select(Date.now()),
    serverSnapshot,
  );
}
