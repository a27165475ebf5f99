// The filter form (#filters): without JavaScript, ticking a box and pressing
// submit filters the timeline; with JavaScript (static/app.js), ticking a
// box applies the filter at once. In both cases the address carries the
// filter and the events shown are exactly those of /api/events.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT,
  assertPageMatchesApi,
  checkedFilters,
  revealFilterBox,
  launchBrowser,
  newPage,
  open,
  pickActor,
  pickTopic,
  waitForFilter,
} from './helpers.mjs';

describe('filter form', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('the form has the controls of the contract, each labelled', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/');
      const form = page.locator('form#filters');
      assert.equal(await form.count(), 1, 'no form#filters on /');
      assert.equal((await form.getAttribute('method'))?.toLowerCase(), 'get', 'form#filters is not method="get"');
      for (const name of ['actor', 'topic']) {
        const boxes = form.locator(`input[type="checkbox"][name="${name}"]`);
        assert.ok((await boxes.count()) > 0, `form#filters has no ${name} checkboxes`);
      }
      for (const name of ['from', 'to', 'q']) {
        assert.equal(await form.locator(`input[name="${name}"]`).count(), 1, `form#filters has no input name="${name}"`);
      }
      assert.equal(await form.locator('select[name="order"]').count(), 1, 'form#filters has no select name="order"');
      assert.ok((await form.locator('[type="submit"]').count()) > 0, 'form#filters has no submit button');
      const unlabelled = await form.locator('input:not([type="hidden"]), select').evaluateAll((els) =>
        els
          .filter((e) => !(e.labels && e.labels.length > 0) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
          .map((e) => `${e.tagName.toLowerCase()}[name=${e.name}][value=${e.value}]`),
      );
      assert.deepEqual(unlabelled, [], 'form controls without a label');
      assert.ok((await page.locator('#corpus-stats').count()) > 0, 'no #corpus-stats on /');
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: tick an actor, press submit, the timeline is filtered', { timeout: TEST_TIMEOUT }, async () => {
    const actor = await pickActor();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    try {
      await open(page, '/');
      assert.equal(await page.locator('#copy-link').isVisible(), false, '#copy-link is visible although no script runs');
      await (await revealFilterBox(page, 'actor', actor.id)).check();
      await page.locator('#filters [type="submit"]').first().click();
      await waitForFilter(page, 'actor', actor.id);
      assert.deepEqual((await checkedFilters(page)).actor, [actor.id], 'after submitting, the actor box is not the only one ticked');
      await assertPageMatchesApi(page, `form submit actor=${actor.id}`);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript: ticking a box applies the filter without pressing submit', { timeout: TEST_TIMEOUT }, async () => {
    const actor = await pickActor();
    const topic = await pickTopic();
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/');
      assert.equal(await page.locator('#copy-link').isVisible(), true, '#copy-link is not visible although script runs');
      await (await revealFilterBox(page, 'actor', actor.id)).click();
      await waitForFilter(page, 'actor', actor.id);
      await assertPageMatchesApi(page, `checkbox actor=${actor.id} with script`);
      assert.deepEqual((await checkedFilters(page)).actor, [actor.id], 'the ticked actor box did not stay ticked');

      // Unticking removes the filter again, also without submit.
      await (await revealFilterBox(page, 'actor', actor.id)).click();
      await waitForFilter(page, 'actor', actor.id, false);
      await assertPageMatchesApi(page, `unticking actor=${actor.id} with script`);

      await (await revealFilterBox(page, 'topic', topic.id)).click();
      await waitForFilter(page, 'topic', topic.id);
      await assertPageMatchesApi(page, `checkbox topic=${topic.id} with script`);
    } finally {
      await context.close();
    }
  });
});
