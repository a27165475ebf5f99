// Following links inside the timeline: an actor or topic link in an event
// adds that filter; an active-filter chip (a.chip) removes its filter;
// #clear-filters removes them all; chart bars narrow to their period. Every
// link keeps the rest of the view and has a canonical query string.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  TEST_TIMEOUT,
  api,
  assertCanonicalQuery,
  assertPageMatchesApi,
  filtersOf,
  launchBrowser,
  linksOf,
  newPage,
  open,
  pickActor,
  pickActorAndTopic,
  waitForFilter,
} from './helpers.mjs';

const links = linksOf;

const params = (href) => new URL(href).searchParams;

describe('actor and topic links, chips, chart bars', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('an actor link in an event adds that actor; its chip removes it', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/');
      const link = page.locator('article.event a.actor-link').first();
      assert.equal(await link.count(), 1, 'no a.actor-link inside any article.event on /');
      const href = await link.evaluate((a) => a.href);
      assertCanonicalQuery(href, 'a.actor-link on /');
      const added = params(href).getAll('actor');
      assert.equal(added.length, 1, `an actor link on the unfiltered timeline should add exactly one actor: ${href}`);
      const actorId = added[0];
      const actor = (await api('/api/actors')).actors.find((a) => a.id === actorId);
      assert.ok(actor, `the actor link names actor ${actorId}, which /api/actors does not list`);

      await link.click();
      await waitForFilter(page, 'actor', actorId);
      const { ids } = await assertPageMatchesApi(page, `after following the actor link for ${actorId}`);
      assert.ok(ids.length > 0, 'following an actor link from an event shows no events');
      const without = await page.locator('article.event').evaluateAll(
        (events, name) =>
          events
            .filter((e) => ![...e.querySelectorAll('a.actor-link')].some((a) => a.textContent.replace(/\s+/g, ' ').trim().includes(name)))
            .map((e) => e.dataset.eventId),
        actor.name,
      );
      assert.deepEqual(without, [], `events shown under actor=${actorId} without an a.actor-link naming "${actor.name}"`);

      const chips = await links(page, 'a.chip');
      assert.equal(chips.length, 1, `expected one chip for the one active filter, found ${chips.length}: ${JSON.stringify(chips)}`);
      assertCanonicalQuery(chips[0].href, 'a.chip');
      assert.ok(!params(chips[0].href).getAll('actor').includes(actorId), `the chip does not remove actor=${actorId}: ${chips[0].href}`);
      await page.locator('a.chip').first().click();
      await waitForFilter(page, 'actor', actorId, false);
      assert.equal(filtersOf(page.url()), '', `removing the only chip should leave no filter: ${page.url()}`);
      await assertPageMatchesApi(page, 'after removing the actor chip');
      assert.equal(await page.locator('a.chip').count(), 0, 'a chip is still shown with no active filter');
    } finally {
      await context.close();
    }
  });

  test('a topic link in an event adds that topic', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/');
      const link = page.locator('article.event a.topic-link').first();
      assert.equal(await link.count(), 1, 'no a.topic-link inside any article.event on /');
      const href = await link.evaluate((a) => a.href);
      assertCanonicalQuery(href, 'a.topic-link on /');
      const added = params(href).getAll('topic');
      assert.equal(added.length, 1, `a topic link on the unfiltered timeline should add exactly one topic: ${href}`);
      const topic = (await api('/api/topics')).topics.find((t) => t.id === added[0]);
      assert.ok(topic, `the topic link names topic ${added[0]}, which /api/topics does not list`);
      await link.click();
      await waitForFilter(page, 'topic', topic.id);
      await assertPageMatchesApi(page, `after following the topic link for ${topic.id}`);
      const without = await page.locator('article.event').evaluateAll(
        (events, name) =>
          events
            .filter((e) => ![...e.querySelectorAll('a.topic-link')].some((a) => a.textContent.replace(/\s+/g, ' ').trim().includes(name)))
            .map((e) => e.dataset.eventId),
        topic.name,
      );
      assert.deepEqual(without, [], `events shown under topic=${topic.id} without an a.topic-link naming "${topic.name}"`);
    } finally {
      await context.close();
    }
  });

  test('with two filters, each chip removes only its own; #clear-filters removes all', { timeout: TEST_TIMEOUT }, async () => {
    const { actor, topic, query } = await pickActorAndTopic();
    const { context, page } = await newPage(browser);
    try {
      await open(page, `/?${query}&order=newest`);
      const chips = await links(page, 'a.chip');
      assert.equal(chips.length, 2, `expected a chip per active filter (2), found ${chips.length}: ${JSON.stringify(chips)}`);
      for (const chip of chips) assertCanonicalQuery(chip.href, `a.chip "${chip.text}"`);
      const actorChip = chips.findIndex((c) => !params(c.href).getAll('actor').includes(actor.id));
      assert.ok(actorChip >= 0, `no chip removes actor=${actor.id}: ${JSON.stringify(chips)}`);
      const kept = params(chips[actorChip].href);
      assert.deepEqual(kept.getAll('topic'), [topic.id], `the actor chip does not keep topic=${topic.id}: ${chips[actorChip].href}`);
      assert.equal(kept.get('order'), 'newest', `the actor chip does not keep order=newest: ${chips[actorChip].href}`);

      await page.locator('a.chip').nth(actorChip).click();
      await waitForFilter(page, 'actor', actor.id, false);
      assert.equal(filtersOf(page.url()), filtersOf(`topic=${topic.id}&order=newest`), `after removing the actor chip: ${page.url()}`);
      await assertPageMatchesApi(page, 'after removing the actor chip');

      const clear = page.locator('#clear-filters');
      assert.equal(await clear.count(), 1, 'no #clear-filters on a filtered view');
      await clear.click();
      await waitForFilter(page, 'topic', topic.id, false);
      const left = filtersOf(page.url());
      assert.ok(left === '' || left === 'order=newest', `#clear-filters left filters: ${page.url()}`);
      await assertPageMatchesApi(page, 'after #clear-filters');
    } finally {
      await context.close();
    }
  });

  test('links on a filtered view keep its filters and have canonical query strings', { timeout: TEST_TIMEOUT }, async () => {
    const { actor, topic, query } = await pickActorAndTopic();
    const { context, page } = await newPage(browser);
    try {
      await open(page, `/?${query}`);
      const problems = [];
      for (const { href, text } of await links(page, 'article.event a.actor-link')) {
        assertCanonicalQuery(href, `a.actor-link "${text}"`);
        if (text.includes(actor.name)) continue; // the active actor's own link may toggle
        const p = params(href);
        if (!p.getAll('actor').includes(actor.id) || !p.getAll('topic').includes(topic.id)) problems.push(`a.actor-link "${text}" → ${href}`);
      }
      for (const { href, text } of await links(page, 'article.event a.topic-link')) {
        assertCanonicalQuery(href, `a.topic-link "${text}"`);
        if (text.includes(topic.name)) continue;
        const p = params(href);
        if (!p.getAll('actor').includes(actor.id) || !p.getAll('topic').includes(topic.id)) problems.push(`a.topic-link "${text}" → ${href}`);
      }
      assert.deepEqual(problems, [], `links that drop the current filters on /?${query}`);

      // Each source links into its article at the marked sentence.
      const sources = await page
        .locator('article.event a[href*="/documents/"]')
        .evaluateAll((els) => els.map((a) => a.href));
      assert.ok(sources.length > 0, 'no source link (/documents/{doc}#s-{offset}) in the events');
      for (const href of sources) {
        const u = new URL(href);
        assert.ok(u.href.startsWith(BASE_URL + '/documents/'), `source link outside /documents/: ${href}`);
        assert.match(u.hash, /^#s-\d+$/, `source link without #s-{offset}: ${href}`);
      }
    } finally {
      await context.close();
    }
  });

  test('the chart has a bar per period; a bar narrows the view to its period and keeps the filters', { timeout: TEST_TIMEOUT }, async () => {
    const actor = await pickActor();
    const { context, page } = await newPage(browser);
    try {
      await open(page, `/?actor=${encodeURIComponent(actor.id)}`);
      assert.equal(await page.locator('figure#chart').count(), 1, 'no figure#chart');
      const bars = await links(page, 'figure#chart a.bar');
      assert.ok(bars.length > 0, 'figure#chart has no a.bar');
      for (const bar of bars) {
        assertCanonicalQuery(bar.href, `a.bar "${bar.text}"`);
        const p = params(bar.href);
        assert.ok(p.getAll('actor').includes(actor.id), `a.bar "${bar.text}" drops actor=${actor.id}: ${bar.href}`);
        assert.ok(p.get('from') || p.get('to'), `a.bar "${bar.text}" sets no period (from/to): ${bar.href}`);
      }
      await page.locator('figure#chart a.bar').first().click();
      await page.waitForURL((u) => u.searchParams.has('from') || u.searchParams.has('to'));
      const { ids } = await assertPageMatchesApi(page, 'after clicking the first chart bar');
      assert.ok(ids.length > 0, `the first bar leads to an empty view: ${page.url()}`);
    } finally {
      await context.close();
    }
  });
});
