// Screenshots of the main pages, first screen, at desktop (1280×900) and phone
// (360×740) sizes, written to tests/browser/screenshots/{page}-{size}.png
// (timeline-desktop.png is the one in the README). Also checks that no page
// scrolls sideways at 360 px. To keep the committed PNGs small they are
// reduced to a 256-colour palette (upng-js). Each file is written to *.tmp
// and renamed, so a failed run never leaves half a PNG.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import UPNG from 'upng-js';
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

const DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

const SIZES = {
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  mobile: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
};

const PAGES = [
  ['timeline', async () => '/'],
  ['filtered', async () => `/?${(await pickActorAndTopic()).query}`],
  ['event', async () => `/events/${segment((await pickEvent()).id)}`],
  ['actor', async () => `/actors/${segment((await pickActor()).id)}`],
  ['document', async () => `/documents/${segment((await pickDocument()).id)}`],
  ['key', async () => '/?importance=key'],
  ['statements', async () => '/statements?actor=nikol-pashinyan'],
  ['lanes', async () => '/lanes?actor=armenia&actor=csto&actor=russia'],
  ['tone', async () => '/?importance=key#tone'],
];

/** A screenshot takes a while on a busy 2-core box. */
const SHOT_TIMEOUT = 120_000;

/** Re-encodes a PNG with a 256-colour palette: about a third of the size for pages of text. */
function shrink(png) {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength));
  const rgba = UPNG.toRGBA8(image)[0];
  return Buffer.from(UPNG.encode([rgba], image.width, image.height, 256));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString('latin1'), 'PNG', 'not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('screenshots', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
    await mkdir(DIR, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  for (const [size, options] of Object.entries(SIZES)) {
    for (const [name, path] of PAGES) {
      test(`${name} at ${size} size (${options.viewport.width}×${options.viewport.height})`, { timeout: SHOT_TIMEOUT + TEST_TIMEOUT }, async () => {
        const address = await path();
        const context = await newContext(browser, { ...options, reducedMotion: 'reduce', colorScheme: 'light' });
        try {
          const page = await context.newPage();
          await open(page, address);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 1, `${address} at ${options.viewport.width} px scrolls sideways by ${overflow} px`);
          const shot = await page.screenshot({
            type: 'png',
            // The first screen of each page: what a visitor sees, and small
            // enough to keep in the repository.
            fullPage: false,
            animations: 'disabled',
            caret: 'hide',
            scale: 'css',
            timeout: SHOT_TIMEOUT,
          });
          const png = shrink(shot);
          const { width, height } = pngSize(png);
          assert.equal(width, options.viewport.width, `${address}: the screenshot is ${width} px wide`);
          assert.equal(height, options.viewport.height, `${address}: the screenshot is ${height} px high`);
          const file = `${DIR}${name}-${size}.png`;
          await writeFile(`${file}.tmp`, png);
          await rename(`${file}.tmp`, file);
        } finally {
          await context.close();
        }
      });
    }
  }
});
