/** The event public/hold-presses.js answers with the buttons it holds, in the order pressed. */
const HAND_OVER = 'early-presses:hand-over';

/**
 * Presses made before React listened, held by public/hold-presses.js from the first moment the
 * page could be pressed. Call as soon as React listens (right after hydrateRoot): the script stops
 * holding and hands its buttons over. `replay` presses them again once the page is hydrated.
 */
export function takeEarlyPresses(root: Document = document) {
  let pressed: HTMLButtonElement[] = [];
  // No answer (the script did not run: a page without it): nothing was held.
  root.dispatchEvent(
    new CustomEvent(HAND_OVER, {
      detail: (buttons: HTMLButtonElement[]) => {
        pressed = buttons;
      },
    }),
  );

  return {
    /** Presses the held buttons that are still on the page, in order, clearing their busy look. */
    replay: () => {
      for (const button of pressed.splice(0)) {
        button.removeAttribute('aria-busy');
        delete button.dataset.pendingPress;
        if (button.isConnected) button.click();
      }
    },
  };
}
