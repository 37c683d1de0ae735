import type { Page } from '@playwright/test';

/**
 * The font files Chromium actually drew a node's text with, over CDP (`CSS.getPlatformFontsForNode`),
 * e.g. ["Noto Serif Tibetan"]: what the reader sees, not what the stylesheet asks for.
 */
export async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.familyName);
}
