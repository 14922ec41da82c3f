// The visual form builder (可视化) as the builder journeys drive it: the selected field's settings panel and adding a
// field of a kind with its titles.
import type { Locator, Page } from 'playwright-core';

/** The settings panel of the selected field. */
export const fieldSettings = (page: Page): Locator => page.getByRole('region', { name: /^字段设置/ });

/** Adds a field of the kind labelled `kind` and gives it its titles; leaves it selected and answers its settings panel. */
export async function addField(page: Page, kind: string, zh: string, en: string): Promise<Locator> {
  await page.locator('.builder-layout__list').getByLabel('字段类型').selectOption({ label: kind });
  await page.getByRole('button', { name: '添加字段', exact: true }).click();
  const panel = fieldSettings(page);
  await panel.getByLabel('中文标题').fill(zh);
  await panel.getByLabel('英文标题').fill(en);
  return panel;
}
