import { fireEvent, render, screen, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { PREMIERE_MS, Release, showWithPremiere, tick, visitFrom } from './release-helpers.tsx';
import { readBlob } from '../test-utils.tsx';

beforeEach(() => {
  vi.useFakeTimers();
});

function renderAt(instant: string | number, show = metallicRouge) {
  vi.setSystemTime(instant);
  return render(<Release show={show} />);
}

describe('a premiere known only to the month', () => {
  const show = showWithPremiere('month', '2023-12-31T15:00:00Z');

  it('states the month honestly and the least time left, without invented seconds', () => {
    renderAt('2023-12-19T09:00:00Z', show);
    expect(screen.getByText(/January 2024/, { selector: 'time' })).toBeInTheDocument();
    expect(screen.getByText('Exact date not announced')).toBeInTheDocument();
    expect(screen.getByText('at least 12 days')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /add to calendar/i })).not.toBeInTheDocument();
    expect(screen.queryByText(/Your time/)).not.toBeInTheDocument();
  });

  it('says it could be any day once the month has begun, and that it passed after', () => {
    renderAt('2024-01-05T00:00:00Z', show);
    expect(screen.getByText(/any day now/)).toBeInTheDocument();
    expect(screen.queryByText(/^Premiered/)).not.toBeInTheDocument();
    vi.setSystemTime('2024-01-31T14:59:59Z');
    tick(1000);
    expect(screen.getByText(/window has passed/)).toBeInTheDocument();
    expect(screen.getByText(/Was expected/)).toHaveTextContent('Was expected January 2024');
  });

  it('counts down to the least time in hours once under a day', () => {
    renderAt('2023-12-31T09:30:00Z', show);
    expect(screen.getByText('at least 5 hours')).toBeInTheDocument();
  });
});

describe('other precisions', () => {
  it('season: "Winter 2024" from a December start', () => {
    renderAt('2023-11-01T00:00:00Z', showWithPremiere('season', '2023-11-30T15:00:00Z'));
    expect(screen.getByText('Winter 2024', { selector: 'time' })).toBeInTheDocument();
    expect(screen.getByText('at least 29 days')).toBeInTheDocument();
  });

  it('year: just the year', () => {
    renderAt('2023-06-01T00:00:00Z', showWithPremiere('year', '2023-12-31T15:00:00Z'));
    expect(screen.getByText('2024', { selector: 'time' })).toBeInTheDocument();
    expect(screen.getByText(/^at least \d+ days$/)).toBeInTheDocument();
  });

  it('day: the date without a time, and premiered once the day is over', () => {
    const show = showWithPremiere('day', '2024-01-10T15:00:00Z');
    renderAt('2024-01-11T03:00:00Z', show);
    expect(screen.getByText(/premiere day/)).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    vi.setSystemTime('2024-01-11T14:59:59Z');
    tick(1000);
    expect(screen.getByText(/^Premiered/)).toHaveTextContent('Premiered 11 January 2024');
  });
});

// The premiere's times show until it has begun.
const BEFORE_PREMIERE = PREMIERE_MS - 3 * 86_400_000;

