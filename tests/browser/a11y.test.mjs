// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) finds no violation
// on the timeline, a filtered view, an event, an actor and a document page.
// A failure lists each violation's id, impact, and target selectors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import {
  TEST_TIMEOUT,
  launchBrowser,
  newContext,
  open,
  pickActor,
  pickActorAndTopic,
  pickDocument,
  pickEvent,
  segment,
} from './helpers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function describeViolations(violations) {
  return violations
    .map((v) => {
      const targets = v.nodes.map((n) => `      ${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').trim()})` : ''}`);
      return `  ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})\n${targets.join('\n')}`;
    })
    .join('\n');
}

describe('axe-core finds no WCAG A/AA violations', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  const pages = [
    ['the timeline', async () => '/'],
    ['a filtered view', async () => `/?${(await pickActorAndTopic()).query}`],
    ['a view with a bad filter', async () => '/?actor=no-such-actor'],
    ['an event page', async () => `/events/${segment((await pickEvent()).id)}`],
    ['an actor page', async () => `/actors/${segment((await pickActor()).id)}`],
    ['a document page', async () => `/documents/${segment((await pickDocument()).id)}`],
    ['the key events', async () => '/?importance=key'],
    ['the statements', async () => '/statements'],
    ['the lanes', async () => '/lanes?actor=armenia&actor=csto&actor=russia'],
  ];

  for (const [name, path] of pages) {
    test(name, { timeout: TEST_TIMEOUT }, async () => {
      const address = await path();
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        await open(page, address, address.includes('no-such') ? 400 : 200);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        assert.equal(
          results.violations.length,
          0,
          `axe-core violations on ${address}:\n${describeViolations(results.violations)}`,
        );
      } finally {
        await context.close();
      }
    });
  }
});
