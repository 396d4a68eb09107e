import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchAlongPlanner } from '../../src/features/watch-along/components/watch-along-planner.tsx';
import { ZONE_KEY } from '../../src/lib/time/use-visitor-zone.ts';

beforeEach(() => {
  // Only the date is faked: user-event's own timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime('2026-03-01T12:00:00Z');
  localStorage.setItem(ZONE_KEY, 'America/New_York');
});

function renderPlanner(horizon = 4) {
  const user = userEvent.setup();
  render(<WatchAlongPlanner episodeCount={13} horizon={horizon} />);
  return { user };
}

async function setField(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, value);
}

describe('planning a watch-along', () => {
  it('opens with focus on its heading, starting at the episode after the visitor’s horizon', () => {
    renderPlanner(4);
    expect(screen.getByRole('heading', { name: 'Plan a watch-along' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('5');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('5');
    expect(screen.getByLabelText('Day')).toHaveAccessibleDescription(/clock in New York/);
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('');
  });

  it('makes a link for a time on the New York clock, across the DST change', async () => {
    const { user } = renderPlanner(4);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '6');
    await setField(user, 'Day', '2026-03-10');
    await setField(user, 'Time', '20:00');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Rouge night');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('textbox', { name: 'The watch-along link' })).toHaveValue(
      'http://localhost:3000/?watch=2026-03-11T00:00Z&episodes=5-6&name=Rouge%20night',
    );
    expect(screen.getByText(/Episodes 5–6, .*March 10, 2026.*8:00/)).toBeInTheDocument();
  });

  it('copies the link with the Clipboard API and says so', async () => {
    const { user } = renderPlanner(0);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await setField(user, 'Day', '2026-03-02');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/?watch=2026-03-03T01:00Z&episodes=1',
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
  });

  it('selects the link for the visitor to copy where copying is refused', async () => {
    const { user } = renderPlanner();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/the link is selected, ready to copy/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'The watch-along link' })).toHaveFocus();
  });

  it('offers Share only where the browser can share', async () => {
    const { user } = renderPlanner();
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('shares through the Web Share API where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = renderPlanner();
      await user.click(screen.getByRole('button', { name: 'Make the link' }));
      await user.click(screen.getByRole('button', { name: 'Share' }));
      const [data] = share.mock.lastCall as [ShareData];
      expect(data.url).toContain('?watch=2026-03-03T01:00Z');
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});

describe('what the form refuses', () => {
  it('a range that runs backwards, with the message tied to the field', async () => {
    const { user } = renderPlanner(5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '5');
    // From 6 to 5.
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('6');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    const last = screen.getByRole('combobox', { name: 'To' });
    expect(last).toHaveAttribute('aria-invalid', 'true');
    expect(last).toHaveAccessibleDescription(/cannot come before the first \(episode 6\)/);
    expect(last).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'The watch-along link' })).not.toBeInTheDocument();
  });

  it('a time already past', async () => {
    const { user } = renderPlanner();
    await setField(user, 'Day', '2026-03-01');
    await setField(user, 'Time', '06:59');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    const time = screen.getByLabelText('Time');
    expect(time).toHaveAttribute('aria-invalid', 'true');
    expect(time).toHaveAccessibleDescription(/already passed in New York/);
    await setField(user, 'Time', '07:01');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(time).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: 'The watch-along link' })).toBeInTheDocument();
  });

  it('a name made of markup', async () => {
    const { user } = renderPlanner();
    await user.type(screen.getByRole('textbox', { name: /Name/ }), '{<}b>hi');
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription(
      /Leave out < >/,
    );
  });
});
