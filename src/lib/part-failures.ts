/*
 * The deferred parts (lib/static-part.tsx) whose code could not be downloaded. Such a part keeps
 * its pre-rendered HTML, so nothing the page showed is lost; this list lets the page say which
 * parts are not working and try them again, at the visitor's press or when the browser is back
 * online.
 */

export interface FailedPart {
  /** What the visitor would call the part, e.g. "the time zone chooser". */
  what: string;
  /** Downloads the part's code again; resolves once the part works. */
  retry: () => Promise<void>;
}

const none: readonly FailedPart[] = [];
let failed = none;
const listeners = new Set<() => void>();

function publish(next: readonly FailedPart[]): void {
  failed = next;
  for (const listener of listeners) listener();
}

/** Called by a deferred part whose code did not arrive. */
export function reportFailedPart(part: FailedPart): void {
  if (failed.length === 0) window.addEventListener('online', retryOnline);
  publish([...failed, part]);
}

/** Tries every failed part again; resolves to true once none is left failing. */
export async function retryFailedParts(): Promise<boolean> {
  const attempts = failed;
  const results = await Promise.allSettled(attempts.map((part) => part.retry()));
  const working = new Set(attempts.filter((_, index) => results[index]?.status === 'fulfilled'));
  publish(failed.filter((part) => !working.has(part)));
  if (failed.length === 0) window.removeEventListener('online', retryOnline);
  return failed.length === 0;
}

function retryOnline(): void {
  void retryFailedParts();
}

export function subscribeToFailedParts(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The parts that do not work, in the order they failed (a new array on every change). */
export function getFailedParts(): readonly FailedPart[] {
  return failed;
}

/** Whether the part named `what` is among them. */
export function isFailedPart(what: string): boolean {
  return failed.some((part) => part.what === what);
}

/** The build renders no failures. */
export function getNoFailedParts(): readonly FailedPart[] {
  return none;
}
