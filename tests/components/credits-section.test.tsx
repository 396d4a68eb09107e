import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/data/show-constants.ts';
import type { Show } from '../../src/data/show-types.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { sourcesFor } from '../../src/data/sources.ts';
import { CreditsSection } from '../../src/features/credits/components/credits-section.tsx';

function renderCredits(show: Show = metallicRouge) {
  render(<CreditsSection show={show} />);
}

const staffSection = () => screen.getByRole('region', { name: 'Staff' });
const castSection = () => screen.getByRole('region', { name: 'Cast' });

describe('staff cards', () => {
  it('show every staff member under their name, with each of their roles', () => {
    renderCredits();
    const cards = within(staffSection()).getAllByRole('article');
    expect(cards).toHaveLength(metallicRouge.staff.length);
    for (const member of metallicRouge.staff) {
      const card = within(staffSection()).getByRole('article', { name: member.name });
      expect(within(card).getByRole('heading', { level: 4 })).toHaveTextContent(member.name);
      for (const role of member.roles) expect(card).toHaveTextContent(role);
      for (const work of member.knownFor) expect(within(card).getByText(work)).toBeVisible();
      if (member.roleNote) expect(card).toHaveTextContent(member.roleNote);
    }
  });

  it('mark every native-script name with its language', () => {
    renderCredits();
    const named = metallicRouge.staff.filter((member) => member.nativeName);
    expect(named.length).toBeGreaterThan(0);
    for (const member of named) {
      const card = within(staffSection()).getByRole('article', { name: member.name });
      const nativeName = member.nativeName;
      if (!nativeName) throw new Error('filtered above');
      expect(within(card).getByText(nativeName.text)).toHaveAttribute('lang', 'ja');
    }
  });

  it('go in credits order, the Chief Director first', () => {
    renderCredits();
    const names = within(staffSection())
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(names[0]).toBe('Yutaka Izubuchi');
    const earliestRoles = names.map((name) => {
      const member = metallicRouge.staff.find((candidate) => candidate.name === name);
      if (!member) throw new Error(`unknown staff card ${name}`);
      return Math.min(...member.roles.map((role) => STAFF_ROLES.indexOf(role)));
    });
    expect(earliestRoles).toEqual([...earliestRoles].sort((a, b) => a - b));
  });

  it('carry the corrected facts as a labelled note', () => {
    renderCredits();
    const corrected = metallicRouge.staff.filter((member) => member.correction);
    expect(corrected.length).toBeGreaterThan(0);
    for (const member of corrected) {
      const card = within(staffSection()).getByRole('article', { name: member.name });
      expect(card).toHaveTextContent(`Correction: ${String(member.correction)}`);
    }
  });

  it('say when a native-script spelling could not be confirmed', () => {
    const [first, ...rest] = metallicRouge.staff;
    if (!first) throw new Error('the show has staff');
    renderCredits({
      ...metallicRouge,
      staff: [{ ...first, nativeName: { text: '出渕裕', lang: 'ja', confirmed: false } }, ...rest],
    });
    const card = within(staffSection()).getByRole('article', { name: first.name });
    expect(card).toHaveTextContent(/spelling not confirmed/i);
    expect(within(staffSection()).getAllByText(/spelling not confirmed/i)).toHaveLength(1);
  });
});

