/**
 * Between the first paint and hydration the pre-rendered buttons are plain HTML, and a press on
 * one does nothing. This keeps the buttons pressed in that window and presses them again, in
 * order, once React owns the page: an early press arrives late instead of being lost.
 */
export function holdEarlyPresses(root: Document = document) {
  const pressed: HTMLButtonElement[] = [];
  const remember = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    pressed.push(button);
    // Answer the press at once: CSS turns a waiting button busy (a spinner), and assistive tech
    // hears that it is busy. React never sets these, so hydration is not disturbed.
    button.setAttribute('aria-busy', 'true');
    button.dataset.pendingPress = 'true';
  };
  // Capture phase: seen before anything else on the page can stop the event.
  root.addEventListener('click', remember, true);

  return {
    /**
     * Call as soon as React listens (right after hydrateRoot). From then on React handles presses
     * itself, hydrating the pressed part first, so holding them too would press twice.
     */
    stopHolding: () => {
      root.removeEventListener('click', remember, true);
    },
    /** Call once the page is hydrated: presses the held buttons that are still on the page. */
    replay: () => {
      for (const button of pressed.splice(0)) {
        button.removeAttribute('aria-busy');
        delete button.dataset.pendingPress;
        if (button.isConnected) button.click();
      }
    },
  };
}
