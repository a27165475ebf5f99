// Shared links: a filtered address opened in a fresh browser context shows
// exactly the events /api/events gives for the same query, in the same
// order, with the same boxes ticked as a view reached through the form.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TEST_TIMEOUT,
  apiEvents,
  assertPageMatchesApi,
  assertSameIds,
  checkedFilters,
  eventIdsOnPage,
  revealFilterBox,
  filtersOf,
  BASE_URL,
  assertCanonicalQuery,
  launchBrowser,
  newContext,
  newPage,
  open,
  pickActorAndTopic,
  waitForFilter,
} from './helpers.mjs';

describe('shared filtered links', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('a shared actor+topic link shows exactly the events the API returns', { timeout: TEST_TIMEOUT }, async () => {
    const { actor, topic, query, total } = await pickActorAndTopic();
    const { context, page } = await newPage(browser);
    try {
      await open(page, `/?${query}`);
      const { ids } = await assertPageMatchesApi(page, `shared link actor=${actor.id} topic=${topic.id}`);
      assert.equal(ids.length, total, 'event count differs from the API total');
      assert.equal(await page.locator('#no-events').count(), 0, '#no-events is shown although events match');
      assert.deepEqual(
        await checkedFilters(page),
        { actor: [actor.id], topic: [topic.id] },
        'the boxes ticked in #filters are not the filters of the link',
      );
    } finally {
      await context.close();
    }
  });

  test('order=newest lists later years first, the default earlier years first', { timeout: TEST_TIMEOUT }, async () => {
    // Within a year the page may place year-only dates ("2022") before or
    // after dated ones, so only the order of years is compared.
    const { query } = await pickActorAndTopic();
    const { context, page } = await newPage(browser);
    try {
      for (const q of ['', 'order=newest', `${query}&order=newest`]) {
        await open(page, q ? `/?${q}` : '/');
        const dates = new Map((await apiEvents(q)).events.map((e) => [e.id, e.date]));
        const years = (await eventIdsOnPage(page)).map((id) => Number((dates.get(id) || 'NaN').slice(0, 4)));
        assert.ok(years.length > 0 && years.every(Number.isFinite), `/?${q}: events the API does not list`);
        const newest = q.includes('order=newest');
        const wrong = years.findIndex((y, i) => i > 0 && (newest ? y > years[i - 1] : y < years[i - 1]));
        assert.equal(wrong, -1, `/?${q}: event ${wrong + 1} (${years[wrong]}) comes after ${years[wrong - 1]} in ${newest ? 'newest' : 'oldest'}-first order: ${years.join(' ')}`);
      }
    } finally {
      await context.close();
    }
  });

  test('a view built with the form, opened in a new browser context, shows the same view', { timeout: TEST_TIMEOUT }, async () => {
    const { actor, topic, query } = await pickActorAndTopic();
    // A from year that keeps the view non-empty: the year of its oldest event.
    const from = (await apiEvents(query)).events.map((e) => e.date.slice(0, 4)).sort()[0];
    let address;
    let first;
    {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      try {
        await open(page, '/');
        await (await revealFilterBox(page, 'actor', actor.id)).check();
        await (await revealFilterBox(page, 'topic', topic.id)).check();
        await page.locator('#filters input[name="from"]').fill(from);
        await page.locator('#filters [type="submit"]').first().click();
        await waitForFilter(page, 'topic', topic.id);
        address = page.url();
        first = {
          ids: await eventIdsOnPage(page),
          checked: await checkedFilters(page),
          from: await page.locator('#filters input[name="from"]').inputValue(),
        };
        assert.deepEqual(first.checked, { actor: [actor.id], topic: [topic.id] }, `after submitting, the ticked boxes are wrong on ${address}`);
        assert.equal(filtersOf(address), filtersOf(`actor=${actor.id}&topic=${topic.id}&from=${from}`), `the form sent other filters: ${address}`);
      } finally {
        await context.close();
      }
    }
    const { context, page } = await newPage(browser);
    try {
      await open(page, new URL(address).pathname + new URL(address).search);
      assertSameIds(await eventIdsOnPage(page), first.ids, `the same address in a new context (${address})`);
      assert.deepEqual(await checkedFilters(page), first.checked, `ticked boxes differ in a new context (${address})`);
      assert.equal(await page.locator('#filters input[name="from"]').inputValue(), first.from, 'the from field differs in a new context');
      await assertPageMatchesApi(page, 'the reopened view');
    } finally {
      await context.close();
    }
  });

  test('#copy-link copies the canonical address of the view', { timeout: TEST_TIMEOUT }, async () => {
    const { actor, topic } = await pickActorAndTopic();
    const context = await newContext(browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
      const page = await context.newPage();
      // Parameters in a non-canonical order: the copied link is canonical.
      await open(page, `/?topic=${encodeURIComponent(topic.id)}&order=newest&actor=${encodeURIComponent(actor.id)}`);
      await page.locator('#copy-link').click();
      await page.waitForFunction(() => (document.querySelector('#copy-status')?.textContent || '').trim() !== '');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(/^https?:\/\//.test(copied), `#copy-link copied something other than an absolute address: ${copied}`);
      assertCanonicalQuery(copied, 'the copied link');
      assert.equal(filtersOf(copied), filtersOf(page.url()), `the copied link ${copied} is not the view ${page.url()}`);
    } finally {
      await context.close();
    }
  });
});
