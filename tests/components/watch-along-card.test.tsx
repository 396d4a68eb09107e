import { act, fireEvent, render, screen } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import {
  HORIZON_STORAGE_KEY,
  createHorizonStore,
} from '../../src/features/spoilers/stores/horizon-store.ts';
import { WatchAlongCard } from '../../src/features/watch-along/components/watch-along-card.tsx';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import { ZONE_KEY } from '../../src/lib/time/use-visitor-zone.ts';
import { usePreference } from '../../src/lib/use-preference.ts';
import { readWatchLink } from '../../src/features/watch-along/utils/watch-link.ts';
import { clearBoot, runBoot } from '../boot-helpers.ts';
import { readBlob } from '../test-utils.tsx';

const LINK = '?watch=2026-12-12T03:00Z&episodes=5-6&name=Rouge%20night';
const START_MS = Date.parse('2026-12-12T03:00:00Z');

function tick(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function renderCard(search: string, { at = START_MS - 86_400_000, visit = 4, own = 4 } = {}) {
  vi.setSystemTime(at);
  const reading = readWatchLink(search, 13);
  if (!reading) throw new Error('the address has a watch-along');
  const onUseOwnHorizon = vi.fn();
  const onMarkSeen = vi.fn();
  render(
    <WatchAlongCard
      show={metallicRouge}
      reading={reading}
      visitHorizon={visit}
      ownHorizon={own}
      onUseOwnHorizon={onUseOwnHorizon}
      onMarkSeen={onMarkSeen}
    />,
  );
  return { onUseOwnHorizon, onMarkSeen };
}

afterEach(clearBoot);

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.setItem(ZONE_KEY, 'Asia/Kathmandu');
});

