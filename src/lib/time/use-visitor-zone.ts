import { useSyncExternalStore } from 'react';

/**
 * ICU still reports some zones by their old names; visitors there know the current ones.
 * (The instant maths is the same either way: these are aliases.)
 */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
};

// The zone cannot change without a reload that matters here, so there is nothing to listen to.
const subscribe = () => () => undefined;
const readZone = () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return CURRENT_NAMES[zone] ?? zone;
};
const serverZone = (): null => null;

/** The visitor's IANA zone; null on the server and while hydrating, which cannot know it. */
export function useVisitorZone(): string | null {
  return useSyncExternalStore(subscribe, readZone, serverZone);
}
