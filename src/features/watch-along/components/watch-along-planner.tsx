import { useEffect, useId, useRef, useState } from 'react';
import { useVisitorZone } from '../../../lib/time/use-visitor-zone.ts';
import { formatVisitorDateTime } from '../../../lib/time/visitor-format.ts';
import { deviceZone } from '../../../lib/time/zone-names.ts';
import { formatOffset, zoneCity, zoneOffsetMinutes } from '../../../lib/time/zoned-time.ts';
import { NAME_MAX_LENGTH, formatWatchLink, type WatchAlong } from '../utils/watch-link.ts';
import { defaultPlan, planWatchAlong, type PlanField, type PlanInput } from '../utils/plan.ts';
import { episodesLabel } from '../utils/watch-along-words.ts';
import { ShareLink } from './share-link.tsx';

export interface WatchAlongPlannerProps {
  /** Episodes in the run: the form offers 1 to this. */
  episodeCount: number;
  /** The visitor's horizon (episodes seen): the form starts at the episode after it. */
  horizon: number;
  /** Moves focus to the form's heading when it appears (after the "Plan" press). */
  focusOnOpen?: boolean;
}

const FIELD =
  'min-h-11 rounded-md border border-line bg-surface-raised px-3 py-2 text-ink aria-invalid:border-accent';
const LABEL = 'font-semibold text-ink';

/**
 * The form that makes a watch-along link: which episodes, when on the clock of the visitor's
 * zone, and an optional name. Every field is labelled; a problem is shown next to its field and
 * tied to it (aria-describedby, aria-invalid), and focus goes to the first such field.
 */
export function WatchAlongPlanner({
  episodeCount,
  horizon,
  focusOnOpen = true,
}: WatchAlongPlannerProps) {
  const id = useId();
  const zone = useVisitorZone() ?? deviceZone();
  const [input, setInput] = useState<PlanInput>(() =>
    defaultPlan(horizon, episodeCount, zone, Date.now()),
  );
  const [errors, setErrors] = useState<Partial<Record<PlanField, string>>>({});
  const [made, setMade] = useState<{ watchAlong: WatchAlong; clockNote?: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldRefs = useRef<Partial<Record<PlanField, HTMLElement | null>>>({});

  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [focusOnOpen]);

  const change = <K extends keyof PlanInput>(key: K, value: PlanInput[K]) => {
    setInput((current) => ({ ...current, [key]: value }));
    setMade(null);
  };

  const submit = () => {
    // The zone the page shows now, should the visitor have changed it since the form opened.
    const result = planWatchAlong({ ...input, zone }, Date.now());
    setErrors(result.errors);
    if (result.watchAlong) {
      setMade({
        watchAlong: result.watchAlong,
        ...(result.clockNote ? { clockNote: result.clockNote } : {}),
      });
      return;
    }
    setMade(null);
    const first = (['lastEpisode', 'date', 'time', 'name'] as const).find(
      (key) => result.errors[key],
    );
    if (first) fieldRefs.current[first]?.focus();
  };

  const describedBy = (field: PlanField, ...more: string[]) =>
    [...more, errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (field: PlanField) =>
    errors[field] && (
      <p id={`${id}-${field}-error`} className="text-sm font-semibold text-accent">
        {errors[field]}
      </p>
    );
  const episodeOptions = Array.from({ length: episodeCount }, (_, index) => (
    <option key={index + 1} value={index + 1}>
      Episode {index + 1}
    </option>
  ));
  // The zone's offset on the day chosen (it may differ from today's across a DST change).
  const dayMs = Date.parse(`${input.date}T12:00:00Z`);
  const offset = Number.isNaN(dayMs) ? null : formatOffset(zoneOffsetMinutes(dayMs, zone));

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-2xl border border-line bg-surface p-5 sm:p-6"
    >
      <h2
        id={`${id}-heading`}
        ref={headingRef}
        tabIndex={-1}
        className="font-display text-2xl font-bold text-ink"
      >
        Plan a watch-along
      </h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        className="space-y-4"
      >
        <fieldset className="flex flex-wrap gap-4">
          <legend className={LABEL}>Episodes</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-first`}>From</label>
            <select
              id={`${id}-first`}
              value={input.firstEpisode}
              onChange={(event) => {
                const first = Number(event.target.value);
                // Moving the start past the end moves the end with it: one episode.
                setInput((current) => ({
                  ...current,
                  firstEpisode: first,
                  lastEpisode: Math.max(first, current.lastEpisode),
                }));
                setMade(null);
              }}
              className={FIELD}
            >
              {episodeOptions}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-last`}>To</label>
            <select
              id={`${id}-last`}
              ref={(element) => {
                fieldRefs.current.lastEpisode = element;
              }}
              value={input.lastEpisode}
              aria-invalid={errors.lastEpisode ? true : undefined}
              aria-describedby={describedBy('lastEpisode')}
              onChange={(event) => {
                change('lastEpisode', Number(event.target.value));
              }}
              className={FIELD}
            >
              {episodeOptions}
            </select>
            {errorLine('lastEpisode')}
          </div>
        </fieldset>

        <fieldset className="flex flex-wrap gap-4">
          <legend className={LABEL}>When</legend>
          <p id={`${id}-zone`} className="basis-full text-sm text-ink-muted">
            On the clock in {zoneCity(zone)}
            {offset && ` (${offset} on that day)`}. Everyone who opens the link sees the same moment
            on their own clock.
          </p>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-date`}>Day</label>
            <input
              id={`${id}-date`}
              type="date"
              required
              ref={(element) => {
                fieldRefs.current.date = element;
              }}
              value={input.date}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={describedBy('date', `${id}-zone`)}
              onChange={(event) => {
                change('date', event.target.value);
              }}
              className={FIELD}
            />
            {errorLine('date')}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-time`}>Time</label>
            <input
              id={`${id}-time`}
              type="time"
              required
              ref={(element) => {
                fieldRefs.current.time = element;
              }}
              value={input.time}
              aria-invalid={errors.time ? true : undefined}
              aria-describedby={describedBy('time', `${id}-zone`)}
              onChange={(event) => {
                change('time', event.target.value);
              }}
              className={FIELD}
            />
            {errorLine('time')}
          </div>
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-name`} className={LABEL}>
            Name <span className="font-normal text-ink-muted">(optional)</span>
          </label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            ref={(element) => {
              fieldRefs.current.name = element;
            }}
            value={input.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('name', `${id}-name-hint`)}
            onChange={(event) => {
              change('name', event.target.value);
            }}
            className={FIELD}
          />
          <p id={`${id}-name-hint`} className="text-sm text-ink-muted">
            Up to {NAME_MAX_LENGTH} characters; anything longer is cut.
          </p>
          {errorLine('name')}
        </div>

        <button
          type="submit"
          className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
        >
          Make the link
        </button>
      </form>

      {made && (
        <div className="space-y-3 border-t border-line pt-4">
          <p className="text-ink">
            {episodesLabel(made.watchAlong)}, {formatVisitorDateTime(made.watchAlong.startMs, zone)}{' '}
            ({zoneCity(zone)} time)
            {made.watchAlong.name ? ` — ${made.watchAlong.name}` : ''}
          </p>
          {made.clockNote && <p className="text-sm text-ink-muted">{made.clockNote}</p>}
          <ShareLink
            search={formatWatchLink(made.watchAlong)}
            shareText={`A Metallic Rouge watch-along: ${episodesLabel(made.watchAlong).toLowerCase()}`}
          />
        </div>
      )}
    </section>
  );
}
