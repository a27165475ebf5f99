// Article pages: the sentences that gave events are <mark class="evidence"
// id="s-{offset}"> with a link to /events/{id}; following it lands on the
// event, whose sources include that article. And back: every source link
// on the timeline (/documents/{doc}#s-{offset}) points at such a mark.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, TEST_TIMEOUT, api, launchBrowser, newPage, open, pickDocument, segment } from './helpers.mjs';

/**
 * For each mark.evidence with an /events/ link inside it, around it, or
 * right after it: its ids (its own, and those of empty anchors placed just
 * before it) and the link, which is tagged data-test-link="{n}" to click.
 * (A mark used as a legend, with no event link, is not evidence.)
 */
function evidence(page) {
  return page.locator('mark.evidence').evaluateAll((marks) => {
    const isEventLink = (el) => Boolean(el && el.matches && el.matches('a[href*="/events/"]'));
    const out = [];
    for (const m of marks) {
      const link = m.querySelector('a[href*="/events/"]') || m.closest('a[href*="/events/"]') || (isEventLink(m.nextElementSibling) ? m.nextElementSibling : null);
      if (!link) continue;
      const ids = m.id ? [m.id] : [];
      for (let prev = m.previousElementSibling; prev && prev.id && !prev.textContent.trim(); prev = prev.previousElementSibling) ids.push(prev.id);
      link.dataset.testLink = String(out.length);
      out.push({ ids, href: new URL(link.getAttribute('href'), document.baseURI).href, text: m.textContent.trim().slice(0, 80) });
    }
    return out;
  });
}

/** The ids a #fragment may name for a marked sentence: marks' ids and the empty anchors just before marks. */
function evidenceAnchors(page) {
  return page.locator('mark.evidence').evaluateAll((marks) => {
    const ids = [];
    for (const m of marks) {
      if (m.id) ids.push(m.id);
      for (let prev = m.previousElementSibling; prev && prev.id && !prev.textContent.trim(); prev = prev.previousElementSibling) ids.push(prev.id);
    }
    return ids;
  });
}

describe('document pages and evidence', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('a marked sentence links to its event, whose sources include the document', { timeout: TEST_TIMEOUT }, async () => {
    const doc = await pickDocument();
    const { context, page } = await newPage(browser);
    try {
      await open(page, `/documents/${segment(doc.id)}`);
      const marks = await evidence(page);
      assert.ok(marks.length > 0, `/documents/${doc.id} has no mark.evidence with a link to /events/{id}, although /api/documents gives it ${doc.events} events`);
      const badIds = marks.filter((m) => !m.ids.some((id) => /^s-\d+$/.test(id))).map((m) => `"${m.text}" (ids: ${m.ids.join(' ') || 'none'})`);
      assert.deepEqual(badIds, [], `mark.evidence without an id="s-{offset}" on /documents/${doc.id}`);

      const first = marks[0];
      const target = new URL(first.href);
      const eventId = decodeURIComponent(target.pathname.split('/events/')[1] || '');
      assert.ok(eventId, `the evidence link ${first.href} names no event`);
      await page.locator('[data-test-link="0"]').click();
      await page.waitForURL((u) => u.pathname.startsWith(new URL(BASE_URL).pathname.replace(/\/$/, '') + '/events/'));
      assert.equal(new URL(page.url()).pathname, target.pathname, 'the click landed elsewhere than the link says');

      const event = await api(`/api/events/${segment(eventId)}`);
      assert.ok(
        event.sources.some((s) => s.document === doc.id),
        `/api/events/${eventId} does not list ${doc.id} among its sources: ${JSON.stringify(event.sources.map((s) => s.document))}`,
      );
      const sourceLinks = await page
        .locator('a[href*="/documents/"]')
        .evaluateAll((els) => els.map((a) => decodeURIComponent(new URL(a.href).pathname)));
      assert.ok(
        sourceLinks.some((p) => p.endsWith(`/documents/${doc.id}`)),
        `the event page /events/${eventId} has no link back to /documents/${doc.id} (links: ${sourceLinks.join(', ') || 'none'})`,
      );
      const title = (await page.locator('h1').first().textContent())?.trim();
      assert.ok(title, `/events/${eventId} has no h1`);
    } finally {
      await context.close();
    }
  });

  test('every source link on the timeline points at a marked sentence of its article', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/');
      const hrefs = await page.locator('article.event a[href*="/documents/"]').evaluateAll((els) => els.map((a) => a.href));
      assert.ok(hrefs.length > 0, 'no source links in the events on /');
      const byDocument = new Map();
      for (const href of hrefs) {
        const u = new URL(href);
        const key = u.origin + u.pathname;
        if (!byDocument.has(key)) byDocument.set(key, new Set());
        byDocument.get(key).add(u.hash.slice(1));
      }
      const missing = [];
      for (const [address, anchors] of byDocument) {
        const response = await page.goto(address);
        assert.equal(response?.status(), 200, `${address}: status ${response?.status()}`);
        const marked = new Set(await evidenceAnchors(page));
        for (const anchor of anchors) if (!marked.has(anchor)) missing.push(`${address}#${anchor}`);
      }
      assert.deepEqual(missing, [], 'source links whose #s-{offset} is not a mark.evidence (or an anchor just before one) on the article page');
    } finally {
      await context.close();
    }
  });
});
