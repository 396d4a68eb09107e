/** The show this page is about: the build pre-renders it, and the browser renders its islands. */
export const SHOW_ID = 'metallic-rouge';
