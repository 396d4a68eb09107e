/** The horizon control's look, shared by the control and the placeholder that holds its place. */
export const HORIZON_CONTROL_LOOK = {
  // Not on paper: a printed select says nothing a reader can change.
  row: 'flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden',
  label: 'font-semibold text-ink',
  // A fixed width: the placeholder's words and the control's longest option differ in length.
  select:
    'min-h-11 w-52 rounded-md border border-line bg-surface-raised px-3 text-ink hover:border-accent disabled:opacity-75',
} as const;
