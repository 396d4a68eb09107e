import { useState, type ReactNode } from 'react';
import type { Show } from '../../../data/show-types.ts';
import type { CalendarRequest } from '../utils/add-to-calendar.ts';

/** Downloads an .ics file. The builder loads on the click, not with the page. */
export function AddToCalendarButton({
  show,
  request,
  children,
  tone = 'primary',
}: {
  show: Show;
  request: CalendarRequest;
  children: ReactNode;
  tone?: 'primary' | 'secondary';
}) {
  const [failed, setFailed] = useState(false);

  const download = () => {
    setFailed(false);
    import('../utils/add-to-calendar.ts')
      .then(({ downloadIcs }) => {
        downloadIcs(show, request);
      })
      .catch(() => {
        setFailed(true);
      });
  };

  return (
    <>
      <button
        type="button"
        onClick={download}
        className={
          tone === 'primary'
            ? 'min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong'
            : 'min-h-11 rounded-md border border-line bg-surface-raised px-4 py-2 font-semibold text-ink hover:border-metal'
        }
      >
        {children}
      </button>
      {failed && (
        <p role="alert" className="basis-full text-sm text-ink">
          The calendar file could not be made. Check your connection and try again.
        </p>
      )}
    </>
  );
}
