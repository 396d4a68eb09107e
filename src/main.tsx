/*
 * Entry. The pre-rendered HTML is already readable, so the page's script should not compete
 * with the HTML and CSS for the first paint: React and the app load once the first frame is on
 * screen. This file stays tiny; everything else is in hydrate.tsx.
 */
// In the entry so the build links the stylesheet from the HTML, where it paints with the page.
import './styles/index.css';

function hydratePage(): void {
  void import('./hydrate.tsx');
}

requestAnimationFrame(() => {
  setTimeout(hydratePage, 0);
});
