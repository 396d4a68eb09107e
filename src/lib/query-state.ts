import type { DehydratedState } from '@tanstack/react-query';
import { jsonScript } from './json-script.ts';

/** Id of the non-executable <script type="application/json"> that carries pre-rendered query state. */
const QUERY_STATE_ID = 'query-state';

export function queryStateScript(state: DehydratedState): string {
  return jsonScript(state, `type="application/json" id="${QUERY_STATE_ID}"`);
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
