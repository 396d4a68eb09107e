import { createPreference } from './preference-store.ts';
import { usePreference } from './use-preference.ts';

export const PAUSED_KEY = 'metallic-rouge:countdown-paused';

/** Whether the visitor paused the live ticking (WCAG 2.2.2), remembered across visits and tabs. */
const countdownPaused = createPreference<boolean>({
  key: PAUSED_KEY,
  parse: (stored) => stored === 'true',
  serialize: (paused) => (paused ? 'true' : null),
});

export function setCountdownPaused(paused: boolean): void {
  countdownPaused.set(paused);
}

export function useCountdownPaused(): boolean {
  return usePreference(countdownPaused).value;
}
