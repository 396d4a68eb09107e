import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { episodeLoaders } from '../../src/data/episode-registry.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import {
  EpisodeTitleGate,
  SeenEpisodeTitle,
} from '../../src/features/spoilers/components/episode-title.tsx';
import { HorizonControl } from '../../src/features/spoilers/components/horizon-control.tsx';
import { ALL_SHOWN } from '../../src/features/spoilers/utils/spoiler-visibility.ts';
import { episode as episode8 } from '../../src/data/episodes/metallic-rouge-episode-08.ts';
import { episode as episode9 } from '../../src/data/episodes/metallic-rouge-episode-09.ts';
import { episode as episode10 } from '../../src/data/episodes/metallic-rouge-episode-10.ts';
import { createTestQueryClient, renderWithClient } from '../test-utils.tsx';
import { controlledBy, visitorStores, watchEpisodeLoads, withStores } from './spoilers-helpers.tsx';

function renderTitle(episodeNumber: number, options: Parameters<typeof visitorStores>[0] = {}) {
  const stores = visitorStores(options);
  renderWithClient(
    withStores(stores, <EpisodeTitleGate show={metallicRouge} episodeNumber={episodeNumber} />),
  );
  return stores;
}

const japanese = (text: string) => screen.getByText(text, { selector: '[lang="ja"]' });

describe('an episode title past the horizon', { timeout: 30_000 }, () => {
  it('says the title is hidden, downloads nothing, and offers that one title', async () => {
    const loaded = watchEpisodeLoads();
    renderTitle(9, { search: '?seen=4' });
    const show = await screen.findByRole('button', { name: 'Show the title of episode 9' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Title hidden')).toBeVisible();
    expect(document.body).not.toHaveTextContent(episode9.title.english);
    expect(loaded).toEqual([]);
  });

  it('loads and shows only that episode when asked, keeping focus on its button', async () => {
    const user = userEvent.setup();
    const loaded = watchEpisodeLoads();
    renderTitle(9);
    await user.click(await screen.findByRole('button', { name: 'Show the title of episode 9' }));

    expect(await screen.findByText(episode9.title.english)).toBeVisible();
    expect(japanese(episode9.title.japanese)).toBeVisible();
    const hide = screen.getByRole('button', { name: 'Hide the title of episode 9' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveFocus();
    expect(loaded).toEqual([9]);

    await user.click(hide);
    expect(screen.getByRole('button', { name: 'Show the title of episode 9' })).toHaveFocus();
    expect(document.body).not.toHaveTextContent(episode9.title.english);
    expect(screen.getByText('Title hidden')).toBeVisible();
  });

  it('announces the title it reveals through a polite live region', async () => {
    const user = userEvent.setup();
    renderTitle(9);
    const button = await screen.findByRole('button', { name: 'Show the title of episode 9' });
    const region = controlledBy(button);
    expect(region).toHaveAttribute('aria-live', 'polite');
    await user.click(button);
    await screen.findByText(episode9.title.english);
    expect(region).toHaveTextContent(episode9.title.english);
  });

  it('says when the title could not be loaded, and "Try again" loads it', async () => {
    const user = userEvent.setup();
    const loaders = episodeLoaders['metallic-rouge'] ?? {};
    vi.spyOn(loaders, 9).mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module'),
    );
    renderTitle(9);
    await user.click(await screen.findByRole('button', { name: 'Show the title of episode 9' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The title of episode 9 could not be loaded.',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(episode9.title.english)).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('an episode title within the horizon', { timeout: 30_000 }, () => {
  it('shows the English and Japanese titles without a button', async () => {
    const loaded = watchEpisodeLoads();
    renderTitle(9, { search: '?seen=9' });
    expect(await screen.findByText(episode9.title.english)).toBeVisible();
    expect(japanese(episode9.title.japanese)).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/one source/)).not.toBeInTheDocument();
    expect(loaded).toEqual([9]);
  });

  it('marks each title that rests on one source', async () => {
    renderTitle(8, { search: '?seen=8' });
    await screen.findByText(episode8.title.english);
    expect(episode8.title.singleSource).toEqual(['japanese']);
    expect(screen.getAllByText('(found in one source only)')).toHaveLength(1);
    const { english, japanese: credited } = episode8.title;
    expect(document.body).toHaveTextContent(`${english} ${credited} (found in one source only)`);
  });

  it('marks both titles where both rest on one source', async () => {
    renderTitle(10, { search: '?seen=13' });
    await screen.findByText(episode10.title.english);
    expect(screen.getAllByText('(found in one source only)')).toHaveLength(2);
  });

  it('appears once the horizon moves past it, and goes when it moves back', async () => {
    const { horizon } = renderTitle(6);
    await screen.findByRole('button', { name: 'Show the title of episode 6' });
    act(() => {
      horizon.set(6);
    });
    expect(await screen.findByText('Nameless Guest')).toBeVisible();
    act(() => {
      horizon.set(5);
    });
    expect(screen.queryByText('Nameless Guest')).not.toBeInTheDocument();
    expect(screen.getByText('Title hidden')).toBeVisible();
  });

  it('shows every title while "Show all spoilers" is on', async () => {
    const { spoilers } = renderTitle(13);
    await screen.findByRole('button', { name: 'Show the title of episode 13' });
    act(() => {
      spoilers.set(ALL_SHOWN);
    });
    expect(await screen.findByText('Code Eve')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('beside a horizon control, as in an episode guide', { timeout: 30_000 }, () => {
  it('follows the control', async () => {
    const user = userEvent.setup();
    renderWithClient(
      withStores(
        visitorStores(),
        <>
          <HorizonControl show={metallicRouge} />
          <EpisodeTitleGate show={metallicRouge} episodeNumber={9} />
        </>,
      ),
    );
    await screen.findByRole('button', { name: 'Show the title of episode 9' });
    // Until its code has arrived the control is a disabled stand-in with no episodes to choose.
    await screen.findByRole('option', { name: 'up to episode 9' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'I have seen' }),
      'up to episode 9',
    );
    expect(await screen.findByText(episode9.title.english)).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('a title only if seen, as in the episode guide', { timeout: 30_000 }, () => {
  it('shows a seen title, and for one past the horizon nothing at all and loads nothing', async () => {
    const loaded = watchEpisodeLoads();
    renderWithClient(
      withStores(
        visitorStores({ search: '?seen=8' }),
        <ol>
          <li>
            <SeenEpisodeTitle show={metallicRouge} episodeNumber={8} />
          </li>
          <li data-testid="episode-9">
            <SeenEpisodeTitle show={metallicRouge} episodeNumber={9} />
          </li>
        </ol>,
      ),
    );
    expect(await screen.findByText(episode8.title.english)).toBeVisible();
    expect(screen.getByTestId('episode-9')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(loaded).toEqual([8]);
  });
});

describe('the pre-rendered title', () => {
  it('is nothing at all for every visitor, and loads nothing', () => {
    const loaded = watchEpisodeLoads();
    const stores = visitorStores({ search: '?seen=13' });
    // eslint-disable-next-line testing-library/render-result-naming-convention -- React's server renderer, not Testing Library's
    const markup = renderToString(
      <QueryClientProvider client={createTestQueryClient()}>
        {withStores(stores, <SeenEpisodeTitle show={metallicRouge} episodeNumber={13} />)}
      </QueryClientProvider>,
    );
    expect(markup).toBe('');
    expect(loaded).toEqual([]);
  });
});
