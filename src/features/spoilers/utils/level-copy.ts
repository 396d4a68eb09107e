import type { SpoilerLevel } from '../../../data/synopsis-types.ts';

interface LevelCopy {
  /** What the gate reveals, as it reads after "Show" / "Hide". */
  subject: string;
  /** How much it gives away, said before the visitor presses. */
  strength: string;
  /**
   * Classes that apply only before the island is live, written out in full so Tailwind finds them. When
   * boot.js has marked this level as shown on <html>, the closed button would be the wrong state
   * for a moment, so a placeholder stands in for it until React opens the gate.
   */
  closedButtonBeforeLive: string;
  placeholderBeforeLive: string;
}

export const LEVEL_COPY: Record<SpoilerLevel, LevelCopy> = {
  premise: {
    subject: 'the premise',
    strength: 'mild spoilers',
    closedButtonBeforeLive: '[:root[data-spoilers~=premise]_&]:hidden',
    placeholderBeforeLive: 'hidden [:root[data-spoilers~=premise]_&]:block',
  },
  'episode-1': {
    subject: 'what happens in episode 1',
    strength: 'strong spoilers',
    closedButtonBeforeLive: '[:root[data-spoilers~=episode-1]_&]:hidden',
    placeholderBeforeLive: 'hidden [:root[data-spoilers~=episode-1]_&]:block',
  },
};