describe('time zones', () => {
  // jsdom's browser is en-US: the visitor's side reads the American way, Tokyo's stays 24-hour.
  const cases = [
    ['Asia/Tokyo', 'Same as Tokyo time'],
    ['America/Los_Angeles', 'Wednesday, January 10, 2024 at 7:55 AM'],
    ['Pacific/Chatham', 'Thursday, January 11, 2024 at 5:40 AM'],
    ['Asia/Kathmandu', 'Wednesday, January 10, 2024 at 9:40 PM'],
    ['America/St_Johns', 'Wednesday, January 10, 2024 at 12:25 PM'],
  ] as const;

  it.each(cases)('shows the premiere in Tokyo time and for a visitor in %s', (zone, local) => {
    visitFrom(zone);
    renderAt(BEFORE_PREMIERE);
    // The guide below says "Same as Tokyo time" too, for a visitor in Tokyo.
    const premiere = within(screen.getByRole('region', { name: /^When the premiere airs/ }));
    expect(premiere.getByText('Tokyo time')).toBeInTheDocument();
    expect(screen.getByText('Thursday 11 January 2024, 00:55')).toBeInTheDocument();
    expect(screen.getByText('Asia/Tokyo, UTC+9')).toBeInTheDocument();
    expect(screen.getByText('Your time')).toBeInTheDocument();
    expect(premiere.getByText(local)).toBeInTheDocument();
    if (zone !== 'Asia/Tokyo') {
      expect(screen.getByText(new RegExp(`${zone}, UTC[+−]`))).toBeInTheDocument();
    }
  });

  it.each([
    ['Pacific/Chatham', 'UTC+13:45'],
    ['Asia/Kathmandu', 'UTC+5:45'],
    ['America/St_Johns', 'UTC−3:30'],
  ])('names the offset of an unusual zone: %s', (zone, offset) => {
    visitFrom(zone);
    renderAt(BEFORE_PREMIERE);
    expect(screen.getByText(`${zone}, ${offset}`, { exact: false })).toBeInTheDocument();
  });

  it.each([
    ['before', '2024-03-06T15:55:00Z', 'Wednesday, March 6, 2024 at 7:55 AM', 'UTC−8'],
    ['after', '2024-03-13T15:55:00Z', 'Wednesday, March 13, 2024 at 8:55 AM', 'UTC−7'],
  ])(
    'follows Los Angeles across its change to summer time (%s 10 March 2024)',
    (_, start, local, offset) => {
      visitFrom('America/Los_Angeles');
      renderAt(Date.parse(start) - 86_400_000, showWithPremiere('minute', start));
      expect(screen.getByText(local)).toBeInTheDocument();
      expect(
        screen.getByText(`America/Los_Angeles, ${offset}`, { exact: false }),
      ).toBeInTheDocument();
    },
  );

  it('explains the late-night notation once', () => {
    renderAt(BEFORE_PREMIERE);
    const notes = screen.getAllByText(/listed as 24:55/);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent(
      'listed as 24:55 on Wednesday 10 January 2024. On an ordinary clock that is 00:55 on Thursday 11 January 2024.',
    );
  });
});

describe('around the countdown', () => {
  it('lists where to watch, each with its sources', () => {
    renderAt('2026-11-25T12:00:00Z');
    const block = screen.getByRole('region', { name: 'Where to watch' });
    expect(block).toHaveTextContent('Fuji TV (+Ultra block)');
    expect(block).toHaveTextContent('BS Fuji');
    expect(block).toHaveTextContent('Crunchyroll');
    expect(within(block).getAllByText(/^Sources?:/).length).toBeGreaterThanOrEqual(3);
  });

  it('tells how the date became known, step by step with precision and source links', () => {
    renderAt('2026-11-25T12:00:00Z');
    const timeline = screen.getByRole('region', { name: 'How the date became known' });
    const steps = within(within(timeline).getByRole('list')).getAllByRole('listitem');
    expect(steps).toHaveLength(metallicRouge.timeline.length);
    expect(steps[0]).toHaveTextContent('22 March 2023');
    expect(steps[0]).toHaveTextContent('January 2024 (to the month)');
    expect(steps[2]).toHaveTextContent('17–19 November 2023');
    expect(steps[3]).toHaveTextContent(
      'Thursday 11 January 2024, 00:55 Tokyo time (to the minute)',
    );
    expect(within(steps[3]!).getByRole('link', { name: /Anime News Network/ })).toHaveAttribute(
      'href',
      expect.stringContaining('animenewsnetwork.com/news/2023-12-07'),
    );
  });
});

describe('add to calendar', () => {
  it('downloads a valid .ics for the premiere', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:premiere';
      },
      revokeObjectURL: vi.fn(),
    });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    renderAt(PREMIERE_MS - 86_400_000 * 7);
    fireEvent.click(screen.getByRole('button', { name: /add to calendar/i }));
    await vi.waitFor(() => {
      expect(clicks).toHaveLength(1);
    });
    // jsdom's FileReader reports back on a timer.
    vi.useRealTimers();
    expect(clicks[0]?.download).toBe('metallic-rouge-premiere.ics');
    expect(created[0]?.type).toBe('text/calendar;charset=utf-8');
    const text = await readBlob(created[0]);
    const event = new ICAL.Event(
      ICAL.Component.fromString(text).getFirstSubcomponent('vevent') ?? undefined,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-01-10T15:55:00.000Z');
    expect(event.summary).toContain('Metallic Rouge');
  });
});
