// Screenshots for review (artifacts/, not committed) and accessibility checks with axe-core,
// at desktop and phone widths, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openReader, pageAnalysis, axeProblems } from './support/browser.mjs';

const env = useBrowser();

for (const colorScheme of ['light', 'dark']) {
  test(`desktop, ${colorScheme}: screenshots and no serious accessibility problems`, async () => {
    const { page, errors } = await openReader(env.browser, env.url, { width: 1280, height: 900, colorScheme });
    await page.screenshot({ path: `${env.dir}/reader-1280-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);

    // With a selection: the strong style, the faded rest and the card.
    const analysis = await pageAnalysis(page);
    const e = analysis.entities.find((x) => x.count >= 3) ?? analysis.entities[0];
    await page.locator(`.entity-row[data-entity="${e.slug}"]`).click();
    await page.keyboard.press('j');
    await page.locator('mark[aria-current="true"]').waitFor();
    await page.screenshot({ path: `${env.dir}/reader-1280-${colorScheme}-selected.png` });
    assert.deepEqual(await axeProblems(page), []);

    // The card of another entity's mention, opened by resting the pointer on it.
    const other = analysis.entities.find((x) => x.slug !== e.slug && x.count >= 2) ?? analysis.entities.find((x) => x.slug !== e.slug);
    await page.locator(`#mention-${other.mentions[0]}`).hover();
    await page.locator('.card').waitFor();
    await page.screenshot({ path: `${env.dir}/reader-1280-${colorScheme}-card.png` });
    assert.deepEqual(await axeProblems(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`phone, ${colorScheme}: screenshots of the article and the open sheet`, async () => {
    const { page, errors } = await openReader(env.browser, env.url, { width: 375, height: 760, colorScheme });
    await page.screenshot({ path: `${env.dir}/reader-375-${colorScheme}.png` });
    assert.deepEqual(await axeProblems(page), []);
    await page.locator('.sheet-toggle').click();
    await page.locator('#sidebar').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${env.dir}/reader-375-${colorScheme}-sheet.png` });
    assert.deepEqual(await axeProblems(page), []);
    // Picking an entity closes the sheet; the bottom bar then holds the selection's controls.
    await page.locator('.entity-row').nth(1).click();
    await page.locator('.bb-selection').waitFor();
    await page.locator('mark[aria-current="true"]').waitFor();
    await page.screenshot({ path: `${env.dir}/reader-375-${colorScheme}-selected.png` });
    assert.deepEqual(await axeProblems(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
