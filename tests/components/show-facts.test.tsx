import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { ShowFactsSection } from '../../src/features/show-facts/components/show-facts-section.tsx';
import { fixtureShow } from '../fixtures/fixture-show.ts';

/** The definition that follows a term: terms and definitions come in pairs, in order. */
function factFor(term: string): HTMLElement {
  const index = screen.getAllByRole('term').findIndex((element) => element.textContent === term);
  const definition = screen.getAllByRole('definition')[index];
  if (index === -1 || !definition) throw new Error(`no definition for ${term}`);
  return definition;
}

describe('About the show', () => {
  it('states the format, the studio and its known works, and the theme songs', () => {
    render(<ShowFactsSection show={metallicRouge} />);
    expect(screen.getByRole('heading', { level: 2, name: 'About the show' })).toBeInTheDocument();
    expect(factFor('Format')).toHaveTextContent(metallicRouge.format.kind);
    for (const work of metallicRouge.studio.knownFor)
      expect(factFor('Studio')).toHaveTextContent(work);
    for (const song of metallicRouge.themeSongs) {
      expect(factFor('Theme songs')).toHaveTextContent(`“${song.title}” by ${song.artist}`);
    }
    expect(
      within(factFor('Japanese title')).getByText(metallicRouge.title.native.text),
    ).toHaveAttribute('lang', 'ja');
  });

  it('cites every fact, linking the sources that have an address', () => {
    render(<ShowFactsSection show={metallicRouge} />);
    for (const term of ['Japanese title', 'Format', 'Studio', 'Theme songs']) {
      expect(within(factFor(term)).getByText(/^Sources?:/)).toBeInTheDocument();
    }
    const songLink = within(factFor('Theme songs')).getByRole('link', {
      name: /Anime News Network/,
    });
    expect(songLink).toHaveAttribute(
      'href',
      expect.stringContaining('animenewsnetwork.com/news/2023-12-07'),
    );
    expect(songLink).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('leaves out theme songs for a show that has none announced', () => {
    render(<ShowFactsSection show={fixtureShow} />);
    expect(screen.queryByText('Theme songs')).not.toBeInTheDocument();
    expect(factFor('Studio')).toHaveTextContent(fixtureShow.studio.name);
  });
});
