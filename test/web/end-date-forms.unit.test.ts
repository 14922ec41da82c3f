// 调整结束时间 on the monitoring register and the site register: the new-end input starts at the end the row prints, in
// the server's zone whatever the device's ("至 2027年1月4日 24:00" prefills 2027-01-05 00:00, said to be that 24:00),
// and names the zone when the device is elsewhere. Rendered as the page renders them, under any TZ.
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { RegisterWorker } from '#web/app/src/api/gate-api';
import type { MonitoredRow } from '#web/app/src/api/monitoring-api';
import { zoneCalled } from '#web/app/src/components/zoned-date-time-field';
import { adoptServerTimeZone, deviceTimeZone } from '#web/app/src/format/server-time-zone';
import { zoneToName } from '#web/app/src/format/zoned-input-value';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { EndChangeForm } from '#web/app/src/pages/gate/end-change-form';
import { EndForm } from '#web/app/src/pages/monitoring/subject-forms';

const END_OF_4_JANUARY = '2027-01-04T16:00:00.000Z'; // midnight starting 5 January in Shanghai
const EVENING = '2027-01-10T10:00:00.000Z'; // 18:00 in Shanghai

const monitored = (endsAt: string) => ({ id: 'sub-1', name: '王建国', endsAt }) as unknown as MonitoredRow;
const quarantined = (endsAt: string) => ({ name: '王建国', quarantine: { id: 'q-1', endsAt } }) as unknown as RegisterWorker;

const rendered = renderIn;

const inputValue = (html: string) =>
  /type="datetime-local"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*type="datetime-local"/.exec(html)!.slice(1).find(Boolean);

const FORMS = [
  ['the monitoring register', (endsAt: string) => createElement(EndForm, { row: monitored(endsAt), onDone: () => undefined })],
  ['the site register', (endsAt: string) => createElement(EndChangeForm, { worker: quarantined(endsAt), onDone: () => undefined })],
] as const;

describe.each(FORMS)('the end-date change on %s', (_name, form) => {
  beforeAll(async () => {
    await loadDictionary('en');
    adoptServerTimeZone('Asia/Shanghai');
  });
  afterAll(() => adoptServerTimeZone(deviceTimeZone()));

  it('starts at the current end in the server zone, a midnight explained as the end of the day before', () => {
    const html = rendered(form(END_OF_4_JANUARY));
    expect(inputValue(html)).toBe('2027-01-05T00:00');
    expect(html).toContain('00:00 即前一天 24:00：2027年1月4日 24:00');
    expect(rendered(form(END_OF_4_JANUARY), 'en')).toContain('00:00 ends the day before: 4 Jan 2027, end of day');
  });

  it('shows any other end as its time there, without the midnight note', () => {
    const html = rendered(form(EVENING));
    expect(inputValue(html)).toBe('2027-01-10T18:00');
    expect(html).not.toContain('24:00');
  });

  it('names the zone in the label only when the device is in another one', () => {
    const away = deviceTimeZone() !== 'Asia/Shanghai';
    expect(rendered(form(EVENING)).includes('（北京时间）')).toBe(away);
    expect(rendered(form(EVENING), 'en').includes('(Beijing time)')).toBe(away);
  });
});

describe('the zone a date-and-time field names', () => {
  afterAll(() => adoptServerTimeZone(deviceTimeZone()));

  it('is the server zone when it differs from the device zone, and none when they agree', () => {
    adoptServerTimeZone(deviceTimeZone());
    expect(zoneToName()).toBeNull();
    const elsewhere = deviceTimeZone() === 'Pacific/Chatham' ? 'Asia/Shanghai' : 'Pacific/Chatham';
    adoptServerTimeZone(elsewhere);
    expect(zoneToName()).toBe(elsewhere);
  });

  it('calls China’s zone Beijing time, and any other by its generic name', async () => {
    await loadDictionary('en');
    expect(zoneCalled('Asia/Shanghai', 'zh-CN', translate.bind(null, 'zh-CN'))).toBe('北京时间');
    expect(zoneCalled('Asia/Shanghai', 'en', translate.bind(null, 'en'))).toBe('Beijing time');
    expect(zoneCalled('America/New_York', 'en', translate.bind(null, 'en'))).toBe('Eastern Time');
  });
});
