import type { Page } from '@playwright/test';
import { expect, test, pageSettled } from './fixtures.ts';
import { PREMIERE_MS, openAt, timerText } from './release-helpers.ts';

/** Every node in the document, text nodes included. */
function countNodes(page: Page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count += 1;
    return count;
  });
}

/**
 * Counts timers as the page starts them, and which are still waiting. Installed over the fake
 * clock's own setTimeout, so it sees every timer the app starts from now on.
 */
async function watchTimers(page: Page) {
  await page.evaluate(() => {
    const pending = new Set<number>();
    const started = { count: 0 };
    const realSet = window.setTimeout.bind(window);
    const realClear = window.clearTimeout.bind(window);
    window.setTimeout = ((handler: () => void, delay?: number) => {
      started.count += 1;
      const id = realSet(() => {
        pending.delete(id);
        handler();
      }, delay);
      pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      realClear(id);
    }) as typeof window.clearTimeout;
    Object.assign(window, {
      timerStats: () => ({ started: started.count, pending: pending.size }),
    });
  });
  return () =>
    page.evaluate(() =>
      (
        window as unknown as { timerStats: () => { started: number; pending: number } }
      ).timerStats(),
    );
}

async function measureRun(page: Page, runMs: number) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    // Twice: the first pass can leave garbage that only a second one frees.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The rest of the page loads its own parts over the network; let it finish first.
  await pageSettled(page);
  const timerStats = await watchTimers(page);
  // Warm up, so compiled code and first-use caches are not counted as growth.
  await page.clock.runFor(600_000);
  const nodesBefore = await countNodes(page);
  const heapBefore = await heap();
  const statsBefore = await timerStats();
  await page.clock.runFor(runMs);
  const statsAfter = await timerStats();
  const nodesAfter = await countNodes(page);
  const heapAfter = await heap();
  return {
    nodesBefore,
    nodesAfter,
    heapGrowth: heapAfter - heapBefore,
    timersStarted: statsAfter.started - statsBefore.started,
    timersPending: statsAfter.pending,
  };
}

test.describe('a long run of ticking', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('a simulated hour keeps the DOM the same size, the heap flat and one timer alive', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await openAt(page, PREMIERE_MS - 86_400_000 * 5);
    const result = await measureRun(page, 3_600_000);
    const line = `simulated hour: heap growth ${(result.heapGrowth / 1024).toFixed(1)} KiB, DOM nodes ${result.nodesBefore} → ${result.nodesAfter}, timers started ${result.timersStarted}, pending ${result.timersPending}`;
    console.log(line);
    testInfo.annotations.push({ type: 'measurement', description: line });

    await expect(timerText(page)).toContainText('4 days, 22 hours, 50 minutes and 0 seconds');
    expect(result.nodesAfter).toBe(result.nodesBefore);
    // One chain, one timer a second: two chains would start twice as many.
    expect(result.timersStarted).toBeGreaterThanOrEqual(3599);
    expect(result.timersStarted).toBeLessThanOrEqual(3601);
    expect(result.timersPending).toBe(1);
    // The aim is under 256 KiB an hour; the bound is looser so GC timing cannot make it flaky.
    expect(result.heapGrowth).toBeLessThan(1024 * 1024);
  });

  test('a simulated day ends on the right second with the DOM unchanged', async ({
    page,
  }, testInfo) => {
    test.setTimeout(600_000);
    await openAt(page, PREMIERE_MS - 86_400_000 * 3);
    const result = await measureRun(page, 86_400_000);
    const line = `simulated day: heap growth ${(result.heapGrowth / 1024).toFixed(1)} KiB, DOM nodes ${result.nodesBefore} → ${result.nodesAfter}, timers started ${result.timersStarted}, pending ${result.timersPending}`;
    console.log(line);
    testInfo.annotations.push({ type: 'measurement', description: line });

    await expect(timerText(page)).toContainText('1 day, 23 hours, 50 minutes and 0 seconds');
    expect(result.nodesAfter).toBe(result.nodesBefore);
    expect(result.timersStarted).toBeGreaterThanOrEqual(86_399);
    expect(result.timersStarted).toBeLessThanOrEqual(86_401);
    expect(result.timersPending).toBe(1);
    expect(result.heapGrowth).toBeLessThan(2 * 1024 * 1024);
  });
});
