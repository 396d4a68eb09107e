// Screenshots of the production build for the README: dark and light, phone and desktop.
// Run after `npm run build`: node scripts/screenshots.mjs   (writes docs/screenshots/*.png)
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 4594;
const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
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
      await gotoWhenUp(page, `http://127.0.0.1:${PORT}/`);
      await page.locator('[data-island]:not([data-live])').first().waitFor({ state: 'detached' });
      const path = `docs/screenshots/${name}-${colorScheme}.png`;
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

async function gotoWhenUp(page, url) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.goto(url);
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
