import type { Show } from '../data/show-types.ts';
import { HeroArt } from './hero-art.tsx';
import { Island } from './island.tsx';

/**
 * The hero: the page's settings (time zone, theme), which move, above the title in both scripts,
 * what the show is and who made it, which never does.
 */
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
        <p className="mt-8 text-sm font-semibold tracking-[0.2em] text-metal uppercase sm:mt-12">
          {show.format.genres.join(' · ')}
        </p>
        <h1 className="mt-3 font-display text-5xl leading-none font-extrabold tracking-tight text-ink sm:text-7xl">
          {show.title.english}
          <span
            lang={show.title.native.lang}
            className="mt-3 block text-2xl font-bold tracking-normal text-accent sm:text-4xl"
          >
            {show.title.native.text}
          </span>
        </h1>
        <p className="mt-5 max-w-prose text-lg text-ink-muted">
          {show.tagline} From studio{' '}
          <strong className="font-semibold text-ink">{show.studio.name}</strong>.
        </p>
      </div>
    </header>
  );
}
