// The gate form's signature pad as a person uses it: a stroke drawn with the mouse (or a finger) across the canvas.
import type { Page } from 'playwright-core';

/** Draws a signature on the page's signature pad (the canvas named 签名板), scrolling it into view first. */
export async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByRole('img', { name: /签名板/ });
  await canvas.scrollIntoViewIfNeeded();
  const pad = (await canvas.boundingBox())!;
  await page.mouse.move(pad.x + 20, pad.y + 40);
  await page.mouse.down();
  for (const [dx, dy] of [
    [60, 80],
    [120, 30],
    [180, 90],
    [240, 50],
  ])
    await page.mouse.move(pad.x + dx!, pad.y + dy!);
  await page.mouse.up();
}
