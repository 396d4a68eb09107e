// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdEarlyPresses } from '../../src/entry/early-presses.ts';

function addButton(name: string) {
  const button = document.createElement('button');
  button.textContent = name;
  document.body.append(button);
  return button;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('holdEarlyPresses', () => {
  it('presses again, in order, the buttons pressed before hydration', () => {
    const presses = holdEarlyPresses();
    const first = addButton('first');
    const second = addButton('second');
    first.click();
    second.click();
    presses.stopHolding();

    const replayed: string[] = [];
    document.addEventListener('click', (event) => {
      replayed.push((event.target as HTMLElement).textContent);
    });
    presses.replay();
    expect(replayed).toEqual(['first', 'second']);
  });

  it('keeps presses made after React started listening to React alone', () => {
    const presses = holdEarlyPresses();
    const button = addButton('late');
    presses.stopHolding();
    button.click();
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    presses.replay();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('skips a held button that is no longer on the page, and a press on no button', () => {
    const presses = holdEarlyPresses();
    const gone = addButton('gone');
    gone.click();
    document.body.click();
    gone.remove();
    presses.stopHolding();
    const onClick = vi.fn();
    gone.addEventListener('click', onClick);
    presses.replay();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('finds the button from a press on something inside it', () => {
    const presses = holdEarlyPresses();
    const button = addButton('');
    const icon = document.createElement('span');
    button.append(icon);
    icon.click();
    presses.stopHolding();
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    presses.replay();
    expect(onClick).toHaveBeenCalledOnce();
  });
});
