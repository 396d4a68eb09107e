import { useSyncExternalStore } from 'react';

// The zone cannot change without a reload that matters here, so there is nothing to listen to.
const subscribe = () => () => undefined;
const readZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = (): null => null;

/** The visitor's IANA zone; null on the server and while hydrating, which cannot know it. */
export function useVisitorZone(): string | null {
  return useSyncExternalStore(subscribe, readZone, serverZone);
}
