import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import { renderWithClient } from '../test-utils.tsx';
import { PREMIERE_MS, Release, visitFrom } from './release-helpers.tsx';
import { EPISODE_TEXT, PREMISE_TEXT, story } from './spoilers-helpers.tsx';

const DAY = 86_400_000;
const BEFORE_PREMIERE = PREMIERE_MS - 3 * DAY;
/** Saturday 10 February 2024: five episodes have aired, episode 6 is next. */
const MID_RUN = Date.parse('2024-02-10T12:00:00Z');
const AFTER_RUN = Date.parse('2026-11-25T12:00:00Z');
const COUNT_TO_KEY = 'metallic-rouge:count-to';

// Before visitFrom: fake timers replace Intl too, and put back on leaving whatever was there.
beforeEach(() => {
  vi.useFakeTimers();
});

/** The release section at `instant`, the clock and its timers fake. */
function releaseAt(instant: number) {
  vi.setSystemTime(instant);
  return render(<Release />);
}

const premiereTimes = () => screen.queryByRole('region', { name: /^When the premiere airs/ });
const countToChoice = () => screen.queryByRole('group', { name: 'Count down to' });
const crunchyrollChoice = () => screen.getByRole('radio', { name: 'The release on Crunchyroll' });
const tvChoice = () => screen.getByRole('radio', { name: 'The TV broadcast in Japan' });

describe('the count-to choice (#27 items 1 and 3)', () => {
  it('announces no start when the visitor switches what the countdown counts to', () => {
    releaseAt(BEFORE_PREMIERE);
    fireEvent.click(crunchyrollChoice());
    expect(screen.getByRole('timer', { name: 'Time left until episode 1' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    fireEvent.click(tvChoice());
    expect(screen.getByRole('timer', { name: 'Time left until the premiere' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('is offered while there is something to count to, and not once the run is over', () => {
    const { unmount } = releaseAt(MID_RUN);
    expect(countToChoice()).toBeInTheDocument();
    unmount();
    releaseAt(AFTER_RUN);
    expect(screen.getByText(/All 13 episodes have aired/)).toBeInTheDocument();
    expect(countToChoice()).not.toBeInTheDocument();
  });
});

describe('the premiere’s own times (#27 item 2)', () => {
  it('show, under a heading, only until the premiere has begun', () => {
    const { unmount } = releaseAt(BEFORE_PREMIERE);
    const times = premiereTimes();
    expect(times).toBeInTheDocument();
    expect(within(times!).getByText('Tokyo time')).toBeInTheDocument();
    expect(within(times!).getByText('Your time')).toBeInTheDocument();
    unmount();
    const view = releaseAt(MID_RUN);
    expect(premiereTimes()).not.toBeInTheDocument();
    view.unmount();
    releaseAt(AFTER_RUN);
    expect(premiereTimes()).not.toBeInTheDocument();
  });

  it('follow the choice: counting to Crunchyroll gives the stream’s times instead', () => {
    releaseAt(BEFORE_PREMIERE);
    fireEvent.click(crunchyrollChoice());
    expect(premiereTimes()).not.toBeInTheDocument();
    expect(screen.getByText(/Thursday 11 January 2024, 03:25 Tokyo time/)).toBeInTheDocument();
    fireEvent.click(tvChoice());
    expect(premiereTimes()).toBeInTheDocument();
  });
});

describe('the headline date for Crunchyroll (#27 item 4)', () => {
  it.each([
    ['America/New_York', 'Streams 14 February 2024'],
    ['Europe/Paris', 'Streams 14 February 2024'],
    ['Pacific/Auckland', 'Streams 15 February 2024'],
  ])('is the visitor’s own day (%s)', (zone, headline) => {
    visitFrom(zone);
    localStorage.setItem(COUNT_TO_KEY, 'crunchyroll');
    releaseAt(MID_RUN);
    expect(screen.getByText(/^Streams/)).toHaveTextContent(headline);
    expect(screen.getByText(/Crunchyroll, your day/)).toHaveTextContent(zone);
  });

  it('stays Tokyo’s day for the TV broadcast in Japan', () => {
    visitFrom('America/New_York');
    releaseAt(MID_RUN);
    expect(screen.getByText(/^Airs/)).toHaveTextContent('Airs 15 February 2024');
  });
});

describe('where to watch (#27 item 5)', () => {
  it('gives Crunchyroll’s time, as the episode guide does, with its sources', () => {
    releaseAt(AFTER_RUN);
    const where = screen.getByRole('region', { name: 'Where to watch' });
    expect(where).toHaveTextContent(/18:25 UTC/);
    expect(where).not.toHaveTextContent(/none is given/i);
    expect(within(where).getByRole('link', { name: /Crunchyroll \(data\)/ })).toBeInTheDocument();
  });
});

describe('the episode guide for a visitor in Japan (#27 item 12)', () => {
  it('says the broadcast is at the same time as in Tokyo instead of repeating it', () => {
    visitFrom('Asia/Tokyo');
    releaseAt(AFTER_RUN);
    const guide = screen.getByRole('table', { name: /episode/i });
    const rows = within(guide).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      const [, where] = within(row).getAllByRole('cell');
      expect(where).toHaveTextContent('Same as Tokyo time');
    }
  });

  it('gives a visitor elsewhere their own times', () => {
    visitFrom('Europe/London');
    releaseAt(AFTER_RUN);
    const guide = screen.getByRole('table', { name: /episode/i });
    expect(within(guide).queryByText('Same as Tokyo time')).not.toBeInTheDocument();
  });
});

describe('"I have seen" mid-run (#27 item 12)', () => {
  it('offers only the episodes that have aired, and a stored horizon past them counts as all of those', async () => {
    // Only the date: the episode modules load on real timers.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MID_RUN);
    const storage = createSafeStorage();
    storage.set('metallic-rouge:seen', '9');
    renderWithClient(story({ storage }));
    const control = await screen.findByRole('combobox', { name: 'I have seen' });
    expect(
      within(control)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'nothing yet',
      'up to episode 1',
      'up to episode 2',
      'up to episode 3',
      'up to episode 4',
      'up to episode 5',
    ]);
    expect(control).toHaveDisplayValue('up to episode 5');
  });
});

describe('the page’s words (#27 item 12)', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('use curly quotes and apostrophes throughout, every spoiler shown', async () => {
    localStorage.setItem('metallic-rouge:spoilers', 'premise episode-1 all');
    renderWithClient(<App />);
    await screen.findByRole('heading', { level: 1 });
    // Every episode's entry, and both story levels, loaded.
    await waitFor(
      () => {
        expect(screen.getAllByRole('heading', { level: 4, name: /^Episode \d+:/ })).toHaveLength(
          13,
        );
        expect(screen.getByText(PREMISE_TEXT[0] ?? '')).toBeInTheDocument();
        expect(screen.getByText(EPISODE_TEXT[0] ?? '')).toBeInTheDocument();
      },
      { timeout: 30_000 },
    );
    const text = document.body.textContent;
    expect(text.match(/.{0,30}['"].{0,30}/g) ?? []).toEqual([]);
  });

  it('say what the show is once, in the hero, not again over the story', async () => {
    renderWithClient(<App />);
    await screen.findByRole('heading', { level: 1 });
    expect(document.body.textContent.split(metallicRouge.tagline)).toHaveLength(2);
  });
});
