import { QueryClientProvider } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
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

/** Hydrates like the page's island, inside act(), and lets what it renders once live settle. */
async function hydrate(container: HTMLElement, ui: ReactElement): Promise<Root> {
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, ui);
    await Promise.resolve();
  });
  await act(async () => {
    await Promise.resolve();
  });
  if (!root) throw new Error('hydrateRoot gave no root');
  return root;
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

  it('hydrates without a mismatch, then opens the gates the visitor chose', async () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise');
    const container = document.createElement('div');
    container.innerHTML = renderToString(withClient(story()));
    document.body.append(container);
    // The pre-rendered placeholder that CSS shows instead of the closed button until hydration.
    expect(container).toHaveTextContent('Loading the story…');

    // A hydration mismatch would be logged with console.error, which fails the test (tests/setup.ts).
    const root = await hydrate(container, withClient(story()));
    expect(screen.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(container).not.toHaveTextContent('Loading the story…');
    await screen.findByRole('heading', { name: 'The premise' });
    act(() => {
      root.unmount();
    });
    container.remove();
  });

  it('shows no episode and no horizon control, whatever horizon the visitor has', () => {
    const loaded = watchEpisodeLoads();
    localStorage.setItem(HORIZON_STORAGE_KEY, '13');
    // eslint-disable-next-line testing-library/render-result-naming-convention -- React's server renderer, not Testing Library's
    const markup = renderToString(withClient(story({ search: '?seen=13' })));
    // The episode part and its control load after hydration: not even their heading is here.
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

  it('hydrates a visitor with a horizon without a mismatch, then opens up to it', async () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '2');
    const container = document.createElement('div');
    container.innerHTML = renderToString(withClient(story()));
    document.body.append(container);

    const root = await hydrate(container, withClient(story()));
    await screen.findByRole('combobox', { name: 'I have seen' });
    expect(screen.queryByRole('button', { name: PREMISE_BUTTON })).not.toBeInTheDocument();
    await screen.findByRole('heading', { name: 'The premise' });
    await screen.findByRole('article', { name: /^Episode 2: Wander in the Labyrinth/ });
    expect(container).not.toHaveTextContent('Loading the story…');
    act(() => {
      root.unmount();
    });
    container.remove();
  });
});
