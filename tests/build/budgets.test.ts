import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allAssets,
  distText,
  firstLoadScripts,
  gzipBytes,
  htmlScripts,
  indexHtml,
  inlineScripts,
  inlineStyles,
  linkedStyles,
} from './build-output.ts';

const KiB = 1024;
/*
 * HTML: two TCP round trips' first windows (14 KiB, then twice that), with the stylesheet and
 * boot.js written into it so the first paint waits for nothing else; the CSS's own 10 KiB is
 * checked inside it. Script: React, React DOM and TanStack Query are ~76 KiB of it (the bench's
 * floor); the page's own code, every island's, is the rest.
 */
const BUDGET = { script: 94 * KiB, css: 10 * KiB, html: 27 * KiB };

function report(label: string, bytes: number, budget: number, files: string[] = []): void {
  const detail = files.length > 0 ? ` (${files.join(', ')})` : '';
  console.log(`${label}: ${(bytes / KiB).toFixed(1)} KiB gzip of ${budget / KiB} KiB${detail}`);
}

describe('first-paint budgets (gzip -9 bytes of dist/)', () => {
  it(`loads at most ${BUDGET.script / KiB} KiB of script on first paint`, () => {
    const scripts = firstLoadScripts();
    expect(scripts.length).toBeGreaterThan(0);
    // The scripts written into the HTML are script all the same.
    const bytes = [...scripts.map(distText), ...inlineScripts()].reduce(
      (sum, code) => sum + gzipBytes(code),
      0,
    );
    report('Script on first paint', bytes, BUDGET.script, [...scripts, 'the inline scripts']);
    expect(bytes).toBeLessThanOrEqual(BUDGET.script);
  });

  it('is found by the browser in the HTML: one module script, first in <head>, the rest inline', () => {
    expect(htmlScripts()).toHaveLength(1);
    // Asked for with the page's first bytes: only the charset and the policy come before it.
    const head = indexHtml.slice(indexHtml.indexOf('<head>'), indexHtml.indexOf('<script'));
    expect(head.match(/<[a-z]+/g)).toEqual(['<head', '<meta', '<meta']);
    expect(head).toContain('http-equiv="Content-Security-Policy"');
    expect(indexHtml.indexOf('<script')).toBe(indexHtml.indexOf('<script type="module"'));
    expect(linkedStyles()).toEqual([]);
    // boot.js.
    expect(inlineScripts()).toHaveLength(1);
    expect(inlineStyles()).toHaveLength(1);
    expect(allAssets().filter((path) => path.endsWith('.css'))).toEqual([]);
    // Nor may a lazily loaded chunk ask for a stylesheet file (vite.config.ts: stylesheetInHtml).
    const askingForCss = allAssets().filter((path) => /assets\/[\w-]+\.css/.test(distText(path)));
    expect(askingForCss).toEqual([]);
  });

  it('writes boot.js into the HTML minified: no comment left, half the size', () => {
    const [shipped] = inlineScripts();
    expect(shipped).toContain('localStorage');
    expect(shipped!.length).toBeLessThan(readFileSync('public/boot.js', 'utf8').length / 2);
    expect(shipped).not.toMatch(/^\s*\/\/|\/\*/m);
  });

  it(`writes at most ${BUDGET.css / KiB} KiB of CSS into the HTML`, () => {
    const bytes = gzipBytes(inlineStyles().join(''));
    report('CSS', bytes, BUDGET.css, ['inline']);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(BUDGET.css);
  });

  it(`sends at most ${BUDGET.html / KiB} KiB of HTML, its CSS and scripts included`, () => {
    const bytes = gzipBytes(indexHtml);
    report('HTML', bytes, BUDGET.html);
    expect(bytes).toBeLessThanOrEqual(BUDGET.html);
  });

  it('keeps the list of every time zone, and the search through it, out of the first load', () => {
    const zoneList = allAssets().filter(
      (file) => file.endsWith('.js') && distText(file).includes('supportedValuesOf'),
    );
    expect(zoneList).toHaveLength(1);
    expect(firstLoadScripts()).not.toContain(zoneList[0]);
    for (const script of firstLoadScripts()) {
      expect(distText(script)).not.toContain('supportedValuesOf');
    }
  });

  it('keeps the story out of everything loaded on first paint', () => {
    const storyChunks = allAssets().filter(
      (file) => file.endsWith('.js') && /Immortal Nine|Canal City/.test(distText(file)),
    );
    expect(storyChunks.length).toBeGreaterThanOrEqual(2);
    for (const chunk of storyChunks) {
      expect(firstLoadScripts()).not.toContain(chunk);
      expect(indexHtml).not.toContain(chunk);
    }
    expect(indexHtml).not.toMatch(/Immortal Nine|Canal City|Nectar|Panacea/);
  });

  /*
   * The watch-along's card and form are downloaded when a link names one or the visitor presses
   * "Plan a watch-along" (issue #26), never with the page. Each is recognised by words only it has.
   */
  it.each([
    ['src/features/watch-along/components/watch-along-card.tsx', 'The watch-along has ended.'],
    ['src/features/watch-along/components/share-link.tsx', 'Copy link'],
  ])('leaves the watch-along’s %s out of the first load', (source, words) => {
    expect(readFileSync(source, 'utf8')).toContain(words);
    const lazy = allAssets().filter(
      (file) => file.endsWith('.js') && distText(file).includes(words),
    );
    expect(lazy).toHaveLength(1);
    expect(firstLoadScripts()).not.toContain(lazy[0]);
    expect(indexHtml).not.toContain(lazy[0]);
  });

  /*
   * What is not an island is written into the HTML by the build and never runs in the browser:
   * its code must not ride along in the page's script. Each is recognised by words only it renders.
   */
  it.each([
    ['src/components/ui/source-index.tsx', 'as links'],
    ['src/features/credits/components/credits-section.tsx', 'No cast has been announced yet.'],
    ['src/features/show-facts/components/show-facts-section.tsx', 'Japanese title'],
    ['src/app/hero-art.tsx', 'M0 470H1200'],
    ['src/features/release/components/where-to-watch.tsx', 'On TV in Japan'],
    ['src/features/release/components/date-timeline.tsx', 'How the date became known'],
    ['src/app/page-header.tsx', 'From studio'],
  ])('leaves the static %s out of the script the page loads', (source, words) => {
    expect(readFileSync(source, 'utf8')).toContain(words);
    for (const script of firstLoadScripts()) {
      expect(distText(script), script).not.toContain(words);
    }
  });
});
