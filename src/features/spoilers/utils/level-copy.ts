import type { SpoilerLevel } from '../../../data/synopsis-types.ts';

interface LevelCopy {
  /** What the gate reveals, as it reads after "Show" / "Hide". */
  subject: string;
  /** How much it gives away, said before the visitor presses. */
  strength: string;
  /**
   * Classes that apply only before hydration, written out in full so Tailwind finds them. When
   * boot.js has marked this level as shown on <html>, the closed button would be the wrong state
   * for a moment, so a placeholder stands in for it until React opens the gate.
   */
  closedButtonBeforeHydration: string;
  placeholderBeforeHydration: string;
}

export const LEVEL_COPY: Record<SpoilerLevel, LevelCopy> = {
  premise: {
    subject: 'the premise',
    strength: 'mild spoilers',
    closedButtonBeforeHydration: '[:root[data-spoilers~=premise]_&]:hidden',
    placeholderBeforeHydration: 'hidden [:root[data-spoilers~=premise]_&]:block',
  },
  'episode-1': {
    subject: 'what happens in episode 1',
    strength: 'strong spoilers',
    closedButtonBeforeHydration: '[:root[data-spoilers~=episode-1]_&]:hidden',
    placeholderBeforeHydration: 'hidden [:root[data-spoilers~=episode-1]_&]:block',
  },
};
