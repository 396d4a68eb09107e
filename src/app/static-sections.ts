import { staticPart } from '../lib/static-part.tsx';

/*
 * Sections that cannot change after the build: pre-rendered, never hydrated, their code never
 * sent to the browser on a pre-rendered page (see lib/static-part.tsx).
 */

export const StaticCreditsSection = staticPart(() =>
  import('../features/credits/components/credits-section.tsx').then(
    (module) => module.CreditsSection,
  ),
);

export const StaticShowFactsSection = staticPart(() =>
  import('../features/show-facts/components/show-facts-section.tsx').then(
    (module) => module.ShowFactsSection,
  ),
);

export const StaticPageTitle = staticPart(() =>
  import('./page-title.tsx').then((module) => module.PageTitle),
);

export const StaticHeroArt = staticPart(() =>
  import('./hero-art.tsx').then((module) => module.HeroArt),
);
