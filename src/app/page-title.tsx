import type { Show } from '../data/show-types.ts';

/** The hero's text: the title in both scripts, what the show is and who made it. */
export function PageTitle({ show }: { show: Show }) {
  return (
    <>
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
    </>
  );
}
