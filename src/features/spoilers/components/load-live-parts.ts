/**
 * The one way to load the parts of the story that only matter once the page is live (see
 * live-parts.ts): a single import site, so the build wraps it for preloading only once.
 */
export const loadLiveParts = () => import('./live-parts.ts');
