/*
 * The words in a spot the page's script fills in (the visitor's zone, the live countdown). The
 * build cannot know whether that script will run, so the HTML carries each case and CSS shows the
 * one that is true: `loading` while a browser with script on fetches the code, `withoutScript`
 * when script is off, and `failed` once the code could not be downloaded
 * (html[data-script-failed]). No script is needed to pick, so none can pick wrong.
 */

export interface ScriptCases {
  loading: string;
  withoutScript: string;
  failed: string;
}

/** Each case and the classes that show it only when it is true (`code-failed`: styles/index.css). */
export const SCRIPT_CASES = [
  { name: 'loading', className: 'noscript:hidden code-failed:hidden' },
  { name: 'withoutScript', className: 'hidden noscript:inline' },
  { name: 'failed', className: 'hidden code-failed:inline' },
] as const satisfies readonly { name: keyof ScriptCases; className: string }[];

/** The words of a short stand-in: a control's value, a column's subheading. */
export const SHORT_STAND_IN: ScriptCases = {
  loading: 'loading…',
  withoutScript: 'needs JavaScript',
  failed: 'not loaded',
};

export function UntilScriptRuns(cases: ScriptCases) {
  return SCRIPT_CASES.map(({ name, className }) => (
    <span key={name} className={className}>
      {cases[name]}
    </span>
  ));
}
