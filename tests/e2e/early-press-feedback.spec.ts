import { expect, holdAppScript, test, waitForHydration } from './fixtures.ts';

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
