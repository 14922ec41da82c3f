// Named screenshots of what each user sees, for people to look at (the README's tour links some of them): one PNG per
// journey, page, language and viewport in test-results/screenshots/<journey>-<page>-<locale>-<viewport>.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './browser';

/** What a screenshot shows: the journey it belongs to and the page, in words a file name can carry. */
export interface ShotName {
  journey: string;
  page: string;
  /** The language the page is shown in; read from the page's `<html lang>` when not given. */
  locale?: 'zh-CN' | 'en';
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `phone` below 600 px wide, `desktop` otherwise. */
export function viewportName(page: Page): 'phone' | 'desktop' {
  return (page.viewportSize()?.width ?? 1280) < 600 ? 'phone' : 'desktop';
}

/** The file a screenshot of `name` on `page` is written to. */
export async function screenshotPath(page: Page, name: ShotName): Promise<string> {
  const locale = name.locale ?? ((await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'zh-CN');
  return `${SCREENSHOTS}${slug(name.journey)}-${slug(name.page)}-${slug(locale)}-${viewportName(page)}.png`;
}

/** Writes a full-page PNG of `page` under its name; returns the path. */
export async function screenshot(page: Page, name: ShotName): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = await screenshotPath(page, name);
  await fullPageShot(page, path);
  return path;
}

/** Writes a full-page PNG of `page` to `path`, from the top as a person first sees the page: a full-page capture draws
 * the sticky menu where the scroll left it (half-way down a long form that was just filled in). */
export async function fullPageShot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}
