// Exports on a filtered view: #export-csv, #export-ics, #export-atom and
// #export-json carry the view's filters; each is fetched with the page's
// request context and parsed: CSV (RFC 4180 quoting, header, one row per
// event), iCalendar (CRLF, lines of at most 75 octets, one VEVENT per
// event), Atom (well-formed XML, one entry per event), JSON (same total).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  TEST_TIMEOUT,
  apiEvents,
  assertCanonicalQuery,
  filtersOf,
  launchBrowser,
  newPage,
  open,
  pickActor,
} from './helpers.mjs';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark is allowed
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field in row ${rows.length + 1}`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('exports of a filtered view', () => {
  let browser;
  let context;
  let page;
  let actor;
  let expected;
  const hrefs = {};

  before(async () => {
    browser = await launchBrowser();
    actor = await pickActor();
    ({ context, page } = await newPage(browser));
    const query = `actor=${encodeURIComponent(actor.id)}&order=newest`;
    await open(page, `/?${query}`);
    expected = await apiEvents(query);
    assert.ok(expected.total > 0, `/api/events?${query} is empty`);
    for (const name of ['csv', 'ics', 'atom', 'json']) {
      const link = page.locator(`#export-${name}`);
      hrefs[name] = (await link.count()) === 1 ? await link.evaluate((a) => a.href) : null;
    }
  });
  after(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Fetches an export link as the page would, returning status, type and body. */
  async function fetchExport(name, path) {
    const href = hrefs[name];
    assert.ok(href, `no #export-${name} link on the filtered view`);
    const u = new URL(href);
    assert.equal(u.pathname.slice(-path.length), path, `#export-${name} points at ${u.pathname}, not ${path}`);
    assertCanonicalQuery(href, `#export-${name}`);
    assert.equal(filtersOf(href), filtersOf(page.url()), `#export-${name} does not carry the view's filters: ${href} on ${page.url()}`);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200, `${href}: status ${response.status()}`);
    return { href, type: response.headers()['content-type'] || '', body: await response.body() };
  }

  test('CSV: a header and one properly quoted row per event', { timeout: TEST_TIMEOUT }, async () => {
    const { href, type, body } = await fetchExport('csv', '/events.csv');
    assert.match(type, /^text\/csv/, `${href}: content type ${type}`);
    const rows = parseCsv(body.toString('utf8')).filter((r) => !(r.length === 1 && r[0] === ''));
    assert.ok(rows.length >= 1, `${href}: empty file`);
    const header = rows[0].map((h) => h.trim().toLowerCase());
    assert.ok(header.includes('date'), `${href}: the header row has no "date" column: ${rows[0].join(',')}`);
    const data = rows.slice(1);
    assert.equal(data.length, expected.total, `${href}: ${data.length} data rows, the API total is ${expected.total}`);
    const ragged = data.map((r, i) => [i + 2, r.length]).filter(([, n]) => n !== header.length);
    assert.deepEqual(ragged, [], `${href}: rows whose field count differs from the header's ${header.length} ([line, fields])`);
    const idColumn = header.indexOf('id');
    if (idColumn >= 0) {
      assert.deepEqual(
        data.map((r) => r[idColumn]).sort(),
        expected.events.map((e) => e.id).sort(),
        `${href}: the ids differ from the API's`,
      );
    }
    // Titles with commas or quotes must survive the quoting.
    const titleColumn = header.indexOf('title');
    if (titleColumn >= 0) {
      const titles = new Set(data.map((r) => r[titleColumn]));
      const lost = expected.events.filter((e) => !titles.has(e.title)).map((e) => e.title);
      assert.deepEqual(lost, [], `${href}: titles that do not come back intact from the CSV`);
    }
  });

  test('ICS: a VCALENDAR with one VEVENT per event, CRLF lines of at most 75 octets', { timeout: TEST_TIMEOUT }, async () => {
    const { href, type, body } = await fetchExport('ics', '/events.ics');
    assert.match(type, /^text\/calendar/, `${href}: content type ${type}`);
    const text = body.toString('utf8');
    assert.ok(text.length > 0, `${href}: empty`);
    const bareLf = text.split('\r\n').findIndex((l) => l.includes('\n') || l.includes('\r'));
    assert.equal(bareLf, -1, `${href}: line ${bareLf + 1} does not end with CRLF`);
    assert.ok(text.endsWith('\r\n'), `${href}: the last line does not end with CRLF`);
    const lines = text.slice(0, -2).split('\r\n');
    const long = lines.map((l, i) => [i + 1, Buffer.byteLength(l, 'utf8')]).filter(([, n]) => n > 75);
    assert.deepEqual(long, [], `${href}: lines over 75 octets ([line, octets])`);
    // Unfold (RFC 5545 3.1) to read the content lines.
    const content = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
    assert.equal(content[0], 'BEGIN:VCALENDAR', `${href}: does not start with BEGIN:VCALENDAR`);
    assert.equal(content.at(-1), 'END:VCALENDAR', `${href}: does not end with END:VCALENDAR`);
    assert.ok(content.includes('VERSION:2.0'), `${href}: no VERSION:2.0`);
    assert.ok(content.some((l) => l.startsWith('PRODID:')), `${href}: no PRODID`);
    const begins = content.filter((l) => l === 'BEGIN:VEVENT').length;
    const ends = content.filter((l) => l === 'END:VEVENT').length;
    assert.equal(begins, expected.total, `${href}: ${begins} VEVENTs, the API total is ${expected.total}`);
    assert.equal(ends, begins, `${href}: ${begins} BEGIN:VEVENT but ${ends} END:VEVENT`);
    const events = text
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((chunk) => chunk.split('END:VEVENT')[0].split('\r\n'));
    const incomplete = events
      .map((lines, i) => ({ i, missing: ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'].filter((p) => !lines.some((l) => l.startsWith(p + ':') || l.startsWith(p + ';'))) }))
      .filter((e) => e.missing.length > 0);
    assert.deepEqual(incomplete, [], `${href}: VEVENTs missing required properties`);
    const uids = events.map((lines) => lines.find((l) => l.startsWith('UID')));
    assert.equal(new Set(uids).size, uids.length, `${href}: repeated UIDs`);
  });

  test('Atom: well-formed XML with one entry per event', { timeout: TEST_TIMEOUT }, async () => {
    const { href, type, body } = await fetchExport('atom', '/feed.atom');
    assert.match(type, /^application\/atom\+xml/, `${href}: content type ${type}`);
    const xml = body.toString('utf8');
    const valid = XMLValidator.validate(xml);
    assert.equal(valid, true, `${href}: not well-formed XML: ${JSON.stringify(valid)}`);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml);
    const feed = parsed.feed;
    assert.ok(feed, `${href}: the root element is not <feed>`);
    assert.equal(feed['@_xmlns'], 'http://www.w3.org/2005/Atom', `${href}: <feed> is not in the Atom namespace`);
    for (const field of ['id', 'title', 'updated']) assert.ok(feed[field] !== undefined, `${href}: <feed> has no <${field}>`);
    const entries = feed.entry || [];
    assert.equal(entries.length, expected.total, `${href}: ${entries.length} entries, the API total is ${expected.total}`);
    const incomplete = entries
      .map((e, i) => ({ i, missing: ['id', 'title', 'updated'].filter((f) => e[f] === undefined) }))
      .filter((e) => e.missing.length > 0);
    assert.deepEqual(incomplete, [], `${href}: entries missing required Atom elements`);
  });

  test('JSON: the same events as the API for the view', { timeout: TEST_TIMEOUT }, async () => {
    const { href, type, body } = await fetchExport('json', '/api/events');
    assert.match(type, /^application\/json/, `${href}: content type ${type}`);
    const json = JSON.parse(body.toString('utf8'));
    assert.equal(json.total, expected.total, `${href}: total ${json.total}, expected ${expected.total}`);
    assert.deepEqual(
      json.events.map((e) => e.id),
      expected.events.map((e) => e.id),
      `${href}: other events or another order than /api/events for the view`,
    );
  });
});
