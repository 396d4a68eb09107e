import type { SynopsisPart } from '../synopsis-types.ts';

export const part: SynopsisPart = {
  level: 'episode-1',
  heading: 'Episode 1',
  paragraphs: [
    'In Canal City on Mars, the singer Sara Fitzgerald takes Rouge in as her companion. Someone is attacking the smugglers of Nectar, the drug that Neans cannot survive without.',
    'An executive of the Panacea Corporation with ties to the Nectar trade is caught up in it, and Naomi steers Rouge toward the past that Sara keeps hidden.',
  ],
  sourceIds: ['theanime-2024-01'],
};
