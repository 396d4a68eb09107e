import type { SynopsisPart } from '../synopsis-types.ts';

export const part: SynopsisPart = {
  level: 'premise',
  heading: 'The premise',
  paragraphs: [
    'In 2128, people share their world with androids known as Neans. Rouge Redstar is one of them: a Nean girl who is sent to Mars on a secret assignment for the government, with Naomi Orthmann at her side.',
    'Their target is the “Immortal Nine”, a group of nine Neans who have turned on the government. Rouge and Naomi are to find each of them and destroy them.',
  ],
  note: 'The seed article calls Naomi Rouge’s girlfriend; every other source calls her Rouge’s partner, which is the word used here.',
  sourceIds: ['ann-2023-03-22', 'ann-2023-12-07', 'dexerto-2023-11-21', 'gamerant-preview'],
};
