/** The page's everyday button (and a link that acts as one): one look wherever it appears. */
export const BUTTON_STYLE =
  'min-h-11 rounded-md border border-line bg-surface-raised px-4 py-2 font-semibold text-ink hover:border-metal';
