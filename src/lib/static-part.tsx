import {
  Suspense,
  lazy,
  memo,
  use,
  useEffect,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { countWaitingParts, isPreRenderedPage } from './hydration-phase.ts';
import { isFailedPart, loadOrWaitForRetry, subscribeToFailedParts } from './part-failures.ts';

/*
 * Hydrate only what moves. Most of the page cannot change after the build (credits, facts, the
 * timeline): React need not walk it, and the browser need not download its code. A part made
 * with `staticPart` is a lazily loaded component whose code the build loads before it renders
 * (`loadAllParts`), so it is written into the HTML in full. In the browser, while React hydrates the
 * pre-rendered page, the part suspends for ever inside its own Suspense boundary, so React keeps
 * the pre-rendered HTML exactly as it is and never asks for the code. Rendering from scratch
 * (the dev server, component tests) has no HTML to keep, so it loads the component.
 * A `deferredPart` is hydrated too, after its code has loaded: parts that change, but not at
 * once (the visitor's times in the episode guide).
 */

const never = new Promise<never>(() => undefined);

function KeepPreRenderedHtml(): ReactNode {
  return use(never);
}

type Load<Props> = () => Promise<ComponentType<Props>>;

/** Counts `change` while the calling component is mounted (0: not counted, a static part). */
function useCountWaitingParts(change: -1 | 0 | 1): void {
  useEffect(() => {
    if (change === 0) return;
    countWaitingParts(change);
    return () => {
      countWaitingParts(change === 1 ? -1 : 1);
    };
  }, [change]);
}

/**
 * A deferred part waits for its code from the moment its boundary is on screen, unless that code
 * failed to download: then nothing is on its way until a retry brings it, and the page should not
 * go on acting as if it were still hydrating (lib/hydration-phase.ts).
 */
function WaitingForCode({ what }: { what: string }): null {
  const failed = useSyncExternalStore(
    subscribeToFailedParts,
    () => isFailedPart(what),
    () => false,
  );
  useCountWaitingParts(failed ? 0 : 1);
  return null;
}

function withBoundary<Props extends object>(Inner: ComponentType<Props>, what?: string) {
  // Memoised: a dehydrated boundary that received new props would be rendered on the client. So
  // the failure state is read by a sibling, which re-renders alone.
  return memo(function Boundary(props: Props) {
    return (
      <>
        {what !== undefined && <WaitingForCode what={what} />}
        <Suspense fallback={null}>
          <Inner {...props} />
        </Suspense>
      </>
    );
  });
}

/** Every part's loader, so the build can load them all before it renders. */
const loaders = new Set<() => Promise<unknown>>();

/** Loads every part's code: the build calls it so the renderer has them all at once. */
export async function loadAllParts(): Promise<void> {
  await Promise.all([...loaders].map((load) => load()));
}

function part<Props extends object>(load: Load<Props>, what?: string) {
  const hydrate = what !== undefined;
  let loaded: ComponentType<Props> | undefined;
  const loadOnce = async () => (loaded ??= await load());
  loaders.add(loadOnce);
  const Lazy = lazy(async () => ({
    default: hydrate ? await loadOrWaitForRetry(loadOnce, what) : await loadOnce(),
  }));
  return withBoundary(function Part(props: Props) {
    // A deferred part stops waiting once its content is committed, which happens only once its
    // code has arrived (WaitingForCode counted it in).
    useCountWaitingParts(hydrate ? -1 : 0);
    if (!hydrate && isPreRenderedPage()) return <KeepPreRenderedHtml />;
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }, what);
}

/** A part that is never hydrated: the pre-rendered HTML stays as the build made it. */
export function staticPart<Props extends object>(load: Load<Props>) {
  return part(load);
}

/**
 * Like `staticPart`, but hydrated once its code arrives (loaded after the page's own). `what`
 * names it for the visitor should its code fail to download, e.g. "the time zone chooser".
 */
export function deferredPart<Props extends object>(what: string, load: Load<Props>) {
  return part(load, what);
}
