import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { renderWithClient } from '../test-utils.tsx';

const TEST_ID = 'test-show';

/** What the test show's loader gives; each test sets it. */
const testShow = vi.hoisted(() => ({ load: (): Promise<unknown> => Promise.resolve(undefined) }));

vi.mock('../../src/data/show-registry.ts', async (importOriginal) => {
  const { showLoaders } = await importOriginal<typeof import('../../src/data/show-registry.ts')>();
  return { showLoaders: { ...showLoaders, 'test-show': () => testShow.load() } };
});

describe('when the show data cannot be used', () => {
  it('shows which field is broken and recovers on "Try again"', async () => {
    const brokenShow = { ...structuredClone(metallicRouge), id: TEST_ID };
    brokenShow.staff[1]!.name = '';
    let data: unknown = brokenShow;
    testShow.load = () => Promise.resolve(data);

    renderWithClient(<App showId={TEST_ID} />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('staff[1].name must not be empty (found "")');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();

    data = { ...metallicRouge, id: TEST_ID };
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Metallic Rouge');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a readable error when the data chunk fails to download, and recovers', async () => {
    let fail = true;
    testShow.load = () =>
      fail
        ? Promise.reject(
            new TypeError('Failed to fetch dynamically imported module: /assets/show.js'),
          )
        : Promise.resolve({ ...metallicRouge, id: TEST_ID });

    renderWithClient(<App showId={TEST_ID} />);

    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be downloaded/i);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Metallic Rouge');
  });
});
