import { describe, expect, it } from 'vitest';
import { dictionaryKeys } from '#web/app/src/i18n/dictionary-keys';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';

describe('web app dictionaries', () => {
  it('have the same keys in zh-CN and en', () => {
    const keys = dictionaryKeys();
    expect(keys['zh-CN'].length).toBeGreaterThan(50);
    expect(keys.en).toEqual(keys['zh-CN']);
  });

  it('leave no message empty or untranslated', () => {
    for (const [locale, messages] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(messages as Record<string, string>)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(text, `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  it('name the outbox alike in the menu, on its page and in the system page’s section, for every channel', () => {
    for (const messages of Object.values(DICTIONARIES)) {
      expect(messages['system.outbox']).toBe(messages['nav.outbox']);
      expect(messages['outbox.title']).toBe(messages['nav.outbox']);
    }
    // It holds texts and group-robot messages too: not an email outbox.
    expect(DICTIONARIES['zh-CN']['system.outbox']).toBe('消息发件箱');
    expect(DICTIONARIES['zh-CN']['system.intro']).toContain('消息发件箱');
    expect(DICTIONARIES.en['system.intro']).not.toContain('email outbox');
  });
});
