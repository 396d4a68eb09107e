import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EpisodeDetail } from '../../src/data/episode-schema.ts';
import { HORIZON_STORAGE_KEY } from '../../src/features/spoilers/stores/horizon-store.ts';
import { renderWithClient } from '../test-utils.tsx';
import {
  EPISODE_COUNT,
  EPISODE_TEXT,
  PREMISE_BUTTON,
  PREMISE_TEXT,
  blockedStorage,
  story,
  watchEpisodeLoads,
} from './spoilers-helpers.tsx';

const modules = import.meta.glob<{ episode: EpisodeDetail }>(
  '../../src/data/episodes/metallic-rouge-episode-*.ts',
  { eager: true },
);
const episodes = Object.values(modules)
  .map((module) => module.episode)
  .sort((a, b) => a.number - b.number);

function episode(number: number): EpisodeDetail {
  const found = episodes.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no episode ${number}`);
  return found;
}

/** Numbers from `first` to `last`, both included. */
function numbers(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

/** No title of these episodes, in English or Japanese, anywhere in the document. */
function expectTitlesAbsent(hidden: readonly number[]) {
  for (const number of hidden) {
    const { english, japanese } = episode(number).title;
    expect(document.body).not.toHaveTextContent(english);
    expect(document.body).not.toHaveTextContent(japanese.replace(/^第.+?幕「(.+)」$/, '$1'));
  }
}

function entryHeading(number: number) {
  return screen.findByRole('heading', {
    level: 4,
    name: new RegExp(`^Episode ${number}: ${episode(number).title.english}`),
  });
}

/** An episode's entry: an article named by its heading. */
function episodeEntry(number: number) {
  return screen.findByRole('article', {
    name: new RegExp(`^Episode ${number}: ${episode(number).title.english}`),
  });
}

const horizonControl = () => screen.findByRole('combobox', { name: 'I have seen' });

describe('the spoiler horizon in the story', { timeout: 30_000 }, () => {
  it('starts at "nothing yet": no episode, no title, nothing downloaded', async () => {
    const loaded = watchEpisodeLoads();
    renderWithClient(story());
    expect(await horizonControl()).toHaveDisplayValue('nothing yet');
    expect(
      await screen.findByText(/All 13 episodes are hidden, titles included/, {
        selector: '[role="status"]',
      }),
    ).toBeVisible();
    // One "Show the title" per episode, each loading with its own part of the list.
    await waitFor(() => {
      expect(
        screen.getAllByRole('button', { name: /^Show the title of episode \d+$/ }),
      ).toHaveLength(EPISODE_COUNT);
    });
    expect(screen.queryByRole('heading', { level: 4 })).not.toBeInTheDocument();
    expectTitlesAbsent(numbers(1, EPISODE_COUNT));
    expect(screen.getByRole('button', { name: PREMISE_BUTTON })).toBeVisible();
    expect(loaded).toEqual([]);
  });

  it('offers every horizon from nothing to the whole run', async () => {
    renderWithClient(story());
    const options = within(await horizonControl()).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'nothing yet',
      ...numbers(1, EPISODE_COUNT - 1).map((number) => `up to episode ${number}`),
      `all ${EPISODE_COUNT}`,
    ]);
  });

  it('shows the episodes up to the chosen one, stores it, and loads nothing beyond', async () => {
    const user = userEvent.setup();
    const loaded = watchEpisodeLoads();
    renderWithClient(story());
    await user.selectOptions(await horizonControl(), 'up to episode 4');

    for (const number of numbers(1, 4)) await entryHeading(number);
    expect(
      screen.getByText(/^Episodes 5 to 13 are hidden \(9 episodes\), titles included\./),
    ).toHaveAttribute('role', 'status');
    expectTitlesAbsent(numbers(5, EPISODE_COUNT));
    expect(loaded.toSorted((a, b) => a - b)).toEqual([1, 2, 3, 4]);
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('4');
  });

  it('shows the premise and episode 1 without a press once an episode is seen', async () => {
    const user = userEvent.setup();
    renderWithClient(story());
    await user.selectOptions(await horizonControl(), 'up to episode 1');
    await screen.findByRole('heading', { name: 'The premise' });
    await screen.findByRole('heading', { name: 'Episode 1', level: 3 });
    expect(screen.queryByRole('button', { name: PREMISE_BUTTON })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /what happens in episode 1/ })).toBeNull();
    for (const sentence of [...PREMISE_TEXT, ...EPISODE_TEXT]) {
      expect(document.body).toHaveTextContent(sentence);
    }

    await user.selectOptions(await horizonControl(), 'nothing yet');
    expect(screen.getByRole('button', { name: PREMISE_BUTTON })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    for (const sentence of PREMISE_TEXT) expect(document.body).not.toHaveTextContent(sentence);
  });

  it('gives each episode its titles, setup or a plain "none recorded", staff and sources', async () => {
    renderWithClient(story({ search: '?seen=8' }));
    const entry4 = await episodeEntry(4);
    expect(within(entry4).getByText(episode(4).title.japanese)).toHaveAttribute('lang', 'ja');
    expect(within(entry4).getByText(/A travelling carnival begins its show/)).toBeVisible();
    expect(within(entry4).getByText('From the synopsis on the official site.')).toBeVisible();
    expect(within(entry4).getByText('髙藤聡')).toHaveAttribute('lang', 'ja');
    expect(within(entry4).getByText(/Satoshi Takafuji/)).toBeVisible();
    expect(
      within(entry4).getAllByRole('link', { name: /Metallic Rouge official site, 2024/ })[0],
    ).toHaveAttribute('href', 'https://metallicrouge.jp/episodes/episodes04.html');

    const eight = await episodeEntry(8);
    expect(within(eight).getByText('No synopsis was recorded for this episode.')).toBeVisible();
    expect(within(eight).getByText(/No synopsis published ahead of the broadcast/)).toBeVisible();
    expect(within(eight).getByText('(found in one source only)')).toBeVisible();

    const five = await episodeEntry(5);
    expect(within(five).getByText('No synopsis was recorded for this episode.')).toBeVisible();
    expect(
      within(five).getByText(/press headline has Naomi slipping into the travelling carnival/),
    ).toBeVisible();
    expect(within(five).getByRole('link', { name: /MOVIEW, 2024/ })).toHaveAttribute(
      'href',
      'https://moview.jp/959063695.html',
    );
  });

  it('cites an open source by its full form, address included, once the episode is shown', async () => {
    renderWithClient(story({ search: '?seen=7' }));
    const seven = await episodeEntry(7);
    expect(within(seven).getByRole('link', { name: /Pinkvilla, 2024/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.pinkvilla\.com\/.*episode-7/) as string,
    );
  });

  it('reveals every episode with "Show all spoilers", and returns to the horizon without it', async () => {
    const user = userEvent.setup();
    localStorage.setItem(HORIZON_STORAGE_KEY, '4');
    renderWithClient(story());
    await entryHeading(4);
    const all = screen.getByRole('switch', { name: 'Show all spoilers' });

    await user.click(all);
    await entryHeading(EPISODE_COUNT);
    expect(screen.getByRole('status')).toHaveTextContent('All 13 episodes are shown.');
    expect(screen.queryByRole('button', { name: /^Show the title/ })).not.toBeInTheDocument();

    await user.click(all);
    expect(all).toHaveFocus();
    await entryHeading(4);
    expectTitlesAbsent(numbers(5, EPISODE_COUNT));
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('4');
  });

  it('opens a ?seen= link at its horizon for the visit, without storing it', async () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '2');
    renderWithClient(story({ search: '?seen=8' }));
    expect(await horizonControl()).toHaveDisplayValue('up to episode 8');
    expect(await horizonControl()).toHaveAccessibleDescription(
      /Set by the link you followed, for this visit/,
    );
    await entryHeading(8);
    expectTitlesAbsent(numbers(9, EPISODE_COUNT));
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('2');
  });

  it('stops crediting the link once the visitor changes the horizon, and stores the change', async () => {
    renderWithClient(story({ search: '?seen=8' }));
    const user = userEvent.setup();
    await user.selectOptions(await horizonControl(), 'up to episode 5');
    expect(await horizonControl()).not.toHaveAccessibleDescription(/Set by the link/);
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('5');
    expectTitlesAbsent(numbers(6, EPISODE_COUNT));
  });

  it.each(['99', '-1', 'abc'])(
    'says ?seen=%s cannot be used and keeps the stored horizon, without repeating it',
    async (bad) => {
      localStorage.setItem(HORIZON_STORAGE_KEY, '3');
      renderWithClient(story({ search: `?seen=${bad}` }));
      const control = await horizonControl();
      expect(control).toHaveDisplayValue('up to episode 3');
      expect(control).toHaveAccessibleDescription(
        /gave a number of episodes this page does not know \(it must be from 0 to 13\)/,
      );
      // What the link said is never put on the page: a link could carry any text at all.
      expect(document.body).not.toHaveTextContent(`seen=${bad}`);
      await entryHeading(3);
    },
  );

  it('follows a horizon chosen in another tab', async () => {
    renderWithClient(story());
    await horizonControl();
    act(() => {
      localStorage.setItem(HORIZON_STORAGE_KEY, '2');
      window.dispatchEvent(
        new StorageEvent('storage', { key: HORIZON_STORAGE_KEY, newValue: '2' }),
      );
    });
    await entryHeading(2);
    expect(await horizonControl()).toHaveDisplayValue('up to episode 2');
  });

  it('works for the visit when storage throws on every access', async () => {
    const user = userEvent.setup();
    renderWithClient(story({ storage: blockedStorage() }));
    expect(screen.getByText(/lasts for this visit only/)).toBeInTheDocument();
    await user.selectOptions(await horizonControl(), 'up to episode 2');
    await entryHeading(2);
    expectTitlesAbsent(numbers(3, EPISODE_COUNT));
  });
});
