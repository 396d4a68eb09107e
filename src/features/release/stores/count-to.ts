import { createPreference } from '../../../lib/preference-store.ts';
import { usePreference } from '../../../lib/use-preference.ts';
import type { CountTo } from '../utils/run-schedule.ts';

/** What the countdown counts to; the TV broadcast in Japan unless the visitor chose otherwise. */
const countToPreference = createPreference<CountTo>({
  key: 'metallic-rouge:count-to',
  parse: (stored) => (stored === 'crunchyroll' ? 'crunchyroll' : 'tv'),
  serialize: (countTo) => (countTo === 'tv' ? null : countTo),
});

export function useCountTo() {
  const { value, remembered } = usePreference(countToPreference);
  return { countTo: value, remembered, setCountTo: countToPreference.set };
}
