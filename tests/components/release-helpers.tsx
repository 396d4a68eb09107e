import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { DatePrecision, Show } from '../../src/data/show-types.ts';
import { metallicRouge } from '../../src/data/shows/metallic-rouge.ts';
import { CountdownCard } from '../../src/features/release/components/countdown-card.tsx';
import { EpisodeGuide } from '../../src/features/release/components/episode-guide.tsx';
import { GuideLive } from '../../src/features/release/components/guide-cells.tsx';
import { SeenEpisodeTitle } from '../../src/features/spoilers/components/episode-title.tsx';
import { HorizonControl } from '../../src/features/spoilers/components/horizon-control.tsx';
import { ReleaseSection } from '../../src/features/release/components/release-section.tsx';

/** The release section with its islands in place, for `show`. */
export function Release({ show = metallicRouge }: { show?: Show }) {
  return (
    <ReleaseSection
      show={show}
      card={<CountdownCard show={show} />}
      guide={
        show.run && (
          <EpisodeGuide
            show={show}
            run={show.run}
            live={
              <>
                <HorizonControl show={show} />
                <GuideLive
                  show={show}
                  title={(episodeNumber) => (
                    <SeenEpisodeTitle show={show} episodeNumber={episodeNumber} />
                  )}
                />
              </>
            }
          />
        )
      }
    />
  );
}

export const PREMIERE_MS = Date.parse(metallicRouge.premiere.start);

/** Moves the fake clock and its timers forward, letting React render what they cause. */
export function tick(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/**
 * The same show as it was before its run was known: a premiere known only to `precision`,
 * starting at `start`, and no broadcast run yet.
 */
export function showWithPremiere(precision: DatePrecision, start: string): Show {
  return {
    ...metallicRouge,
    premiere: { ...metallicRouge.premiere, precision, start, lateNightNotation: undefined },
    run: undefined,
  };
}

/** Pretends the visitor's system is set to `zone`: it becomes every formatter's default zone. */
export function visitFrom(zone: string) {
  const Real = Intl.DateTimeFormat;
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
    locales?: Intl.LocalesArgument,
    options?: Intl.DateTimeFormatOptions,
  ) {
    // An option left undefined means the default zone too, as in the browser.
    return new Real(locales, { ...options, timeZone: options?.timeZone ?? zone });
  });
}
