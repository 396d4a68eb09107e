import { useState, type ReactNode } from 'react';
import { BUTTON_STYLE } from './button-style.ts';

/**
 * Downloads an .ics file made by `download`, whose builder is loaded on the press, not with the
 * page; says so if that fails.
 */
export function CalendarButton({
  download,
  children,
  tone = 'primary',
}: {
  download: () => Promise<void>;
  children: ReactNode;
  tone?: 'primary' | 'secondary';
}) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setFailed(false);
          download().catch(() => {
            setFailed(true);
          });
        }}
        className={
          tone === 'primary'
            ? 'min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong'
            : BUTTON_STYLE
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
