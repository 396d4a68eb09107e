import type { ReactElement } from 'react';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { part as episode1 } from '../../src/data/synopsis/metallic-rouge-episode-1.ts';
import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { StorySection } from '../../src/features/spoilers/components/story-section.tsx';
import { SpoilerStoreContext } from '../../src/features/spoilers/hooks/use-spoiler-preference.ts';
import { createSpoilerStore } from '../../src/features/spoilers/stores/spoiler-store.ts';
import { createSafeStorage, type SafeStorage } from '../../src/lib/safe-storage.ts';

export const PREMISE_BUTTON = 'Show the premise — mild spoilers';
export const EPISODE_BUTTON = 'Show what happens in episode 1 — strong spoilers';

/** Every sentence of each level: none may be on the page while that level is closed. */
export const PREMISE_TEXT = premise.paragraphs;
export const EPISODE_TEXT = episode1.paragraphs;

export function blockedStorage(): SafeStorage {
  return createSafeStorage(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

/** The story section with its own store, as a visitor with this storage and URL would get it. */
export function story({
  storage = createSafeStorage(),
  search = '',
}: { storage?: SafeStorage; search?: string } = {}): ReactElement {
  const store = createSpoilerStore(storage, () => search);
  return (
    <SpoilerStoreContext value={store}>
      <StorySection show={metallicRouge} />
    </SpoilerStoreContext>
  );
}

/**
 * The element a disclosure button controls. aria-controls is an id reference, so following it is
 * exactly what assistive technology does; Testing Library has no query for it.
 */
export function controlledBy(button: HTMLElement): HTMLElement {
  const id = button.getAttribute('aria-controls') ?? '';
  const panel = document.getElementById(id);
  if (!panel) throw new Error(`aria-controls="${id}" points at nothing`);
  return panel;
}

/** The polite live region inside a gate's panel, which receives the revealed text. */
export function liveRegionIn(panel: HTMLElement): HTMLElement {
  const live = panel.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!live) throw new Error('the panel has no polite live region');
  return live;
}
