import { expectAxeClean } from './axe.ts';
import { expect, holdAppScript, test, waitForHydration, zoneButton } from './fixtures.ts';

test('a press made before the script has loaded is answered at once, then carried out', async ({
  page,
}) => {
  const letReactIn = await holdAppScript(page);
  await page.goto('/');

  const premise = page.getByRole('button', { name: /Show the premise/ });
  await premise.click();
  await expect(premise).toHaveAttribute('aria-busy', 'true');
  const spinner = await premise.evaluate(
    (button) => getComputedStyle(button, '::after').animationName,
  );
  expect(spinner).toBe('pending-spin');

  letReactIn();
  await waitForHydration(page);
  const hide = page.getByRole('button', { name: 'Hide the premise' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await expect(hide).not.toHaveAttribute('aria-busy');
});

test('while the script is on its way, what waits for it says it is loading, not that JavaScript is off', async ({
  page,
}) => {
  const letReactIn = await holdAppScript(page);
  await page.goto('/');
  const release = page.getByRole('region', { name: 'Release and broadcast' });

  await expect(zoneButton(page)).toHaveAccessibleName('Time zone: loading…');
  await expect(zoneButton(page)).toBeDisabled();
  await expect(
    release.getByText('Loading the live countdown and the times in your zone…'),
  ).toBeVisible();
  await expect(release.getByRole('combobox', { name: 'I have seen' })).toHaveText('loading…');
  await expect(
    release.getByRole('columnheader', { name: /^Where you are\s*loading…$/ }),
  ).toBeVisible();
  await expect(
    page.getByText(/needs JavaScript|could not be loaded/).filter({ visible: true }),
  ).toHaveCount(0);
  await expectAxeClean(page);

  letReactIn();
  await waitForHydration(page);
  await expect(zoneButton(page)).toBeEnabled();
  await expect(zoneButton(page)).not.toHaveAccessibleName(/loading/);
});
