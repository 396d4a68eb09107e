import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { fixtureShow } from '../fixtures/fixture-show.ts';
import { renderWithClient } from '../test-utils.tsx';

// The fixture is a second show the registry knows only in this test.
vi.mock('../../src/data/show-registry.ts', async (importOriginal) => {
  const { showLoaders } = await importOriginal<typeof import('../../src/data/show-registry.ts')>();
  const { fixtureShow: fixture } = await import('../fixtures/fixture-show.ts');
  return { showLoaders: { ...showLoaders, [fixture.id]: () => Promise.resolve(fixture) } };
});

describe('a second show through the same page', () => {
  it('renders its title, a month-only date honestly, two staff and no cast', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-10T00:00:00Z'));

    renderWithClient(<App showId={fixtureShow.id} />);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Quiet Harbour');
    const release = screen.getByRole('region', { name: /release/i });
    expect(within(release).getAllByText(/April 2031/).length).toBeGreaterThan(0);
    expect(within(release).getByText(/exact date not announced/i)).toBeInTheDocument();
    expect(within(release).queryByRole('timer')).not.toBeInTheDocument();
    expect(await within(release).findByText(/at least 21 days/i)).toBeInTheDocument();

    const credits = screen.getByRole('region', { name: /staff and cast/i });
    for (const person of fixtureShow.staff) {
      expect(within(credits).getByRole('heading', { name: person.name })).toBeInTheDocument();
    }
    expect(within(credits).getByText(/no cast has been announced/i)).toBeInTheDocument();
    expect(screen.queryByText(/Metallic Rouge/)).not.toBeInTheDocument();
  });
});
