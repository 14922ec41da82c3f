// A publicity notice's text follows its window: paused for an objection's review it is written again saying so (when the
// workflow gives the text), reopened it is written again with its moved end, and a repeated step changes nothing.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { findNotice, insertNotice, pausePublicityNotice, resumePublicityNotice, type NoticeText } from '#core/stores/notices/notice-store';
import { testDatabases } from '../helpers/test-db';

const AT = '2026-12-06T01:00:00.000Z';
const text = (zh: string, en: string): Record<'zh-CN' | 'en', NoticeText> => ({
  'zh-CN': { title: '关于拟表扬某企业的公示', text: zh },
  en: { title: 'Public notice', text: en },
});
const OPEN = text('公示期至 2026年12月12日 24:00。', 'This notice stays open until 12 Dec 2026, end of day.');
const PAUSED = text('暂停公示：公示期间收到的异议正在核查中。', 'Publicity paused: an objection is under review.');
const REOPENED = text('公示期相应顺延至 2026年12月14日 24:00。', 'The notice was extended: it stays open until 14 Dec 2026.');

describe.each(testDatabases())('publicity notice text on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(async () => {
    await close?.();
  });

  async function openNotice(): Promise<{ key: string; id: number }> {
    const key = `test/${randomUUID()}`;
    const id = await insertNotice(db, {
      key,
      kind: 'publicity',
      status: 'open',
      submissionId: randomUUID(),
      enterpriseId: null,
      content: OPEN,
      closesAt: '2026-12-12T16:00:00.000Z',
      at: AT,
    });
    return { key, id };
  }

  it('writes the paused text while an objection is reviewed, and the reopened text after', async () => {
    const { key, id } = await openNotice();
    await pausePublicityNotice(db, key, AT, PAUSED);
    expect(await findNotice(db, id)).toMatchObject({ status: 'under-review', content: PAUSED });
    // A retried pause finds the window paused already and leaves it as it is.
    await pausePublicityNotice(db, key, AT, OPEN);
    expect(await findNotice(db, id)).toMatchObject({ status: 'under-review', content: PAUSED });
    await resumePublicityNotice(db, key, { closesAt: '2026-12-14T16:00:00.000Z', content: REOPENED }, AT);
    expect(await findNotice(db, id)).toMatchObject({ status: 'open', closesAt: '2026-12-14T16:00:00.000Z', content: REOPENED });
  });

  it('keeps the text of a window paused by a workflow from before the paused text', async () => {
    const { key, id } = await openNotice();
    await pausePublicityNotice(db, key, AT);
    expect(await findNotice(db, id)).toMatchObject({ status: 'under-review', content: OPEN });
  });
});
