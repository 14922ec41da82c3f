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
    // What for in the reader's language when the office wrote it in English too; the name stays as typed.
    expect(en).toContain('For: Questions about returning to work; liaison lists and daily progress reports');
    expect(en).not.toContain('复工复产咨询与协调');
    expect(zh).not.toContain('Questions about returning to work');
    const html = renderIn(createElement(ContactList, { contacts: NOTICE_CONTACTS }));
    expect(html).toContain('href="tel:66613698"');
    expect(html).toContain('href="mailto:sjwjzyglc@jn.shandong.cn"');
  });

  it('says none are published yet, and what to do meanwhile, when the list is empty', () => {
    expect(textIn(createElement(ContactList, { contacts: [] }), 'zh-CN')).toContain('尚未公布联系方式');
    expect(textIn(createElement(ContactList, { contacts: [] }), 'en')).toContain('No contacts have been published yet');
  });
});

describe('a contact whose what-for is in one language only', () => {
  beforeAll(async () => {
    await loadDictionary('en');
  });

  it('shows it as typed to readers of either language', () => {
    const chinese = [{ name: '建筑市场监管科', phone: '66613698', purpose: '联络员名单报送' }];
    expect(textIn(createElement(ContactList, { contacts: chinese }), 'en')).toContain('For: 联络员名单报送');
    const english = [{ name: '建筑市场监管科', phone: '66613698', purposeEn: 'Liaison lists' }];
    expect(textIn(createElement(ContactList, { contacts: english }), 'zh-CN')).toContain('事项：Liaison lists');
  });
});
