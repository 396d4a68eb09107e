/** The show this page is about: the build pre-renders it, and the client hydrates it. */
export const SHOW_ID = 'metallic-rouge';
