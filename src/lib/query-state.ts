import type { DehydratedState } from '@tanstack/react-query';

/** Id of the non-executable <script type="application/json"> that carries pre-rendered query state. */
export const QUERY_STATE_ID = 'query-state';

/** JSON safe to place inside a <script> element: `<` can never close the element early. */
export function serializeQueryState(state: DehydratedState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

export function queryStateScript(state: DehydratedState): string {
  return `<script type="application/json" id="${QUERY_STATE_ID}">${serializeQueryState(state)}</script>`;
}

/** The state the build rendered with, or undefined when the page was not pre-rendered. */
export function readQueryState(doc: Document): DehydratedState | undefined {
  const text = doc.getElementById(QUERY_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as DehydratedState;
  } catch {
    // A damaged state only costs a client-side load; the page still works.
    return undefined;
  }
}
