// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyPresses } from '../../src/entry/early-presses.ts';

const holdPressesSource = readFileSync('public/hold-presses.js', 'utf8');

/** Runs public/hold-presses.js as the page's <head> does, before anything can be pressed. */
function startHolding() {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the real file is the point
  (new Function(holdPressesSource) as () => void)();
}

function addButton(name: string) {
  const button = document.createElement('button');
  button.textContent = name;
  document.body.append(button);
  return button;
}

afterEach(() => {
  // Every test hands over: no holding script stays behind to hold the next test's presses.
  document.body.replaceChildren();
});

describe('presses held before React listens', () => {
  it('are answered at once: the button looks and reads busy', () => {
    startHolding();
    const button = addButton('early');
    button.click();
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.dataset.pendingPress).toBe('true');

    takeEarlyPresses().replay();
    expect(button.hasAttribute('aria-busy')).toBe(false);
    expect(button.dataset.pendingPress).toBeUndefined();
  });

  it('are pressed again, in order, once handed over and replayed', () => {
    startHolding();
    const first = addButton('first');
    const second = addButton('second');
    first.click();
    second.click();
    const presses = takeEarlyPresses();

    const replayed: string[] = [];
    document.addEventListener('click', (event) => {
      replayed.push((event.target as HTMLElement).textContent);
    });
    presses.replay();
    expect(replayed).toEqual(['first', 'second']);
  });

  it('stop at the hand-over: later presses are React’s alone', () => {
    startHolding();
    const button = addButton('late');
    const presses = takeEarlyPresses();
    button.click();
    expect(button.hasAttribute('aria-busy')).toBe(false);
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    presses.replay();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('skip a held button that is no longer on the page, and a press on no button', () => {
    startHolding();
    const gone = addButton('gone');
    gone.click();
    document.body.click();
    gone.remove();
    const presses = takeEarlyPresses();
    const onClick = vi.fn();
    gone.addEventListener('click', onClick);
    presses.replay();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('find the button from a press on something inside it', () => {
    startHolding();
    const button = addButton('');
    const icon = document.createElement('span');
    button.append(icon);
    icon.click();
    const presses = takeEarlyPresses();
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    presses.replay();
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('are let go, no longer busy, once the script has failed for good', async () => {
    startHolding();
    const button = addButton('waiting');
    button.click();
    document.documentElement.dataset.scriptFailed = 'true';
    // The holding script learns of the failure from a MutationObserver: after this microtask.
    await Promise.resolve();
    expect(button.hasAttribute('aria-busy')).toBe(false);
    expect(button.dataset.pendingPress).toBeUndefined();
    const later = addButton('later');
    later.click();
    expect(later.hasAttribute('aria-busy')).toBe(false);
    delete document.documentElement.dataset.scriptFailed;
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    takeEarlyPresses().replay();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('are let go when the app’s entry itself fails to download, which marks the script failed', async () => {
    startHolding();
    const button = addButton('waiting');
    button.click();
    const entry = document.createElement('script');
    entry.type = 'module';
    document.head.append(entry);
    // What the browser fires at a script element whose file did not load (it does not bubble).
    entry.dispatchEvent(new Event('error'));
    expect(document.documentElement.dataset.scriptFailed).toBe('true');
    await Promise.resolve();
    expect(button.hasAttribute('aria-busy')).toBe(false);
    entry.remove();
    delete document.documentElement.dataset.scriptFailed;
    takeEarlyPresses();
  });

  it('are none when the holding script never ran', () => {
    const button = addButton('unheld');
    button.click();
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    takeEarlyPresses().replay();
    expect(onClick).not.toHaveBeenCalled();
  });
});
