import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HORIZON_STORAGE_KEY } from '../../src/features/spoilers/stores/horizon-store.ts';
import { SPOILER_STORAGE_KEY } from '../../src/features/spoilers/utils/spoiler-visibility.ts';
import { createTestQueryClient } from '../test-utils.tsx';
import {
  EPISODE_BUTTON,
  EPISODE_TEXT,
  PREMISE_BUTTON,
  PREMISE_TEXT,
  story,
  watchEpisodeLoads,
} from './spoilers-helpers.tsx';

function withClient(ui: ReactElement): ReactElement {
  return <QueryClientProvider client={createTestQueryClient()}>{ui}</QueryClientProvider>;
}

/** Renders over the build's HTML, as src/main.tsx renders each island. */
function goLive(container: HTMLElement, ui: ReactElement) {
  return render(ui, { container });
}

describe('the pre-rendered story', { timeout: 30_000 }, () => {
  it('has every gate closed and no story text, even for a visitor who chose to see it', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise episode-1');
    // eslint-disable-next-line testing-library/render-result-naming-convention -- React's server renderer, not Testing Library's
    const markup = renderToString(withClient(story({ search: '?spoilers=show' })));
    for (const sentence of [...PREMISE_TEXT, ...EPISODE_TEXT]) {
      expect(markup).not.toContain(sentence);
    }
    expect(markup).toContain(
      '<noscript><p class="mt-2 font-semibold text-ink">Revealing the story needs JavaScript.</p></noscript>',
    );

    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    for (const name of [PREMISE_BUTTON, EPISODE_BUTTON]) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-expanded', 'false');
    }
    expect(screen.getByRole('switch', { name: 'Show all spoilers' })).not.toBeChecked();
    container.remove();
  });

  it('goes live over the pre-rendered HTML and opens the gates the visitor chose', async () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise');
    const container = document.createElement('div');
    container.innerHTML = renderToString(withClient(story()));
    document.body.append(container);
    // The pre-rendered placeholder that CSS shows instead of the closed button until live.
    expect(container).toHaveTextContent('Loading the story…');

    const { unmount } = goLive(container, withClient(story()));
    expect(screen.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(container).not.toHaveTextContent('Loading the story…');
    await screen.findByRole('heading', { name: 'The premise' });
    unmount();
    container.remove();
  });

  it('shows no episode and no horizon control, whatever horizon the visitor has', () => {
    const loaded = watchEpisodeLoads();
    localStorage.setItem(HORIZON_STORAGE_KEY, '13');
    // eslint-disable-next-line testing-library/render-result-naming-convention -- React's server renderer, not Testing Library's
    const markup = renderToString(withClient(story({ search: '?seen=13' })));
    // The episode part and its control load once live: not even their heading is here.
    for (const forbidden of [
      'Code Eve',
      'コード・イヴ',
      'Crimson Is the Sound of Dawn',
      '<select',
      'Episode by episode',
    ]) {
      expect(markup).not.toContain(forbidden);
    }
    expect(loaded).toEqual([]);
  });

  it('goes live over the pre-rendered HTML and opens up to the visitor’s horizon', async () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '2');
    const container = document.createElement('div');
    container.innerHTML = renderToString(withClient(story()));
    document.body.append(container);

    const { unmount } = goLive(container, withClient(story()));
    await screen.findByRole('combobox', { name: 'I have seen' });
    expect(screen.queryByRole('button', { name: PREMISE_BUTTON })).not.toBeInTheDocument();
    await screen.findByRole('heading', { name: 'The premise' });
    await screen.findByRole('article', { name: /^Episode 2: Wander in the Labyrinth/ });
    expect(container).not.toHaveTextContent('Loading the story…');
    unmount();
    container.remove();
  });
});
