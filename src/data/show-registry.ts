/** Each show's module loads on demand: the data is a real async boundary that can fail. */
export const showLoaders: Record<string, () => Promise<unknown>> = {
  'metallic-rouge': () =>
    import('./shows/metallic-rouge.ts').then((module) => module.metallicRouge),
};
