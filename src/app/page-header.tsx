import type { Show } from '../data/show-types.ts';
import { HeroArt } from './hero-art.tsx';
import { Island } from './island.tsx';
import { PageTitle } from './page-title.tsx';

/** The hero: the page's settings (time zone, theme), which move, above the title, which never does. */
export function PageHeader({ show }: { show: Show }) {
  return (
    <header className="relative mx-auto w-full max-w-6xl px-4 pt-4 pb-4 sm:px-6">
      <div className="flex flex-wrap items-center justify-end gap-3">
        {/* `contents`: the islands' buttons are the row's own flex items. */}
        <Island name="page-settings" className="contents" />
      </div>
      <div aria-hidden="true" className="hero-art mt-4 overflow-hidden rounded-lg lg:mt-0">
        <HeroArt />
      </div>
      <div className="lg:max-w-[calc(100%-28rem)]">
        <PageTitle show={show} />
      </div>
    </header>
  );
}
