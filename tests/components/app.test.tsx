import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { renderWithClient } from '../test-utils.tsx';

describe('the page', () => {
  it('loads the show through the query and shows its title as the one h1', async () => {
    renderWithClient(<App />);
    expect(screen.getByRole('status')).toHaveTextContent(/loading/i);
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent(metallicRouge.title.english);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('has a section for the release, the credits and the story', async () => {
    renderWithClient(<App />);
    await screen.findByRole('heading', { level: 1 });
    for (const name of [/release/i, /staff and cast/i, /story/i]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });
});
