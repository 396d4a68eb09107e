// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribeToClock } from '../../src/lib/clock.ts';

let hidden = false;

function setHidden(value: boolean) {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  hidden = false;
  vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-01-08T12:00:00.300Z'));
});

const unsubscribers: (() => void)[] = [];
afterEach(() => {
  for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
});

function listen() {
  const listener = vi.fn<() => void>();
  unsubscribers.push(subscribeToClock(listener));
  return listener;
}

describe('the shared clock', () => {
  it('wakes listeners on the next whole second, then once a second', () => {
    const listener = listen();
    vi.advanceTimersByTime(699);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(Date.now() % 1000).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(listener).toHaveBeenCalledTimes(11);
  });

  it('runs one timer however many listen, and none once everyone has left', () => {
    listen();
    listen();
    listen();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(vi.getTimerCount()).toBe(1);
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('realigns to the second after the system clock jumps', () => {
    const listener = listen();
    vi.advanceTimersByTime(700);
    listener.mockClear();
    vi.setSystemTime(new Date('2024-01-08T15:00:00.250Z'));
    vi.advanceTimersByTime(1000);
    // The tick already queued fires, then the chain snaps back onto whole seconds.
    expect(listener).toHaveBeenCalled();
    listener.mockClear();
    vi.advanceTimersByTime(1000 - (Date.now() % 1000));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(Date.now() % 1000).toBe(0);
  });

  it('does no work while the tab is hidden and catches up the moment it is shown', () => {
    const listener = listen();
    setHidden(true);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_600_000);
    expect(listener).not.toHaveBeenCalled();
    setHidden(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('does not start while the tab is hidden', () => {
    hidden = true;
    listen();
    expect(vi.getTimerCount()).toBe(0);
  });
});
