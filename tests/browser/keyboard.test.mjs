// Keyboard: pressing Tab from the top of the timeline reaches the filter
// form's controls (an actor box, a topic box, the date and text fields, the
// order select, the submit button) and the first link inside the first
// event, and every element focused on the way shows it (a computed outline
// that is not none, or a box-shadow).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, launchBrowser, newPage, open } from './helpers.mjs';

const MAX_TABS = 400;

describe('keyboard', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test('Tab reaches the filter controls and the first event link, with visible focus', { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await newPage(browser);
    try {
      await open(page, '/');
      const firstEventLink = page.locator('article.event').first().locator('a[href]').first();
      assert.equal(await firstEventLink.count(), 1, 'the first article.event has no link');
      await firstEventLink.evaluate((a) => {
        a.dataset.testFirstEventLink = '1';
      });

      const wanted = [
        ['an actor checkbox', (s) => s.inForm && s.name === 'actor' && s.type === 'checkbox'],
        ['a topic checkbox', (s) => s.inForm && s.name === 'topic' && s.type === 'checkbox'],
        ['the from field', (s) => s.inForm && s.name === 'from'],
        ['the to field', (s) => s.inForm && s.name === 'to'],
        ['the text field', (s) => s.inForm && s.name === 'q'],
        ['the order select', (s) => s.inForm && s.name === 'order'],
        ['the submit button', (s) => s.inForm && s.type === 'submit'],
        ['the first event link', (s) => s.firstEvent],
      ];
      const seen = [];
      const unreached = () => wanted.filter(([, match]) => !seen.some(match)).map(([what]) => what);
      for (let i = 0; i < MAX_TABS && unreached().length > 0; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow && style.boxShadow !== 'none';
          const label = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? `[name=${el.name}]` : ''}${el.type && el.tagName === 'INPUT' ? `[type=${el.type}]` : ''}${el.value && el.type === 'checkbox' ? `[value=${el.value}]` : ''}${el.tagName === 'A' ? `[href=${el.getAttribute('href')}]` : ''}`;
          return {
            label,
            inForm: Boolean(el.closest('form#filters')),
            name: el.getAttribute('name') || '',
            type: el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase() === 'button' ? el.type || 'submit' : el.tagName.toLowerCase(),
            firstEvent: el.dataset.testFirstEventLink === '1',
            visible: outline || shadow,
            style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
          };
        });
        if (!info) {
          if (seen.length > 0) break; // wrapped around to the document
          continue;
        }
        seen.push(info);
      }

      const trail = seen.map((s) => s.label).join(' → ');
      assert.deepEqual(unreached(), [], `Tab from the top did not reach these within ${MAX_TABS} presses; it went: ${trail}`);
      const hidden = seen.filter((s) => !s.visible).map((s) => `${s.label} (${s.style})`);
      assert.deepEqual(hidden, [], 'focused elements without a visible focus style (outline or box-shadow)');
    } finally {
      await context.close();
    }
  });
});
