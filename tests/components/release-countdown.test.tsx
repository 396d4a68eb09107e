import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString as toServerHtml } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAUSED_KEY, setCountdownPaused } from '../../src/lib/countdown-paused.ts';
import { PREMIERE_MS, Release, tick } from './release-helpers.tsx';

/** What the timer shows, read the way a screen reader would when asked. */
const timeLeft = () =>
  screen.getByRole('timer', { name: /time left until the premiere/i }).textContent;

function renderAt(instant: number) {
  vi.setSystemTime(instant);
  return render(<Release />);
}

let hidden = false;
beforeEach(() => {
  hidden = false;
  vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
  vi.useFakeTimers();
});
afterEach(() => {
  // The pause choice lives in a module-level store that outlives one test's localStorage.
  setCountdownPaused(false);
});

describe('before the premiere', () => {
  it('counts down every second from the wall clock', () => {
    renderAt(PREMIERE_MS - (2 * 86_400 + 3 * 3600 + 55 * 60 + 7) * 1000 - 400);
    expect(screen.getByText(/Premieres/)).toHaveTextContent('Premieres 11 January 2024');
    expect(timeLeft()).toContain('2 days, 3 hours, 55 minutes and 8 seconds');
    tick(400);
    expect(timeLeft()).toContain('2 days, 3 hours, 55 minutes and 7 seconds');
    tick(1000);
    expect(timeLeft()).toContain('and 6 seconds');
    tick(7000);
    expect(timeLeft()).toContain('2 days, 3 hours, 54 minutes and 59 seconds');
  });

  it('uses singular words for a single unit', () => {
    renderAt(PREMIERE_MS - (86_400 + 3600 + 60 + 1) * 1000);
    expect(timeLeft()).toContain('1 day, 1 hour, 1 minute and 1 second');
  });

  it('moves on by itself at zero to episode 2, and says politely that the premiere began', () => {
    renderAt(PREMIERE_MS - 3000);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    tick(2000);
    expect(timeLeft()).toContain('0 days, 0 hours, 0 minutes and 1 second');
    tick(1000);
    expect(
      screen.queryByRole('timer', { name: /time left until the premiere/i }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Next: episode 2 of 13 · TV broadcast in Japan')).toBeInTheDocument();
    expect(screen.getByText(/^Airs/)).toHaveTextContent('Airs 18 January 2024');
    expect(screen.getByRole('timer', { name: 'Time left until episode 2' })).toHaveTextContent(
      '7 days, 0 hours, 0 minutes and 0 seconds',
    );
    expect(screen.getByRole('status')).toHaveTextContent('The premiere has started.');
    expect(screen.getByRole('button', { name: 'Pause the countdown' })).toBeInTheDocument();
  });

  it('is right at the next tick after the system clock jumps forwards or backwards', () => {
    renderAt(PREMIERE_MS - 10 * 86_400_000);
    expect(timeLeft()).toContain('10 days, 0 hours, 0 minutes and 0 seconds');
    act(() => {
      vi.setSystemTime(PREMIERE_MS - 3 * 3_600_000 - 500);
    });
    // The tick already queued still fires on its own schedule, and reads the new time.
    tick(1000);
    expect(timeLeft()).toContain('0 days, 3 hours, 0 minutes and 0 seconds');
    act(() => {
      vi.setSystemTime(PREMIERE_MS - 40 * 86_400_000 - 500);
    });
    tick(1000);
    expect(timeLeft()).toContain('40 days, 0 hours, 0 minutes and 0 seconds');
  });

  it('stops while the tab is hidden and is right the moment it comes back an hour later', () => {
    renderAt(PREMIERE_MS - 5 * 3_600_000);
    act(() => {
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(vi.getTimerCount()).toBe(0);
    act(() => {
      vi.setSystemTime(PREMIERE_MS - 4 * 3_600_000);
    });
    act(() => {
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(timeLeft()).toContain('0 days, 4 hours, 0 minutes and 0 seconds');
    expect(vi.getTimerCount()).toBe(1);
  });

  it('changes nothing outside the timer while it ticks', () => {
    renderAt(PREMIERE_MS - 2 * 86_400_000 - 250);
    tick(250);
    const section = screen.getByRole('region', { name: /release/i });
    const timer = screen.getByRole('timer');
    const observer = new MutationObserver(() => undefined);
    observer.observe(section, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    tick(5000);
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((record) => !timer.contains(record.target))).toEqual([]);
  });
});

describe('the polite status', () => {
  it('is silent on arrival and speaks when one day, then one hour, is left', () => {
    renderAt(PREMIERE_MS - 86_400_000 - 2000);
    const status = screen.getByRole('status');
    tick(1000);
    expect(status).toBeEmptyDOMElement();
    tick(1000);
    expect(status).toHaveTextContent('One day left until the premiere.');
    tick(60_000);
    expect(status).toHaveTextContent('One day left until the premiere.');
    act(() => {
      vi.setSystemTime(PREMIERE_MS - 3_600_000 - 500);
    });
    tick(1000);
    expect(status).toHaveTextContent('One hour left until the premiere.');
  });

  it('does not announce the hour a visitor arrives in', () => {
    renderAt(PREMIERE_MS - 1_800_000);
    tick(5000);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('is not the timer: the timer itself is never a live region', () => {
    renderAt(PREMIERE_MS - 1_800_000);
    expect(screen.getByRole('timer')).not.toHaveAttribute('aria-live');
  });
});

describe('pausing the live ticking', () => {
  // fireEvent rather than user-event: user-event's own waits stall under fake timers here.
  it('freezes the figures, remembers the choice, and resumes on request', () => {
    const { unmount } = renderAt(PREMIERE_MS - 86_400_000 * 3);
    fireEvent.click(screen.getByRole('button', { name: 'Pause the countdown' }));
    const frozen = timeLeft();
    tick(5000);
    expect(timeLeft()).toBe(frozen);
    expect(screen.getByText(/paused/i)).toBeInTheDocument();
    expect(localStorage.getItem(PAUSED_KEY)).toBe('true');
    unmount();

    // A later visit starts paused.
    render(<Release />);
    const resume = screen.getByRole('button', { name: 'Resume the countdown' });
    const frozenAgain = timeLeft();
    tick(3000);
    expect(timeLeft()).toBe(frozenAgain);
    fireEvent.click(resume);
    expect(screen.getByRole('button', { name: 'Pause the countdown' })).toBeInTheDocument();
    const before = timeLeft();
    tick(1000);
    expect(timeLeft()).not.toBe(before);
  });
});

describe('after the last episode', () => {
  it('says the whole run aired, with where to watch and no countdown', () => {
    renderAt(Date.parse('2026-11-25T12:00:00Z'));
    expect(screen.getByText('The broadcast run · 13 episodes')).toBeInTheDocument();
    expect(screen.getByText(/^Aired/, { selector: 'p' })).toHaveTextContent(
      'Aired 11 January – 4 April 2024',
    );
    expect(screen.getByText(/All 13 episodes have aired/)).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /add to calendar/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /pause/i })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Where to watch$/ })).toHaveAttribute(
      'href',
      '#where-to-watch',
    );
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('pre-rendering', () => {
  it('renders the date without a ticking value on the server, then counts down live over it', () => {
    vi.setSystemTime(PREMIERE_MS - 86_400_000 * 4);
    const html = toServerHtml(<Release />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const server = within(container);
    expect(server.getByText(/Broadcast:/)).toHaveTextContent(
      'Broadcast: 11 January – 4 April 2024',
    );
    expect(server.queryByRole('timer')).not.toBeInTheDocument();
    expect(container.innerHTML).not.toContain('style=');

    // Over the build's HTML, as src/main.tsx renders each island.
    render(<Release />, { container });
    expect(timeLeft()).toContain('4 days, 0 hours, 0 minutes and 0 seconds');
    expect(screen.getByText(/Premieres/)).toBeInTheDocument();
    container.remove();
  });
});
