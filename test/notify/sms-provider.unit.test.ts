// The Alibaba Cloud adapter's signing against the vectors its documentation publishes, its encoder, the SMS renderer's
// 70-character cut, the SMS settings read from the environment, and the masking of a text's mobile.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#core/config';
import { recipientKey } from '#core/notify/notice';
import { shownAddress, smsAddress } from '#core/notify/sms-address';
import { aliyunSendSmsParams, aliyunSignature, canonicalQuery, percentEncode } from '#core/notify/sms-provider';
import { createSmsRenderer, fitSms, smsBudget } from '#core/notify/sms-renderer';

// The SendSms example of Alibaba Cloud's SMS signature documentation (GET, AccessKeySecret "testSecret").
const SEND_SMS_EXAMPLE = {
  AccessKeyId: 'testId',
  Action: 'SendSms',
  Format: 'XML',
  OutId: '123',
  PhoneNumbers: '15300000001',
  RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
  SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007',
  TemplateParam: '{"customer":"test"}',
  Timestamp: '2017-07-12T02:42:19Z',
  Version: '2017-05-25',
};

describe('Alibaba Cloud SMS signature', () => {
  it('reproduces the documented SendSms example', () => {
    expect(aliyunSignature('GET', SEND_SMS_EXAMPLE, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('reproduces the RPC signature documentation’s DescribeRegions example', () => {
    const params = {
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Version: '2014-05-26',
      Timestamp: '2016-02-23T12:46:24Z',
    };
    expect(aliyunSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('builds the documented canonical query, leaving a Signature parameter out', () => {
    expect(canonicalQuery({ ...SEND_SMS_EXAMPLE, Signature: 'ignored' })).toBe(
      'AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou' +
        '&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1' +
        '&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007' +
        '&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
  });

  it.each([
    ['a b', 'a%20b'],
    ['*', '%2A'],
    ['~-_.', '~-_.'],
    ["!'()", '%21%27%28%29'],
    ['/=&+', '%2F%3D%26%2B'],
    ['派', '%E6%B4%BE'],
  ])('percent-encodes %j as %j (RFC 3986)', (value, encoded) => {
    expect(percentEncode(value)).toBe(encoded);
  });

  it('signs a SendSms by POST with the text as the template’s one parameter', () => {
    const settings = { url: 'http://x/', accessKeyId: 'id', accessKeySecret: 'secret', signName: '复工', templateCode: 'SMS_1' };
    const params = aliyunSendSmsParams(
      settings,
      { mobile: '13912345678', text: '请测温', outId: '7' },
      { nonce: 'n-1', timestamp: '2026-02-17T00:00:00Z' },
    );
    const { Signature, ...rest } = params;
    expect(rest).toMatchObject({
      Action: 'SendSms',
      Format: 'JSON',
      Version: '2017-05-25',
      TemplateParam: '{"text":"请测温"}',
      OutId: '7',
    });
    expect(Signature).toBe(aliyunSignature('POST', rest, 'secret'));
    expect(Signature).not.toBe(aliyunSignature('GET', rest, 'secret'));
  });
});

describe('SMS texts', () => {
  const render = createSmsRenderer('Asia/Shanghai', smsBudget('复工'));

  it('leaves 66 characters beside a two-character signature and cuts longer texts with an ellipsis', () => {
    expect(smsBudget('复工')).toBe(66);
    expect(smsBudget(undefined)).toBe(70);
    expect(fitSms('短'.repeat(66), 66)).toBe('短'.repeat(66));
    expect(fitSms('长'.repeat(80), 66)).toBe(`${'长'.repeat(65)}…`);
  });

  it('renders the worker’s start, reminder and release texts within one message, user text kept on one line', () => {
    const base = {
      workerName: '张三\n【假冒】',
      projectName: '滨江新城一标段',
      startedAt: '2026-02-17T01:00:00.000Z',
      endsAt: '2026-03-03T01:00:00.000Z',
    };
    const started = render.render('quarantine-alert', 'zh-CN', { ...base, started: true });
    expect(started).toBe('张三 【假冒】您好：您在滨江新城一标段入场检查后需隔离观察至3/3 09:00，每日按时到门岗测温。');
    const reminder = render.render('quarantine-alert', 'zh-CN', { ...base, reminder: true, slotAt: '2026-02-18T00:00:00.000Z' });
    expect(reminder).toBe('张三 【假冒】您好：请于2/18 08:00到滨江新城一标段门岗测温登记。');
    const released = render.render('quarantine-cleared', 'en', { ...base, releasedAt: '2026-03-03T01:00:00.000Z' });
    expect([...released].length).toBeLessThanOrEqual(66);
    expect(released).toBe('张三 【假冒】: quarantine ended 03/03, 09:00. You may return to work.');
    for (const text of [started, reminder]) expect([...text].length).toBeLessThanOrEqual(66);
    // The English texts fit whole, not cut (a long site name is why they do not name the site).
    const startedEn = render.render('quarantine-alert', 'en', { ...base, workerName: 'Li Si', started: true });
    expect(startedEn.endsWith('daily gate check-in.')).toBe(true);
  });

  it('refuses a template name that is not a purpose', () => {
    expect(() => render.render('../secrets', 'zh-CN', {})).toThrow(/not valid/);
    expect(render.has('quarantine-alert', 'en')).toBe(true);
    expect(render.has('daily-digest', 'en')).toBe(false);
  });
});

describe('SMS settings and masking', () => {
  const env = {
    SMS_PROVIDER_URL: 'https://dysmsapi.aliyuncs.com/',
    SMS_ACCESS_KEY_ID: 'id',
    SMS_ACCESS_KEY_SECRET: 'secret',
    SMS_SIGN_NAME: '复工',
    SMS_TEMPLATE_CODE: 'SMS_1',
  };

  it('is off unless SMS_PROVIDER_URL is set, and on with every setting', () => {
    expect(loadConfig({}).sms).toBeUndefined();
    expect(loadConfig(env).sms).toEqual({ provider: 'aliyun', ...pick(env), perMinute: 60 });
  });

  it.each([
    [{ ...env, SMS_SIGN_NAME: '' }, /SMS_SIGN_NAME is not/],
    [{ SMS_ACCESS_KEY_ID: 'id' }, /without SMS_PROVIDER_URL/],
    [{ ...env, SMS_PROVIDER: 'tencent' }, /SMS_PROVIDER must be aliyun/],
    [{ ...env, SMS_PROVIDER_URL: 'https://x/?a=1' }, /SMS_PROVIDER_URL must be/],
  ])('refuses an incomplete or unknown configuration (%#)', (vars, message) => {
    expect(() => loadConfig(vars)).toThrow(ConfigError);
    expect(() => loadConfig(vars)).toThrow(message);
  });

  it('shows an SMS row’s mobile masked and names it in keys by a digest only', () => {
    expect(shownAddress('sms', smsAddress('13912345678'))).toBe('sms:139****5678');
    expect(shownAddress('email', 'a@b.c')).toBe('a@b.c');
    const key = recipientKey({ key: 'q/started' }, { channel: 'sms', mobile: '13912345678' });
    expect(key).toMatch(/^q\/started\/sms\/[0-9a-z]+$/);
    expect(key).not.toContain('5678');
    expect(key).not.toBe(recipientKey({ key: 'q/started' }, { channel: 'sms', mobile: '13912345679' }));
  });
});

function pick(env: Record<string, string>) {
  return {
    url: env.SMS_PROVIDER_URL,
    accessKeyId: env.SMS_ACCESS_KEY_ID,
    accessKeySecret: env.SMS_ACCESS_KEY_SECRET,
    signName: env.SMS_SIGN_NAME,
    templateCode: env.SMS_TEMPLATE_CODE,
  };
}
