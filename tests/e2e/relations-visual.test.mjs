// Screenshots of the Facts and Map tabs for review (artifacts/, not committed) and
// accessibility checks with axe-core, at desktop and phone widths, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader, axeProblems } from './support/browser.mjs';

const env = useBrowser();

for (const colorScheme of ['light', 'dark']) {
  test(`desktop, ${colorScheme}: the Facts and Map tabs`, async () => {
    const { page, errors } = await openReader(env.browser, env.url, { width: 1280, height: 900, colorScheme, hash: '#view=facts' });
    await page.locator('.facts .fact').first().waitFor();
    await page.screenshot({ path: `${env.dir}/facts-1280-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);
    // A shown fact: the sentence marked in the article.
    await page.locator('.facts .fact .fact-evidence').nth(3).click();
    await page.locator('#article .evidence').waitFor();
    await page.screenshot({ path: `${env.dir}/facts-1280-${colorScheme}-evidence.png` });

    await page.getByRole('tab', { name: /^Map/ }).click();
    await page.locator('.map-svg .node').first().waitFor();
    await page.screenshot({ path: `${env.dir}/map-1280-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);
    await page.locator('.map-svg .node[data-entity="microsoft"]').click();
    await page.locator('.map-svg .node.dim').first().waitFor();
    await page.screenshot({ path: `${env.dir}/map-1280-${colorScheme}-selected.png` });
    await page.getByRole('button', { name: 'Enlarge' }).click();
    await page.locator('.map-expanded .map-frame').waitFor();
    await page.screenshot({ path: `${env.dir}/map-1280-${colorScheme}-enlarged.png` });
    assert.deepEqual(await axeProblems(page), []);
    await page.keyboard.press('Escape');

    // A card opened by keyboard focus.
    await page.locator('article mark[data-entity="mistral-ai"]').nth(2).focus();
    await page.locator('.card').waitFor();
    await page.screenshot({ path: `${env.dir}/card-1280-${colorScheme}-focus.png` });
    assert.deepEqual(await axeProblems(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`phone, ${colorScheme}: the Facts and Map tabs in the sheet, and the card popover`, async () => {
    const { page, errors } = await openReader(env.browser, env.url, { width: 375, height: 760, colorScheme });
    await page.locator('.sheet-toggle').click();
    await page.locator('#sidebar').waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: /^Facts/ }).click();
    await page.locator('.facts .fact').first().waitFor();
    await page.screenshot({ path: `${env.dir}/facts-375-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);
    await page.getByRole('tab', { name: /^Map/ }).click();
    await page.locator('.map-svg .node').first().waitFor();
    await page.screenshot({ path: `${env.dir}/map-375-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);
    await page.keyboard.press('Escape');
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    // A tap on a mention selects it and opens its card at the bottom.
    await page.locator('article mark[data-entity="microsoft"]').first().click();
    await page.locator('.card').waitFor();
    await page.screenshot({ path: `${env.dir}/card-375-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
