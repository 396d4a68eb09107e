import { useSyncExternalStore } from 'react';
import { safeStorage } from '../../../lib/safe-storage.ts';

export const PAUSED_KEY = 'metallic-rouge:countdown-paused';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the preference is a change here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === PAUSED_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const readPaused = () => safeStorage.get(PAUSED_KEY) === 'true';
const serverPaused = () => false;

export function setCountdownPaused(paused: boolean): void {
  if (paused) safeStorage.set(PAUSED_KEY, 'true');
  else safeStorage.remove(PAUSED_KEY);
  for (const listener of [...listeners]) listener();
}

/** Whether the visitor paused the live ticking (WCAG 2.2.2), remembered across visits. */
export function useCountdownPaused(): boolean {
  return useSyncExternalStore(subscribe, readPaused, serverPaused);
}
