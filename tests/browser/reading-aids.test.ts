/**
 * Reading aids in Chromium: glossary terms whose definition opens in place, with and without
 * JavaScript, with the semantics a screen reader needs. The reading time, the "On this page" list
 * and related pages are checked in the built HTML, without a browser: tests/build/reading-aids.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { open, watchedPage, withBrowser } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await withBrowser();
});
afterAll(async () => browser?.close());

/** The accessibility tree's view of one element, as a screen reader gets it. */
async function accessibleNode(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0];
  const property = (name: string) => node.properties?.find((p) => p.name === name)?.value.value;
  return { role: node.role?.value, name: node.name?.value, description: node.description?.value, expanded: property('expanded') };
}

describe('glossary terms', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`show their definition in place, announced as a button that expands (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, context } = await watchedPage(browser, { javaScriptEnabled });
      await open(page, '/is-ketamine-addictive/');
      const term = page.locator('.term-button').first();
      const id = await term.getAttribute('popovertarget');
      const definition = page.locator(`#${id}`);
      expect(await definition.isVisible()).toBe(false);

      const before = await accessibleNode(page, '.term-button');
      expect(before.role).toBe('button');
      expect(before.name).toBe((await term.textContent())!.trim());
      expect(before.expanded).toBe(false);
      // The definition is its description, so it is read out with the term even before it opens.
      expect(before.description).toContain((await definition.textContent())!.split(' In the glossary')[0].trim().slice(0, 40));

      await term.scrollIntoViewIfNeeded();
      const scrollBefore = await page.evaluate(() => scrollY);
      await term.click();
      expect(await definition.isVisible()).toBe(true);
      expect(await definition.getAttribute('role')).toBe('note');
      expect((await accessibleNode(page, '.term-button')).expanded).toBe(true);
      // Nothing moved the reader: same page, same place.
      expect(new URL(page.url()).pathname).toBe('/is-ketamine-addictive/');
      expect(Math.abs((await page.evaluate(() => scrollY)) - scrollBefore)).toBeLessThan(5);
      await page.keyboard.press('Escape');
      expect(await definition.isVisible()).toBe(false);
      await context.close();
    });
  }
});
