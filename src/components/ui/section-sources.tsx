import { createContext, use, type ReactNode } from 'react';

/*
 * A section cites the same few reports under many facts (one report stands behind a dozen
 * episode dates). Each citation stays a link for the pointer and for screen readers' link lists,
 * but a keyboard would stop on every one; so a section that lists its sources once, at its end,
 * takes the citations above out of the Tab order, and keyboard users meet each report once.
 */
const ListedAtSectionEnd = createContext(false);

/** True inside a section whose sources are listed, each once, at its end. */
export function useSourcesListedAtSectionEnd(): boolean {
  return use(ListedAtSectionEnd);
}

/** Marks the citations inside as listed again at the section's end (see SourceIndex). */
export function SourcesListedAtSectionEnd({ children }: { children: ReactNode }) {
  return <ListedAtSectionEnd value={true}>{children}</ListedAtSectionEnd>;
}
