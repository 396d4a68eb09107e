import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import { episodeLoaders } from '../../src/data/episode-registry.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { part as episode1 } from '../../src/data/synopsis/metallic-rouge-episode-1.ts';
import { part as premise } from '../../src/data/synopsis/metallic-rouge-premise.ts';
import { StoryGates } from '../../src/features/spoilers/components/story-gates.tsx';
import { StorySection } from '../../src/features/spoilers/components/story-section.tsx';
import { HorizonStoreContext } from '../../src/features/spoilers/hooks/use-horizon.ts';
import { SpoilerStoreContext } from '../../src/features/spoilers/hooks/use-spoiler-preference.ts';
import { createHorizonStore } from '../../src/features/spoilers/stores/horizon-store.ts';
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

export const EPISODE_COUNT = metallicRouge.run?.episodeCount.value ?? 0;

interface VisitorOptions {
  storage?: SafeStorage;
  search?: string;
}

/** Fresh spoiler and horizon stores, as a visitor with this storage and URL would get them. */
export function visitorStores({ storage = createSafeStorage(), search = '' }: VisitorOptions = {}) {
  return {
    spoilers: createSpoilerStore(storage, () => search),
    horizon: createHorizonStore(EPISODE_COUNT, storage, () => search),
  };
}

/** Renders `children` with the given stores in place of the page's own. */
export function withStores(stores: ReturnType<typeof visitorStores>, children: ReactNode) {
  return (
    <SpoilerStoreContext value={stores.spoilers}>
      <HorizonStoreContext value={stores.horizon}>{children}</HorizonStoreContext>
    </SpoilerStoreContext>
  );
}

/** The story section with its own stores, as a visitor with this storage and URL would get it. */
export function story(options: VisitorOptions = {}): ReactElement {
  return withStores(
    visitorStores(options),
    <StorySection gates={<StoryGates show={metallicRouge} />} />,
  );
}

/**
 * Records which episodes' modules are loaded (still loading them for real), so a test can show
 * that nothing past the horizon was requested.
 */
export function watchEpisodeLoads(): number[] {
  const loaded: number[] = [];
  const loaders = episodeLoaders['metallic-rouge'] ?? {};
  for (const key of Object.keys(loaders)) {
    const episodeNumber = Number(key);
    const load = loaders[episodeNumber];
    if (!load) continue;
    vi.spyOn(loaders, episodeNumber).mockImplementation(() => {
      loaded.push(episodeNumber);
      return load();
    });
  }
  return loaded;
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

/** The polite live region that receives a gate's revealed text: the panel itself. */
export function liveRegionIn(panel: HTMLElement): HTMLElement {
  if (panel.getAttribute('aria-live') !== 'polite')
    throw new Error('the panel is no polite live region');
  return panel;
}
