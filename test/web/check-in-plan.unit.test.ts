// The site register's check-ins due say when people in quarantine are measured (the gate check's times, DESIGN P5
// 08:00 and 16:00 by default) and that the site's disinfection and temperature rounds (08:00 and 18:00 by default: people
// entering and leaving, seed 004 早晚两次测温) are another process, recorded under the monitoring menu.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { readShippedForms } from '#forms/shipped-forms';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { gateZhCn } from '#web/app/src/i18n/messages/gate-messages';
import { CheckInPlan } from '#web/app/src/pages/gate/check-in-plan';
import { textIn } from '../helpers/render-in-locale';

const paramsOf = (key: string) => readShippedForms().find((form) => form.key === key)!.process.params as { checkInTimes: string[] };

describe('the quarantine check-in times beside the site rounds', () => {
  beforeAll(async () => {
    addZhCnMessages(gateZhCn);
    await loadDictionary('en');
  });

  it('ships two processes with their own times: quarantine 08:00/16:00, site rounds 08:00/18:00', () => {
    expect(paramsOf('gate-check').checkInTimes).toEqual(['08:00', '16:00']);
    expect(paramsOf('site-epidemic-rounds').checkInTimes).toEqual(['08:00', '18:00']);
  });

  it('says the quarantine times as the gate check sets them, and where the site rounds go, in both languages', () => {
    const times = paramsOf('gate-check').checkInTimes;
    expect(textIn(createElement(CheckInPlan, { times }), 'zh-CN').trim()).toBe(
      '隔离人员每天 08:00、16:00 测温登记（门岗检查流程设定）。工地每日消毒和测温巡查是另一流程，按其巡查时间在“观察登记”中记录。',
    );
    expect(textIn(createElement(CheckInPlan, { times: ['07:30', '19:30'] }), 'en')).toContain(
      'People in quarantine have their temperature recorded at 07:30, 19:30 every day (set by the gate check).',
    );
    expect(textIn(createElement(CheckInPlan, { times: ['07:30', '19:30'] }), 'en')).toContain(
      'recorded under Monitoring at their own times',
    );
  });
});