describe('cast cards', () => {
  it('pair every character with their voice actor and the voice’s known work', () => {
    renderCredits();
    expect(within(castSection()).getAllByRole('article')).toHaveLength(metallicRouge.cast.length);
    for (const member of metallicRouge.cast) {
      const card = within(castSection()).getByRole('article', { name: member.character.name });
      expect(within(card).getByRole('heading', { level: 4 })).toHaveTextContent(
        member.character.name,
      );
      expect(within(card).getByText(member.voice.name)).toBeVisible();
      for (const work of member.voice.knownFor) expect(within(card).getByText(work)).toBeVisible();
    }
  });

  it('give the announced spelling only where it differs from the current one', () => {
    renderCredits();
    for (const member of metallicRouge.cast) {
      const card = within(castSection()).getByRole('article', { name: member.character.name });
      const variants = member.character.announcedAs.filter((v) => v !== member.character.name);
      if (variants.length === 0) {
        expect(within(card).queryByText(/announced as/i)).not.toBeInTheDocument();
      } else {
        for (const variant of variants) expect(card).toHaveTextContent(`Announced as “${variant}”`);
      }
    }
    expect(screen.getByText(/announced as “Rouge Redmaster”/i)).toBeVisible();
  });

  it('state the spelling caveat once, above the list', () => {
    renderCredits();
    const note = metallicRouge.castNote;
    if (!note) throw new Error('the show has a cast note');
    expect(screen.getAllByText(note)).toHaveLength(1);
  });

  it('show a voice actor’s native-script name, tagged with its language, when the data has one', () => {
    const [first, ...rest] = metallicRouge.cast;
    if (!first) throw new Error('the show has cast');
    renderCredits({
      ...metallicRouge,
      cast: [
        {
          ...first,
          voice: { ...first.voice, nativeName: { text: '宮本侑芽', lang: 'ja', confirmed: true } },
        },
        ...rest,
      ],
    });
    const card = within(castSection()).getByRole('article', { name: first.character.name });
    expect(within(card).getByText('宮本侑芽')).toHaveAttribute('lang', 'ja');
    // The fact sheet gives no native names for the other voices, so nothing is made up for them.
    expect(within(castSection()).getAllByText('宮本侑芽')).toHaveLength(1);
  });
});

describe('the credits section', () => {
  it('puts each set under an h3 and each card in a list item with an h4', () => {
    renderCredits();
    const region = screen.getByRole('region', { name: 'Staff and cast' });
    const subheadings = within(region).getAllByRole('heading', { level: 3 });
    expect(subheadings.map((heading) => heading.textContent)).toEqual(['Staff', 'Cast']);
    expect(within(region).getAllByRole('heading', { level: 4 })).toHaveLength(
      metallicRouge.staff.length + metallicRouge.cast.length,
    );
    // Every card sits in a list item of its own (nested "known for" items hold no card).
    for (const list of [staffSection(), castSection()]) {
      const cards = within(list).getAllByRole('article');
      const itemsWithCards = within(list)
        .getAllByRole('listitem')
        .filter((item) => within(item).queryAllByRole('article').length === 1);
      expect(itemsWithCards).toHaveLength(cards.length);
    }
  });

  it('cites each card’s sources with links that say where they go and open safely', () => {
    renderCredits();
    const people = [
      ...metallicRouge.staff.map((member) => ({ name: member.name, ids: member.sourceIds })),
      ...metallicRouge.cast.map((member) => ({
        name: member.character.name,
        ids: member.sourceIds,
      })),
    ];
    for (const { name, ids } of people) {
      const card = screen.getByRole('article', { name });
      const cited = sourcesFor(metallicRouge.sources, ids);
      for (const source of cited) expect(card).toHaveTextContent(source.publication);
      const linked = cited.filter((source) => source.url);
      const links = within(card).queryAllByRole('link');
      expect(links.map((link) => link.getAttribute('href'))).toEqual(
        linked.map((source) => source.url),
      );
      for (const link of links) {
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        expect(link).toHaveAccessibleName(/opens in a new tab/);
      }
    }
  });

  it('draws monogram avatars that assistive tech skips', () => {
    renderCredits();
    const card = within(staffSection()).getByRole('article', { name: 'Yutaka Izubuchi' });
    const monogram = within(card).getByText('YI');
    // The avatar is decoration: the only way to check that is the hidden plate around the letters.
    // eslint-disable-next-line testing-library/no-node-access
    expect(monogram.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
  });

  it('for a show with staff but no cast, lists the staff and no empty cast list', () => {
    renderCredits({ ...metallicRouge, staff: metallicRouge.staff.slice(0, 2), cast: [] });
    expect(within(staffSection()).getAllByRole('article')).toHaveLength(2);
    expect(within(castSection()).queryByRole('list')).not.toBeInTheDocument();
    expect(within(castSection()).queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText(/no cast has been announced yet/i)).toBeVisible();
    expect(screen.queryByText(String(metallicRouge.castNote))).not.toBeInTheDocument();
  });
});
