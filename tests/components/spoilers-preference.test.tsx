import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPOILER_STORAGE_KEY } from '../../src/features/spoilers/utils/spoiler-visibility.ts';
import { renderWithClient } from '../test-utils.tsx';
import { EPISODE_BUTTON, PREMISE_BUTTON, story } from './spoilers-helpers.tsx';

describe('the remembered spoiler choice', () => {
  it('is stored when the visitor reveals a level and restored on the next visit', async () => {
    const user = userEvent.setup();
    const view = renderWithClient(story());
    await user.click(screen.getByRole('button', { name: PREMISE_BUTTON }));
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('premise');
    view.unmount();

    renderWithClient(story());
    expect(screen.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await screen.findByRole('heading', { name: 'The premise' });
    expect(screen.getByRole('button', { name: EPISODE_BUTTON })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByText(/lasts for this visit only/)).not.toBeInTheDocument();
  });

  it('stores hiding too', async () => {
    const user = userEvent.setup();
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise episode-1 all');
    renderWithClient(story());
    await user.click(screen.getByRole('switch', { name: 'Show all spoilers' }));
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('');
  });

  it('follows ?spoilers=show for the visit without storing it', async () => {
    renderWithClient(story({ search: '?spoilers=show' }));
    expect(screen.getByRole('switch', { name: 'Show all spoilers' })).toBeChecked();
    await screen.findByRole('heading', { name: 'Episode 1' });
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBeNull();
  });

  it('follows ?spoilers=hide over a stored "shown"', () => {
    localStorage.setItem(SPOILER_STORAGE_KEY, 'premise episode-1');
    renderWithClient(story({ search: '?spoilers=hide' }));
    expect(screen.getByRole('button', { name: PREMISE_BUTTON })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('premise episode-1');
  });

  it('stores only the level the visitor pressed while a link overrides', async () => {
    const user = userEvent.setup();
    renderWithClient(story({ search: '?spoilers=show' }));
    await user.click(screen.getByRole('button', { name: 'Hide what happens in episode 1' }));
    // The link opened the premise; that was not the visitor's choice, so it is not stored.
    expect(localStorage.getItem(SPOILER_STORAGE_KEY)).toBe('');
    expect(screen.getByRole('button', { name: 'Hide the premise' })).toBeInTheDocument();
  });
});
