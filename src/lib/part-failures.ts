/*
 * The parts whose code could not be downloaded: deferred parts (lib/static-part.tsx), which keep
 * their pre-rendered HTML, and parts loaded after hydration (components/ui/after-hydration.tsx),
 * which keep their placeholder. Nothing the page showed is lost; this list lets the page say which
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
  // For CSS: the stand-ins of parts whose code is missing stop saying it is loading
  // (components/ui/until-script-runs.tsx); they are inside boundaries React will not re-render.
  document.documentElement.toggleAttribute('data-parts-failed', failed.length > 0);
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

/**
 * Loads a part's code. If the download fails, the promise does not reject: it waits, the part is
 * listed as failed, and a retry that brings the code resolves it. So a part that suspends on it
 * stays as it was (a deferred part keeps its pre-rendered HTML, a later part its placeholder)
 * instead of being thrown away for an error, and comes to life once the code arrives.
 */
export async function loadOrWaitForRetry<T>(load: () => Promise<T>, what: string): Promise<T> {
  try {
    return await load();
  } catch {
    return new Promise((resolve) => {
      reportFailedPart({
        what,
        retry: async () => {
          resolve(await load());
        },
      });
    });
  }
}
