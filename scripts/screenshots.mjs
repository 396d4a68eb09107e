// Screenshots of the production build for the README: dark and light, phone and desktop.
// Run after `npm run build`: node scripts/screenshots.mjs   (writes docs/screenshots/*.png)
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveBuild } from './serving.mjs';

const server = await serveBuild('dist', 4594);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});

await mkdir('docs/screenshots', { recursive: true });
const shots = [
  { name: 'desktop', width: 1440, height: 1100 },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 2 },
];
try {
  for (const { name, ...viewport } of shots) {
    for (const colorScheme of ['dark', 'light']) {
      const page = await browser.newPage({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor ?? 1,
        colorScheme,
      });
      await page.goto(server.url);
      await page.locator('[data-island]:not([data-live])').first().waitFor({ state: 'detached' });
      const path = `docs/screenshots/${name}-${colorScheme}.png`;
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
