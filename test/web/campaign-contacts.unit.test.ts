// What the enterprise's workspace and the public bulletin show of the campaign office's contacts
// (web/app/src/components/campaign-contacts.tsx): each contact with its phone to dial and its mailbox, in both
// languages, and when none are set, a way forward instead of an empty box.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { ContactList } from '#web/app/src/components/campaign-contacts';
import { NOTICE_CONTACTS } from '#core/demo/demo-seed';
import { renderIn, textIn } from '../helpers/render-in-locale';

describe('the campaign contacts shown', () => {
  beforeAll(async () => {
    await loadDictionary('en');
  });

  it("shows the notice's contacts with phones to dial and the mailbox to write to", () => {
    const zh = textIn(createElement(ContactList, { contacts: NOTICE_CONTACTS }), 'zh-CN');
    expect(zh).toContain('建筑市场监管科 吕晓雪、庄彩云');
    expect(zh).toMatch(/电话： ?66613698/);
    expect(zh).toMatch(/电话： ?66613697/);
    expect(zh).toMatch(/邮箱： ?sjwjzyglc@jn\.shandong\.cn/);
    expect(zh).toContain('事项：复工复产咨询与协调');
    const en = textIn(createElement(ContactList, { contacts: NOTICE_CONTACTS }), 'en');
    expect(en).toMatch(/Phone: +66613698/);
    expect(en).toMatch(/Email: +sjwjzyglc@jn\.shandong\.cn/);
    const html = renderIn(createElement(ContactList, { contacts: NOTICE_CONTACTS }));
    expect(html).toContain('href="tel:66613698"');
    expect(html).toContain('href="mailto:sjwjzyglc@jn.shandong.cn"');
  });

  it('says none are published yet, and what to do meanwhile, when the list is empty', () => {
    expect(textIn(createElement(ContactList, { contacts: [] }), 'zh-CN')).toContain('尚未公布联系方式');
    expect(textIn(createElement(ContactList, { contacts: [] }), 'en')).toContain('No contacts have been published yet');
  });
});
