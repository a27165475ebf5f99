// Key events, statements, lanes and the tone chart, with script on and off:
// the key-events box filters the view through the form, the statements
// page filters by speaker, the lanes' marks lead to events and their
// periods zoom in, and the tone chart's table names the cue words.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, launchBrowser, newPage, open } from './helpers.mjs';

for (const script of [true, false]) {
  describe(`key events, statements, lanes and tone (script ${script ? 'on' : 'off'})`, () => {
    let browser;
    before(async () => {
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
    });

    test('the key-events box filters the timeline', { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: script });
      try {
        await open(page, '/');
        const all = await page.locator('article.event').count();
        await page.locator('#f-importance').check();
        if (!script) await page.locator('#filters button[type=submit]').click();
        await page.waitForURL(/importance=key/);
        const key = await page.locator('article.event').count();
        assert.ok(key > 0 && key < all, `${key} key events of ${all}`);
        assert.equal(await page.locator('article.event.is-key').count(), key);
        assert.match(await page.locator('.chips').innerText(), /key events/);
      } finally {
        await context.close();
      }
    });

    test('the tone chart explains its counts and events mark their cues', { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: script });
      try {
        await open(page, '/');
        await page.locator('#tone summary').click();
        const table = await page.locator('#tone table').innerText();
        assert.match(table, /Conflictual/);
        assert.match(table, /“recall”|“refused”|“will not come”/);
        assert.ok((await page.locator('mark.cue-conflictual').count()) > 0);
      } finally {
        await context.close();
      }
    });

    test('statements filter by speaker', { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: script });
      try {
        await open(page, '/statements');
        await page.locator('#s-actor-dmitry-peskov').check();
        await page.locator('#filters button[type=submit]').click();
        await page.waitForURL(/actor=dmitry-peskov/);
        const speakers = await page.locator('.statement .speaker').allInnerTexts();
        assert.ok(speakers.length > 0);
        assert.ok(speakers.every((s) => s.includes('Peskov')), speakers.join(', '));
      } finally {
        await context.close();
      }
    });

    test('lanes: marks lead to events, periods zoom in, all by keyboard', { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: script });
      try {
        await open(page, '/lanes?actor=armenia&actor=csto&actor=russia');
        assert.equal(await page.locator('g.lane').count(), 3);
        const mark = page.locator('a.mark').first();
        await mark.focus();
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('class')?.startsWith('mark')), true);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/events\//);
        await open(page, '/lanes?actor=armenia&actor=csto&actor=russia');
        await page.locator('a.zoom').first().focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(/from=/);
        assert.equal(await page.locator('g.lane').count(), 3);
      } finally {
        await context.close();
      }
    });
  });
}
