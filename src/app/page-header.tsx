import type { Show } from '../data/show-types.ts';

export function PageHeader({ show }: { show: Show }) {
  return (
    <header className="mx-auto w-full max-w-6xl px-4 pt-12 pb-6 sm:px-6">
      <h1 className="font-display text-4xl font-extrabold tracking-tight text-ink sm:text-6xl">
        {show.title.english}{' '}
        <span
          lang={show.title.native.lang}
          className="block text-2xl font-bold text-accent sm:text-3xl"
        >
          {show.title.native.text}
        </span>
      </h1>
      <p className="mt-4 max-w-prose text-lg text-ink-muted">
        {show.tagline} By studio {show.studio.name}.
      </p>
    </header>
  );
}
