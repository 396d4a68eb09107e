/** The "Where to watch" heading's id: the card links to it before that section has loaded. */
export const WHERE_TO_WATCH_ID = 'where-to-watch';