describe('a watch-along card before the start', () => {
  it('names the group and the episodes by number, and the start on the visitor’s clock', () => {
    renderCard(LINK);
    expect(screen.getByRole('heading', { name: 'Rouge night' })).toBeInTheDocument();
    expect(screen.getByText('Episodes 5–6')).toBeInTheDocument();
    // 03:00 UTC is 08:45 in Kathmandu (+5:45).
    const start = screen.getByText(/Kathmandu time, UTC\+5:45/);
    expect(start).toHaveTextContent(/December 12, 2026|12 December 2026/);
    expect(start).toHaveTextContent(/8:45|08:45/);
    // Titles would spoil: none is shown, not even the first episode's.
    expect(screen.queryByText(/Carnival|Nameless/)).not.toBeInTheDocument();
    expect(document.title).not.toContain('Rouge night');
  });

  it('counts down to the second in a timer that does not speak by itself, and pauses', () => {
    renderCard(LINK, { at: START_MS - (86_400_000 + 2 * 3600_000 + 3 * 60_000 + 4_000) });
    const timer = screen.getByRole('timer', { name: 'Time left until the watch-along' });
    expect(timer).toHaveTextContent('1 day, 2 hours, 3 minutes and 4 seconds');
    expect(timer).not.toHaveAttribute('aria-live');
    tick(1000);
    expect(timer).toHaveTextContent('3 minutes and 3 seconds');
    fireEvent.click(screen.getByRole('button', { name: 'Pause the countdown' }));
    tick(5000);
    expect(timer).toHaveTextContent('3 minutes and 3 seconds');
    expect(screen.getByText(/Paused/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume the countdown' })).toBeInTheDocument();
  });

  it('says so when it starts during the visit, once, and then how long ago it started', () => {
    renderCard(LINK, { at: START_MS - 2000 });
    expect(screen.getByRole('status')).toHaveTextContent('');
    tick(3000);
    expect(screen.getByRole('status')).toHaveTextContent('The watch-along has started.');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText(/On now — started just now/)).toBeInTheDocument();
    tick(12 * 60_000);
    expect(screen.getByText('On now — started 12 minutes ago')).toBeInTheDocument();
  });

  it('points to Crunchyroll’s series page', () => {
    renderCard(LINK);
    expect(screen.getByRole('link', { name: /Watch on Crunchyroll/ })).toHaveAttribute(
      'href',
      'https://www.crunchyroll.com/series/G24H1NWMJ/metallic-rouge',
    );
  });
});

describe('after the watch-along', () => {
  it('says it ended, never a negative time, and marks the episodes as seen in one press', () => {
    // Two episodes of 23 minutes: over 46 minutes after the start.
    const { onMarkSeen } = renderCard(LINK, { at: START_MS + 46 * 60_000, own: 2 });
    expect(screen.getByText('Ended')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByText(/-\d/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mark episodes 5–6 as seen' }));
    expect(onMarkSeen).toHaveBeenCalledWith(6);
    expect(screen.getByText(/now shows everything up to episode 6/)).toBeInTheDocument();
  });

  it('offers no marking to a visitor who has seen further already', () => {
    renderCard(LINK, { at: START_MS + 3600_000, own: 8 });
    expect(screen.queryByRole('button', { name: /as seen/ })).not.toBeInTheDocument();
  });
});

describe('the group’s horizon', () => {
  it('offers a visitor who has seen further their own horizon, in one press', () => {
    const { onUseOwnHorizon } = renderCard(LINK, { visit: 4, own: 9 });
    expect(screen.getByText(/hides everything after episode 4/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show up to my own episode 9 instead' }));
    expect(onUseOwnHorizon).toHaveBeenCalledOnce();
  });

  it('offers nothing to a visitor who has seen less than the group', () => {
    renderCard(LINK, { visit: 4, own: 3 });
    expect(screen.queryByRole('button', { name: /my own episode/ })).not.toBeInTheDocument();
  });

  it('works with the page’s horizon store: group first, own on request, seen when marked', () => {
    localStorage.setItem(HORIZON_STORAGE_KEY, '9');
    // As on the page: boot.js reads the link before the store is made.
    runBoot(LINK);
    const store = createHorizonStore(13, createSafeStorage(), () => LINK);
    const reading = readWatchLink(LINK, 13);
    if (!reading) throw new Error('a watch-along');
    function Wired() {
      const { value, stored } = usePreference(store);
      return (
        <>
          <p>Showing up to episode {value}</p>
          <WatchAlongCard
            show={metallicRouge}
            reading={reading!}
            visitHorizon={value}
            ownHorizon={stored}
            onUseOwnHorizon={store.followStored}
            onMarkSeen={store.set}
          />
        </>
      );
    }
    vi.setSystemTime(START_MS - 60_000);
    render(<Wired />);
    expect(screen.getByText('Showing up to episode 4')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /my own episode 9/ }));
    expect(screen.getByText('Showing up to episode 9')).toBeInTheDocument();
    expect(localStorage.getItem(HORIZON_STORAGE_KEY)).toBe('9');
  });
});

describe('links that cannot be used as they are', () => {
  it.each([
    ['?watch=soon&episodes=5', /start time .* cannot be read/],
    ['?watch=2026-12-12T03:00Z&episodes=6-5', /run backwards, from 6 to 5/],
    ['?watch=2026-12-12T03:00Z&episodes=12-14', /does not have/],
  ])('shows only a note for %s', (search, note) => {
    renderCard(search);
    expect(screen.getByRole('note')).toHaveTextContent(note);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('shows a hostile name as plain text, without its direction overrides', () => {
    renderCard('?watch=2026-12-12T03:00Z&episodes=5&name=%E2%80%AEthgin%20eguoR%E2%81%A6');
    expect(screen.getByRole('heading', { name: 'thgin eguoR' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/control characters were taken out/);
  });

  it('leaves out a name carrying markup, keeps the card, and never renders the markup', () => {
    renderCard(
      `?watch=2026-12-12T03:00Z&episodes=5&name=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    expect(screen.getByRole('heading', { name: 'Metallic Rouge together' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/looks like web page code/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
  });

  it('cuts a 500-character name and says so', () => {
    renderCard(`?watch=2026-12-12T03:00Z&episodes=5&name=${'n'.repeat(500)}`);
    expect(screen.getByRole('heading')).toHaveTextContent(new RegExp(`^n{80}$`));
    expect(screen.getByRole('note')).toHaveTextContent(/only its first 80 characters/);
  });
});

describe('the calendar file', () => {
  it('holds the start, the length of both episodes, the link and no title', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:watch-along';
      },
      revokeObjectURL: vi.fn(),
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    window.history.replaceState(null, '', `/base/${LINK}`);
    renderCard(LINK);
    fireEvent.click(screen.getByRole('button', { name: /Add to calendar/ }));
    await vi.waitFor(() => {
      expect(blobs).toHaveLength(1);
    });
    expect(names).toEqual(['metallic-rouge-watch-along-2026-12-12-episodes-5-6.ics']);
    // jsdom's FileReader reports back on a timer.
    vi.useRealTimers();
    const text = await readBlob(blobs[0]);
    const event = new ICAL.Event(
      ICAL.Component.fromString(text).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-12T03:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-12T03:46:00.000Z');
    expect(event.summary).toBe('Rouge night: Metallic Rouge, episodes 5–6');
    expect(event.description).toContain(`http://localhost:3000/base/${LINK}`);
    expect(event.description).toContain('22 min 50 s');
    expect(event.description).toContain(
      'https://www.crunchyroll.com/series/G24H1NWMJ/metallic-rouge',
    );
    expect(text).not.toMatch(/Carnival|Nameless/);
    window.history.replaceState(null, '', '/');
  });
});
