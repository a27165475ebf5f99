// Shared helpers for the browser tests (*.test.mjs): the server's address
// (env BASE_URL), launching Debian's Chromium through playwright-core, the
// JSON API read from Node, picking real ids from it, and reading the
// timeline page (event ids, checked filters, the query string of a view).
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL || 'http://127.0.0.1:3000').replace(/\/+$/, '');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** How long one Playwright action or navigation may take (the box has 2 busy cores). */
export const ACTION_TIMEOUT = 20_000;
/** node:test timeout for one test. */
export const TEST_TIMEOUT = 120_000;

/** Playwright's own browser download is not used: always the system Chromium. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A fresh context (own cookies, storage, cache) with the test timeouts set. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT);
  return context;
}

/** A fresh context and a page in it. */
export async function newPage(browser, options = {}) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  return { context, page };
}

/** An absolute address on the server under test for a path like "/?actor=x". */
export function url(path) {
  return BASE_URL + path;
}

/** Navigates and asserts the HTTP status of the page itself. */
export async function open(page, path, expectedStatus = 200) {
  const response = await page.goto(url(path));
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), expectedStatus, `GET ${path}: expected status ${expectedStatus}, got ${response.status()}`);
  return response;
}

/** GET a JSON document from the API (from Node, not the browser). */
export async function api(pathAndQuery) {
  const response = await fetch(url(pathAndQuery), { headers: { accept: 'application/json' } });
  const text = await response.text();
  assert.equal(response.status, 200, `GET ${pathAndQuery}: status ${response.status}: ${text.slice(0, 300)}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    assert.fail(`GET ${pathAndQuery}: not JSON (${error.message}): ${text.slice(0, 300)}`);
  }
}

/** `/api/events` for a query string (with or without "?"). */
export function apiEvents(query = '') {
  const q = String(query).replace(/^\?/, '');
  return api(q ? `/api/events?${q}` : '/api/events');
}

/** The ids `/api/events` returns for a query string, in the API's order. */
export async function apiEventIds(query = '') {
  return (await apiEvents(query)).events.map((e) => e.id);
}

const FILTER_KEYS = ['actor', 'topic'];
const SINGLE_KEYS = ['from', 'to', 'q', 'order'];

/**
 * The filters of an address or query string, as a canonical query string:
 * actor values sorted, then topic sorted, then from, to, q, order; empty
 * values dropped (a form submitted without script sends "from=&to=&q="),
 * and the default order dropped. Used to compare two views' filters.
 */
export function filtersOf(address) {
  const params = toParams(address);
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))].sort();
    for (const v of values) out.append(key, v);
  }
  for (const key of SINGLE_KEYS) {
    const v = (params.get(key) || '').trim();
    if (!v) continue;
    if (key === 'order' && (v === 'oldest' || v === 'asc')) continue;
    out.append(key, v);
  }
  return out.toString();
}

function toParams(address) {
  if (address instanceof URLSearchParams) return address;
  const s = String(address);
  if (/^https?:/.test(s) || s.startsWith('/')) return new URL(s, BASE_URL).searchParams;
  return new URLSearchParams(s.replace(/^\?/, ''));
}

/** Sorts a JS string array by UTF-16 code units, as Rust sorts ASCII ids. */
function isSorted(values) {
  return values.every((v, i) => i === 0 || values[i - 1] <= v);
}

/**
 * Asserts a link's query string follows the canonical form of the contract:
 * only actor*, topic*, from, to, q, order, in that order; actor and topic
 * values sorted without repeats; no empty values.
 */
export function assertCanonicalQuery(address, what) {
  const u = new URL(address, BASE_URL);
  const entries = [...u.searchParams.entries()];
  const rank = (key) => {
    const i = [...FILTER_KEYS, ...SINGLE_KEYS].indexOf(key);
    return i < 0 ? Infinity : i;
  };
  for (const [key, value] of entries) {
    assert.ok(rank(key) !== Infinity, `${what}: unexpected parameter ${key}= in ${u.search}`);
    assert.ok(value.trim() !== '', `${what}: empty ${key}= in ${u.search} (a canonical query string drops empty values)`);
  }
  const ranks = entries.map(([k]) => rank(k));
  assert.ok(isSorted(ranks), `${what}: parameters out of canonical order (actor, topic, from, to, q, order) in ${u.search}`);
  for (const key of FILTER_KEYS) {
    const values = u.searchParams.getAll(key);
    assert.ok(isSorted(values), `${what}: ${key} values not sorted in ${u.search}`);
    assert.equal(new Set(values).size, values.length, `${what}: repeated ${key} value in ${u.search}`);
  }
  for (const key of SINGLE_KEYS) {
    assert.ok(u.searchParams.getAll(key).length <= 1, `${what}: ${key} appears more than once in ${u.search}`);
  }
}

/** The `data-event-id`s of the events shown on the page, in page order. */
export function eventIdsOnPage(page) {
  return page.locator('article.event[data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
}

/** Asserts two id lists hold the same ids (order ignored), naming the differences. */
export function assertSameIds(actual, expected, what) {
  const a = new Set(actual);
  const e = new Set(expected);
  const missing = [...e].filter((id) => !a.has(id));
  const extra = [...a].filter((id) => !e.has(id));
  assert.equal(actual.length, a.size, `${what}: an event is shown more than once: ${actual.join(', ')}`);
  assert.ok(
    missing.length === 0 && extra.length === 0,
    `${what}: the page shows ${a.size} events, the API ${e.size}; missing from the page: [${missing.join(', ')}]; not in the API: [${extra.join(', ')}]`,
  );
}

/** Checks that the events on the page are exactly those of /api/events for the page's own query. */
export async function assertPageMatchesApi(page, what) {
  const query = filtersOf(page.url());
  const expected = await apiEventIds(query);
  const shown = await eventIdsOnPage(page);
  assertSameIds(shown, expected, `${what} (${page.url()} vs /api/events?${query})`);
  return { query, ids: shown, expected };
}

/** The values of the ticked `actor` and `topic` checkboxes in #filters, sorted. */
export async function checkedFilters(page) {
  const read = (name) =>
    page
      .locator(`#filters input[type="checkbox"][name="${name}"]`)
      .evaluateAll((els) => els.filter((e) => e.checked).map((e) => e.value).sort());
  return { actor: await read('actor'), topic: await read('topic') };
}

/** The checkbox for one filter value in #filters. */
export function filterBox(page, name, value) {
  return page.locator(`#filters input[type="checkbox"][name="${name}"][value="${value}"]`);
}

/**
 * Makes a filter checkbox reachable as a person would: opens the closed
 * <details> ("more actors…") it sits in, if any. Returns the checkbox.
 */
export async function revealFilterBox(page, name, value) {
  const box = filterBox(page, name, value);
  assert.equal(await box.count(), 1, `no checkbox ${name}=${value} in #filters`);
  const closed = await box.evaluate((el) => {
    const d = el.closest('details:not([open])');
    return Boolean(d);
  });
  if (closed) {
    await page.locator(`#filters details:has(input[name="${name}"][value="${value}"]) > summary`).click();
  }
  return box;
}

/**
 * The links matching a selector as { href (absolute), text }. Works for SVG
 * <a> too, whose .href is not a string.
 */
export function linksOf(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((a) => ({
      href: new URL(a.getAttribute('href') || a.getAttribute('xlink:href') || '', document.baseURI).href,
      text: a.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** Waits until the page's address shows `value` among its `name` parameters. */
export function waitForFilter(page, name, value, present = true) {
  return page.waitForURL((u) => u.searchParams.getAll(name).includes(value) === present);
}

// ---- picking real ids from the API -------------------------------------

let cache;
async function corpus() {
  if (!cache) {
    const [all, actors, topics, documents] = await Promise.all([
      apiEvents(''),
      api('/api/actors'),
      api('/api/topics'),
      api('/api/documents'),
    ]);
    cache = { all, actors: actors.actors, topics: topics.topics, documents: documents.documents };
  }
  return cache;
}

/** All events of the corpus, as /api/events returns them. */
export async function allEvents() {
  const { all } = await corpus();
  assert.ok(all.total > 0, '/api/events returns no events: the seed corpus should give some');
  return all.events;
}

/** An actor with events: nikol-pashinyan when it has some, else the one with most. */
export async function pickActor() {
  const { actors } = await corpus();
  const withEvents = actors.filter((a) => a.events > 0);
  assert.ok(withEvents.length > 0, `/api/actors lists no actor with events (${actors.length} actors)`);
  return withEvents.find((a) => a.id === 'nikol-pashinyan') || [...withEvents].sort((a, b) => b.events - a.events)[0];
}

/**
 * An actor and a topic whose combined view has events, preferring
 * nikol-pashinyan + summits, and otherwise a pair that narrows the actor's
 * events. Returns { actor, topic, query, total }.
 */
export async function pickActorAndTopic() {
  const { topics } = await corpus();
  const actor = await pickActor();
  const byActor = await apiEvents(`actor=${encodeURIComponent(actor.id)}`);
  const counts = new Map();
  for (const e of byActor.events) for (const t of e.topics) counts.set(t.id, (counts.get(t.id) || 0) + 1);
  assert.ok(counts.size > 0, `no event of actor ${actor.id} has a topic`);
  let topicId = counts.has('summits') ? 'summits' : null;
  if (!topicId) {
    // Prefer a topic that narrows the view but leaves more than one event.
    const ranked = [...counts.entries()].sort((a, b) => {
      const score = ([, n]) => (n > 1 && n < byActor.total ? 2 : n === byActor.total ? 0 : 1);
      return score(b) - score(a) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
    });
    topicId = ranked[0][0];
  }
  const topic = topics.find((t) => t.id === topicId) || { id: topicId, name: topicId };
  const query = `actor=${encodeURIComponent(actor.id)}&topic=${encodeURIComponent(topic.id)}`;
  const total = (await apiEvents(query)).total;
  assert.ok(total > 0, `/api/events?${query} is empty`);
  return { actor, topic, query, total };
}

/** A topic with events (the one with most). */
export async function pickTopic() {
  const { topics } = await corpus();
  const withEvents = topics.filter((t) => t.events > 0);
  assert.ok(withEvents.length > 0, `/api/topics lists no topic with events (${topics.length} topics)`);
  return [...withEvents].sort((a, b) => b.events - a.events)[0];
}

/** An event with actors, topics and sources: the first such, else the first. */
export async function pickEvent() {
  const events = await allEvents();
  return events.find((e) => e.actors.length > 0 && e.topics.length > 0 && e.sources.length > 0) || events[0];
}

/** A loaded document that gave events (the one with most). */
export async function pickDocument() {
  const { documents } = await corpus();
  const withEvents = documents.filter((d) => d.events > 0);
  assert.ok(withEvents.length > 0, `/api/documents lists no document with events (${documents.length} documents)`);
  return [...withEvents].sort((a, b) => b.events - a.events)[0];
}

/** Encodes one path segment (document ids contain dots, never slashes). */
export function segment(id) {
  return encodeURIComponent(id);
}
