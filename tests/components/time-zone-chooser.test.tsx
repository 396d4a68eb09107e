import { act, render, screen, waitFor, within } from '@testing-library/react';
import { onlineManager } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { showQueryOptions } from '../../src/data/show-query.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { ZONE_KEY } from '../../src/lib/time/use-visitor-zone.ts';
import { createTestQueryClient } from '../test-utils.tsx';
import { PREMIERE_MS, visitFrom } from './release-helpers.tsx';

const DEVICE = 'America/Los_Angeles';
const FINDER = { name: 'Find a time zone by city' };

/**
 * The chooser's island and the release section (whose times follow it), as a visit
 * to this address would load them: the page's zone preference reads the link once per visit, so
 * every test loads fresh modules.
 */
async function page(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const { IslandRoot } = await import('../../src/app/island-root.tsx');
  const { Release } = await import('./release-helpers.tsx');
  const client = createTestQueryClient();
  client.setQueryData(showQueryOptions(metallicRouge.id).queryKey, metallicRouge);
  return (
    <>
      <header>
        <IslandRoot name="page-settings" showId={metallicRouge.id} client={client} />
      </header>
      <Release />
    </>
  );
}

/** What "Your time" says for the premiere. */
function yourTime() {
  const release = screen.getByRole('region', { name: 'Release and broadcast' });
  return within(release).getAllByRole('definition')[2];
}

function zoneButton() {
  return screen.getByRole('button', { name: /^Time zone:/ });
}

/** The page at this address with the zone finder opened: where most tests start. */
async function openFinder(search = '') {
  const user = userEvent.setup();
  render(await page(search));
  await user.click(zoneButton());
  return { user, finder: await screen.findByRole('combobox', FINDER) };
}

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = () => undefined;
});

