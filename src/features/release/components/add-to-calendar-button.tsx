import type { ReactNode } from 'react';
import { CalendarButton } from '../../../components/ui/calendar-button.tsx';
import type { Show } from '../../../data/show-types.ts';
import type { CalendarRequest } from '../utils/add-to-calendar.ts';

/** The .ics for the premiere, an episode or the whole run. */
export function AddToCalendarButton({
  show,
  request,
  children,
  tone,
}: {
  show: Show;
  request: CalendarRequest;
  children: ReactNode;
  tone?: 'primary' | 'secondary';
}) {
  return (
    <CalendarButton
      download={() =>
        import('../utils/add-to-calendar.ts').then(({ downloadIcs }) => {
          downloadIcs(show, request);
        })
      }
      {...(tone ? { tone } : {})}
    >
      {children}
    </CalendarButton>
  );
}
