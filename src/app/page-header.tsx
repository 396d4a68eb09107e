import type { Show } from '../data/show-types.ts';
import { ThemeToggle } from '../features/theme/components/theme-toggle.tsx';
import { DeferredZoneChooser } from '../features/time-zone/components/time-zone-parts.ts';
import { SectionBoundary } from './section-boundary.tsx';
import { StaticHeroArt, StaticPageTitle } from './static-sections.ts';

/** The hero: the page's settings (time zone, theme), which move, above the title, which never does. */
export function PageHeader({ show }: { show: Show }) {
  return (
    <header className="relative mx-auto w-full max-w-6xl px-4 pt-4 pb-4 sm:px-6">
      <div className="flex flex-wrap items-center justify-end gap-3">
        <SectionBoundary name="time zone">
          <DeferredZoneChooser />
        </SectionBoundary>
        <ThemeToggle />
      </div>
      <div aria-hidden="true" className="hero-art mt-4 overflow-hidden rounded-lg lg:mt-0">
        <StaticHeroArt />
      </div>
      <div className="lg:max-w-[calc(100%-28rem)]">
        <StaticPageTitle show={show} />
      </div>
    </header>
  );
}
