// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module for each test: its state is the page's, once per load. */
async function freshPhase() {
  vi.resetModules();
  return import('../../src/lib/hydration-phase.ts');
}

describe('the hydration phase', () => {
  beforeEach(() => {
    delete document.documentElement.dataset.partsWaiting;
  });

  it('is never hydrating on a page that was not pre-rendered (the dev server, tests)', async () => {
    const phase = await freshPhase();
    expect(phase.mayBeHydrating()).toBe(false);
    phase.countWaitingParts(1);
    expect(phase.mayBeHydrating()).toBe(false);
    expect(phase.isPreRenderedPage()).toBe(false);
  });

  it('lasts from hydrateRoot until the page has committed and no deferred part waits', async () => {
    const phase = await freshPhase();
    phase.markHydratingPreRenderedPage();
    expect(phase.isPreRenderedPage()).toBe(true);
    expect(phase.mayBeHydrating()).toBe(true);

    // The page's effects run after its deferred parts have counted themselves.
    phase.countWaitingParts(1);
    phase.countWaitingParts(1);
    phase.markPageHydrated();
    expect(phase.mayBeHydrating()).toBe(true);
    expect(document.documentElement.dataset.partsWaiting).toBe('2');

    phase.countWaitingParts(-1);
    expect(phase.mayBeHydrating()).toBe(true);
    phase.countWaitingParts(-1);
    expect(phase.mayBeHydrating()).toBe(false);
    expect(document.documentElement.dataset.partsWaiting).toBe('0');

    // Static parts keep their HTML for ever, long after hydration.
    expect(phase.isPreRenderedPage()).toBe(true);
  });

  it('opens again while a deferred part mounted later waits for its code', async () => {
    const phase = await freshPhase();
    phase.markHydratingPreRenderedPage();
    phase.markPageHydrated();
    expect(phase.mayBeHydrating()).toBe(false);
    phase.countWaitingParts(1);
    expect(phase.mayBeHydrating()).toBe(true);
  });
});
