import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { synopsisLoaders } from '../../src/data/synopsis-registry.ts';
import { renderWithClient } from '../test-utils.tsx';
import {
  EPISODE_BUTTON,
  EPISODE_TEXT,
  PREMISE_BUTTON,
  PREMISE_TEXT,
  blockedStorage,
  controlledBy,
  liveRegionIn,
  story,
} from './spoilers-helpers.tsx';

function expectAbsent(sentences: readonly string[]) {
  for (const sentence of sentences) expect(document.body).not.toHaveTextContent(sentence);
}

describe('the spoiler gate', () => {
  it('starts with every level closed and none of the story in the document', () => {
    renderWithClient(story());
    const premise = screen.getByRole('button', { name: PREMISE_BUTTON });
    const episode = screen.getByRole('button', { name: EPISODE_BUTTON });
    for (const button of [premise, episode]) {
      expect(button).toHaveAttribute('aria-expanded', 'false');
      // The controlled panel exists (for aria-controls) but holds no text at all.
      expect(controlledBy(button).textContent).toBe('');
    }
    expect(screen.getByRole('switch', { name: 'Show all spoilers' })).not.toBeChecked();
    expectAbsent([...PREMISE_TEXT, ...EPISODE_TEXT]);
    // The non-spoiler tagline is the hero's; the story does not repeat it (#27).
    expect(screen.queryByText(/shared by humans and androids/)).not.toBeInTheDocument();
  });

  it('reveals one level with its sources, keeps focus on its button, and hides it again', async () => {
    const user = userEvent.setup();
    renderWithClient(story());
    const button = screen.getByRole('button', { name: PREMISE_BUTTON });

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Hide the premise');
    expect(button).toHaveFocus();

    const heading = await screen.findByRole('heading', { name: 'The premise', level: 3 });
    const panel = controlledBy(button);
    expect(panel).toContainElement(heading);
    for (const sentence of PREMISE_TEXT) expect(panel).toHaveTextContent(sentence);
    expect(within(panel).getByText(/partner/, { selector: 'p' })).toBeVisible();
    expect(
      within(panel).getByRole('link', { name: /Anime News Network, 2023-03-22/ }),
    ).toHaveAttribute('href', expect.stringContaining('animenewsnetwork.com') as string);
    // The stronger level is still closed.
    expectAbsent(EPISODE_TEXT);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleName(PREMISE_BUTTON);
    expect(button).toHaveFocus();
    expectAbsent(PREMISE_TEXT);
  });

  it('puts the revealed text into a polite live region that was empty before', async () => {
    const user = userEvent.setup();
    renderWithClient(story());
    const button = screen.getByRole('button', { name: EPISODE_BUTTON });
    const live = liveRegionIn(controlledBy(button));
    expect(live).toBeEmptyDOMElement();

    await user.click(button);
    await screen.findByRole('heading', { name: 'Episode 1' });
    for (const sentence of EPISODE_TEXT) expect(live).toHaveTextContent(sentence);
    expect(live).not.toHaveTextContent(/loading/i);
  });

  it('says it is loading until the chunk arrives', async () => {
    const user = userEvent.setup();
    const loaders = synopsisLoaders['metallic-rouge'] ?? {};
    const real = loaders.premise;
    let arrive: (() => void) | undefined;
    vi.spyOn(loaders, 'premise').mockImplementationOnce(() =>
      new Promise<void>((resolve) => {
        arrive = resolve;
      }).then(() => (real ? real() : Promise.reject(new Error('no loader')))),
    );
    renderWithClient(story());
    await user.click(screen.getByRole('button', { name: PREMISE_BUTTON }));
    expect(await screen.findByText('Loading the premise…')).toBeInTheDocument();
    expectAbsent(PREMISE_TEXT);

    arrive?.();
    await screen.findByRole('heading', { name: 'The premise' });
    expect(screen.queryByText('Loading the premise…')).not.toBeInTheDocument();
  });

  it('has a switch that shows every level and hides them all again', async () => {
    const user = userEvent.setup();
    renderWithClient(story());
    const all = screen.getByRole('switch', { name: 'Show all spoilers' });

    await user.click(all);
    expect(all).toBeChecked();
    expect(all).toHaveFocus();
    await screen.findByRole('heading', { name: 'The premise' });
    await screen.findByRole('heading', { name: 'Episode 1' });
    expect(screen.getByRole('button', { name: 'Hide the premise' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await user.click(all);
    expect(all).not.toBeChecked();
    expect(all).toHaveFocus();
    expectAbsent([...PREMISE_TEXT, ...EPISODE_TEXT]);
    expect(screen.getByRole('button', { name: EPISODE_BUTTON })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('keeps the switch off when the levels are opened one by one, and turns it off when one closes', async () => {
    const user = userEvent.setup();
    renderWithClient(story());
    const all = screen.getByRole('switch', { name: 'Show all spoilers' });
    await user.click(screen.getByRole('button', { name: PREMISE_BUTTON }));
    await user.click(screen.getByRole('button', { name: EPISODE_BUTTON }));
    // "All" would also reveal every episode; opening the two levels is not asking for that.
    expect(all).not.toBeChecked();
    await user.click(all);
    expect(all).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Hide the premise' }));
    expect(all).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Hide what happens in episode 1' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('opens with the keyboard alone', async () => {
    const user = userEvent.setup();
    renderWithClient(story());
    await user.tab();
    expect(screen.getByRole('switch', { name: 'Show all spoilers' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: PREMISE_BUTTON })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'The premise' });
    await user.tab({ shift: true });
    await user.keyboard(' ');
    await screen.findByRole('heading', { name: 'Episode 1' });
  });

  it('shows a designed error when the chunk fails, and "Try again" loads it', async () => {
    const user = userEvent.setup();
    const loaders = synopsisLoaders['metallic-rouge'] ?? {};
    vi.spyOn(loaders, 'premise').mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module'),
    );
    renderWithClient(story());
    const button = screen.getByRole('button', { name: PREMISE_BUTTON });

    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The premise could not be loaded');
    expect(alert).toHaveTextContent(/could not be downloaded/);
    expectAbsent(PREMISE_TEXT);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'The premise' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The "Try again" button is gone; focus went to the gate's button, not to <body>.
    expect(button).toHaveFocus();
  });

  it('still works, for this visit, when storage throws on every access', async () => {
    const user = userEvent.setup();
    renderWithClient(story({ storage: blockedStorage() }));
    expect(screen.getByText(/lasts for this visit only/)).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Show all spoilers' }));
    await screen.findByRole('heading', { name: 'Episode 1' });
    await user.click(screen.getByRole('button', { name: 'Hide what happens in episode 1' }));
    expectAbsent(EPISODE_TEXT);
  });
});
