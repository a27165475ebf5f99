// Bad addresses: a bad filter (unknown actor, malformed date) answers 400
// with a .notice[role=alert] naming the bad value, and still renders the
// rest of the view; an unknown page answers 404 with a way back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  TEST_TIMEOUT,
  assertSameIds,
  apiEventIds,
  eventIdsOnPage,
  launchBrowser,
  newPage,
  open,
  pickActor,
} from './helpers.mjs';

describe('bad filters and unknown pages', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  async function assertNotice(page, path, mentions) {
    const notice = page.locator('.notice[role="alert"]');
    assert.ok((await notice.count()) > 0, `${path}: no .notice[role=alert]`);
    assert.ok(await notice.first().isVisible(), `${path}: the .notice[role=alert] is not visible`);
    const text = (await notice.allTextContents()).join(' ');
    assert.ok(text.includes(mentions), `${path}: the notice does not name "${mentions}": ${text.trim()}`);
  }

  test('an unknown actor: 400, an alert naming it, and the events still listed', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/?actor=no-such-actor', 400);
      await assertNotice(page, '/?actor=no-such-actor', 'no-such-actor');
      const shown = await eventIdsOnPage(page);
      assert.ok(shown.length > 0, '/?actor=no-such-actor lists no events');
      assertSameIds(shown, await apiEventIds(''), '/?actor=no-such-actor should show the view without the bad filter');
      assert.ok((await page.locator('form#filters').count()) === 1, '/?actor=no-such-actor renders no form#filters');
    } finally {
      await context.close();
    }
  });

  test('a malformed date next to a good filter: 400, an alert, the good filter still applied', { timeout: TEST_TIMEOUT }, async () => {
    const actor = await pickActor();
    const path = `/?actor=${encodeURIComponent(actor.id)}&from=2022-13-45`;
    const { context, page } = await newPage(browser);
    try {
      await open(page, path, 400);
      await assertNotice(page, path, '2022-13-45');
      assertSameIds(await eventIdsOnPage(page), await apiEventIds(`actor=${encodeURIComponent(actor.id)}`), `${path} should show the actor's events`);
      assert.deepEqual(
        await page.locator('#filters input[name="actor"]:checked').evaluateAll((els) => els.map((e) => e.value)),
        [actor.id],
        `${path}: the good actor filter is not ticked`,
      );
    } finally {
      await context.close();
    }
  });

  test('an unknown page or event: 404 with a link back to the timeline', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      for (const path of ['/no/such/page', '/events/no-such-event', '/actors/no-such-actor', '/documents/no-such-document']) {
        await open(page, path, 404);
        assert.ok(((await page.locator('h1').first().textContent()) || '').trim(), `${path}: the 404 page has no h1`);
        const home = await page.locator('a').evaluateAll((els, base) => els.some((a) => a.href === base + '/' || a.href === base), BASE_URL);
        assert.ok(home, `${path}: the 404 page has no link back to the timeline`);
      }
    } finally {
      await context.close();
    }
  });
});
