/** The horizon control's look, shared by the control and the placeholder that holds its place. */
export const HORIZON_CONTROL_LOOK = {
  row: 'flex flex-wrap items-center gap-x-3 gap-y-1',
  label: 'font-semibold text-ink',
  // A fixed width: the placeholder's words and the control's longest option differ in length.
  select:
    'min-h-11 w-52 rounded-md border border-line bg-surface-raised px-3 text-ink hover:border-accent disabled:opacity-75',
} as const;