beforeEach(() => {
  visitFrom(DEVICE);
  // Before the premiere, whose times (read by yourTime) show until it has begun. Only the date is
  // fixed: the page's timers, and user-event's, run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PREMIERE_MS - 3 * 86_400_000);
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('before the page is interactive', () => {
  it('is disabled while its code loads, and goes live in the device’s zone', async () => {
    localStorage.setItem(ZONE_KEY, 'Asia/Kathmandu');
    const ui = await page();
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    // Which of its stand-in's words shows (loading, needs JavaScript, not loaded) is up to CSS,
    // which jsdom does not apply: the browser tests check those.
    expect(zoneButton()).toHaveTextContent(/^Time zone: loading…/);
    expect(zoneButton()).toBeDisabled();
    // The premiere's times come with the live card (they show only before it).
    const release = screen.getByRole('region', { name: 'Release and broadcast' });
    expect(within(release).queryAllByRole('definition')).toHaveLength(0);

    // Rendered over the build's HTML, as src/main.tsx renders each island.
    const { unmount } = render(ui, { container });
    expect(zoneButton()).toHaveAccessibleName('Time zone: Asia/Kathmandu');
    expect(zoneButton()).toBeEnabled();
    expect(yourTime()).toHaveTextContent('Wednesday, January 10, 2024 at 9:40 PM');
    unmount();
    container.remove();
  });
});

describe('choosing a zone', () => {
  it('finds it by typing a city, chooses it with Enter, and shows every time in it', async () => {
    const user = userEvent.setup();
    render(await page());
    expect(zoneButton()).toHaveAccessibleName(`Time zone: ${DEVICE}`);
    expect(yourTime()).toHaveTextContent('Wednesday, January 10, 2024 at 7:55 AM');

    await user.click(zoneButton());
    const finder = await screen.findByRole('combobox', FINDER);
    await waitFor(() => {
      expect(finder).toHaveFocus();
    });
    await user.keyboard('kathmandu');
    const option = screen.getByRole('option', { name: /^Kathmandu/ });
    expect(finder).toHaveAttribute('aria-expanded', 'true');
    expect(finder).toHaveAttribute('aria-activedescendant', option.id);
    await user.keyboard('{Enter}');

    expect(yourTime()).toHaveTextContent('Wednesday, January 10, 2024 at 9:40 PM');
    expect(zoneButton()).toHaveAccessibleName('Time zone: Asia/Kathmandu');
    expect(localStorage.getItem(ZONE_KEY)).toBe('Asia/Kathmandu');
    expect(finder).toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.getByText(
        'Times on this page are now shown in Asia/Kathmandu, remembered on this device.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      screen.getByText(/shown in Asia\/Kathmandu, your choice, remembered on this device/),
    ).toBeInTheDocument();
  });

  it('moves through the matches with the arrow keys', async () => {
    const { user, finder } = await openFinder();
    await user.type(finder, 'new');
    const options = screen.getAllByRole('option');
    // Cities that start with what was typed come first.
    expect(options.slice(0, 2).map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^New Salem/),
      expect.stringMatching(/^New York/),
    ]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(finder).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{ArrowUp}{ArrowDown}{Enter}');
    expect(zoneButton()).toHaveAccessibleName('Time zone: America/New_York');
  });

  it('finds zones by an old name, by the zone’s own name, and by a name without its accents', async () => {
    const { user, finder } = await openFinder();
    for (const [typed, found] of [
      ['calcutta', /^Kolkata/],
      ['st john', /^St Johns/],
      ['newfoundland', /^St Johns/],
      ['sao paulo', /^Sao Paulo/],
      ['utc', /^UTC/],
    ] as const) {
      await user.clear(finder);
      await user.type(finder, typed);
      expect(screen.getAllByRole('option')[0]).toHaveTextContent(found);
    }
  });

  it('says so when nothing matches', async () => {
    const { user, finder } = await openFinder();
    await user.type(finder, 'atlantis');
    expect(within(screen.getByRole('banner')).queryByRole('option')).not.toBeInTheDocument();
    const status = screen.getByText(/^No zone matches “atlantis”\./);
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toBeVisible();
  });

  it('closes the list, then clears the box, then closes the finder with Escape', async () => {
    const { user, finder } = await openFinder();
    await user.type(finder, 'tokyo');
    await user.keyboard('{Escape}');
    expect(finder).toHaveAttribute('aria-expanded', 'false');
    expect(finder).toHaveValue('tokyo');
    await user.keyboard('{Escape}');
    expect(finder).toHaveValue('');
    await user.keyboard('{Escape}');
    expect(finder).not.toBeInTheDocument();
    expect(zoneButton()).toHaveFocus();
    expect(zoneButton()).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('a chosen zone', () => {
  it('is shown on the next visit with one press back to the device’s zone', async () => {
    localStorage.setItem(ZONE_KEY, 'Pacific/Chatham');
    const user = userEvent.setup();
    render(await page());
    expect(yourTime()).toHaveTextContent('Thursday, January 11, 2024 at 5:40 AM');
    const back = await screen.findByRole('button', {
      name: `Use my device’s zone (${DEVICE})`,
    });
    await user.click(back);
    expect(yourTime()).toHaveTextContent('Wednesday, January 10, 2024 at 7:55 AM');
    expect(localStorage.getItem(ZONE_KEY)).toBeNull();
    expect(zoneButton()).toHaveFocus();
    expect(back).not.toBeInTheDocument();
  });

  it('follows a zone chosen in another tab', async () => {
    render(await page());
    act(() => {
      localStorage.setItem(ZONE_KEY, 'America/St_Johns');
      window.dispatchEvent(
        new StorageEvent('storage', { key: ZONE_KEY, newValue: 'America/St_Johns' }),
      );
    });
    expect(zoneButton()).toHaveAccessibleName('Time zone: America/St_Johns');
    expect(yourTime()).toHaveTextContent('Wednesday, January 10, 2024 at 12:25 PM');
  });

  it('lasts for the visit only where the browser refuses storage, and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user, finder } = await openFinder();
    await user.type(finder, 'chatham{Enter}');
    expect(yourTime()).toHaveTextContent('Thursday, January 11, 2024 at 5:40 AM');
    expect(
      screen.getByText(/your choice, for this visit only: this browser does not let the page/),
    ).toBeInTheDocument();
  });
});

describe('a link with ?tz=', () => {
  it('shows the visit in that zone and stores nothing, until the visitor chooses', async () => {
    localStorage.setItem(ZONE_KEY, 'Europe/Paris');
    const user = userEvent.setup();
    render(await page('?tz=Asia/Tokyo'));
    expect(
      await screen.findByText(/as the link you opened asks\. Nothing is stored\./),
    ).toBeVisible();
    expect(yourTime()).toHaveTextContent('Same as Tokyo time');
    expect(localStorage.getItem(ZONE_KEY)).toBe('Europe/Paris');

    await user.click(zoneButton());
    await user.type(await screen.findByRole('combobox', FINDER), 'kathmandu{Enter}');
    expect(localStorage.getItem(ZONE_KEY)).toBe('Asia/Kathmandu');
    expect(screen.queryByText(/as the link you opened asks/)).not.toBeInTheDocument();
    expect(screen.getByText(/your choice, remembered on this device/)).toBeInTheDocument();
  });

  it('leaves the address once the visitor picks a zone, so a copied address shares their choice (#27 item 11)', async () => {
    const { user, finder } = await openFinder('?tz=Asia/Tokyo&seen=2#release');
    await user.type(finder, 'kathmandu{Enter}');
    expect(window.location.search).toBe('?seen=2');
    expect(window.location.hash).toBe('#release');
  });

  it('stops saying nothing is stored once the visitor picks the link’s own zone', async () => {
    const { user, finder } = await openFinder('?tz=Asia/Tokyo');
    await user.type(finder, 'tokyo{Enter}');
    expect(localStorage.getItem(ZONE_KEY)).toBe('Asia/Tokyo');
    expect(screen.queryByText(/Nothing is stored/)).not.toBeInTheDocument();
    expect(screen.getByText(/your choice, remembered on this device/)).toBeInTheDocument();
  });

  it.each([
    ['?tz=Mars/Olympus_Mons', 'Mars/Olympus_Mons'],
    ['?tz=%00', '\uFFFD'],
    [`?tz=${'A'.repeat(300)}`, `${'A'.repeat(40)}…`],
  ])('with an unknown zone (%s) says so and uses the device’s zone', async (search, shown) => {
    render(await page(search));
    expect(
      await screen.findByText(
        `The link asked for the time zone “${shown}”, which this browser does not know, so it is not used.`,
      ),
    ).toBeVisible();
    expect(zoneButton()).toHaveAccessibleName(`Time zone: ${DEVICE}`);
    expect(yourTime()).toHaveTextContent('Wednesday, January 10, 2024 at 7:55 AM');
  });
});

describe('a chooser that cannot be downloaded', () => {
  it('says so in its place, the theme toggle beside it still works, and "Try again" downloads it afresh', async () => {
    const user = userEvent.setup();
    const ui = await page();
    vi.doMock('../../src/features/time-zone/components/zone-finder.tsx', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    render(ui);
    await user.click(zoneButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The list of zones could not be loaded');
    expect(alert).toHaveTextContent(/Part of the page could not be downloaded/);
    expect(zoneButton()).toBeEnabled();
    expect(screen.getByRole('button', { name: /theme/i })).toBeEnabled();

    vi.doUnmock('../../src/features/time-zone/components/zone-finder.tsx');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', FINDER)).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a chooser opened offline', () => {
  it('says the list waits for the connection, and opens it once the connection is back', async () => {
    const user = userEvent.setup();
    render(await page());
    onlineManager.setOnline(false);
    try {
      await user.click(zoneButton());
      expect(
        await screen.findByText(/You are offline, so the list of zones cannot be downloaded yet/),
      ).toBeVisible();
      act(() => {
        onlineManager.setOnline(true);
      });
      expect(await screen.findByRole('combobox', FINDER)).toBeVisible();
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
