import { useState } from 'react';
import type { Show } from '../../../data/show-types.ts';

/** Downloads the premiere as an .ics file. The builder loads on the click, not with the page. */
export function AddToCalendarButton({ show }: { show: Show }) {
  const [failed, setFailed] = useState(false);

  const download = () => {
    setFailed(false);
    import('../utils/add-to-calendar.ts')
      .then(({ downloadPremiereIcs }) => {
        downloadPremiereIcs(show);
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
        className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong"
      >
        Add to calendar <span className="font-normal">(.ics)</span>
      </button>
      {failed && (
        <p role="alert" className="basis-full text-sm text-ink">
          The calendar file could not be made. Check your connection and try again.
        </p>
      )}
    </>
  );
}
