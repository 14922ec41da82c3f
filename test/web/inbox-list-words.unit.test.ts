// The words the inbox list and the enterprise home are made of: filter chips, how a closed task ended, a case's
// summary, and the one line a form card keeps of its description.
import { beforeAll, describe, expect, it } from 'vitest';
import { caseSummary } from '#core/domain/case-summary';
import { withParams } from '#forms/param-text';
import { readShippedForms } from '#forms/shipped-forms';
import { ownStatusWords } from '#forms/present/case-words';
import { formCardLine } from '#web/app/src/pages/form-card-line';
import { filterChips, withoutChip } from '#web/app/src/pages/inbox/filter-chips';
import { DEFAULT_FILTER, isNarrowed } from '#web/app/src/pages/inbox/inbox-filter';
import { emptyInboxWords } from '#web/app/src/pages/inbox/empty-inbox-words';
import { taskEnding } from '#web/app/src/pages/inbox/task-ending';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';

// English is a chunk the app loads when someone picks it; the tests load it as the app would.
beforeAll(() => loadDictionary('en'));

describe('filter chips', () => {
  it('gives one chip per active part, and removing each chip leaves the rest', () => {
    const filter = { ...DEFAULT_FILTER, box: 'done' as const, enterpriseId: '3', overdue: true, focus: true, q: ' 水泥 ' };
    const chips = filterChips(filter);
    expect(chips).toEqual([
      { field: 'q', value: '水泥' },
      { field: 'enterpriseId', value: '3' },
      { field: 'overdue', value: '1' },
      { field: 'focus', value: '1' },
    ]);
    const rest = withoutChip(filter, chips[1]!);
    expect(rest).toEqual({ ...filter, enterpriseId: '' });
    expect(filterChips(chips.reduce(withoutChip, filter))).toEqual([]);
    expect(isNarrowed(chips.reduce(withoutChip, filter))).toBe(false);
  });

  it('has no chip for a fresh filter on any tab', () => {
    expect(filterChips({ ...DEFAULT_FILTER, box: 'groups' })).toEqual([]);
  });
});

describe('how a closed task ended', () => {
  const closed = (status: string, closeReason: string | null, caseStatusWords?: Record<string, string>) =>
    ({ status, closeReason, outcome: null, caseStatusWords }) as never;
  it.each([
    ['done', 'decided:resolve', '已解决：王建国，12月4日', 'Resolved by 王建国, 12月4日'],
    ['done', 'decided:escalate', '已上报：王建国，12月4日', 'Escalated by 王建国, 12月4日'],
    ['done', 'decided:return', '已退回企业补充材料：王建国，12月4日', 'Returned to the enterprise for information by 王建国, 12月4日'],
    ['done', 'decided:reject', '不予受理：王建国，12月4日', 'Rejected by 王建国, 12月4日'],
    ['escalated', 'escalated', '超时未办，12月4日 自动上报', 'Not handled in time; escalated automatically 12月4日'],
    ['expired', 'expired', '超时未办，12月4日 到期', 'Not handled in time; expired 12月4日'],
    ['done', 'report-received', '企业已补报，12月4日 自动办结', 'The enterprise filed its report; closed 12月4日'],
  ])('%s / %s reads “%s”', (status, reason, zh, en) => {
    const { key } = taskEnding(closed(status, reason))!;
    const params = { name: '王建国', time: '12月4日' };
    expect(translate('zh-CN', key, params)).toBe(zh);
    expect(translate('en', key, params)).toBe(en);
  });

  it('says an inspection’s rejection, return and pass to the next level in its process’s own words', () => {
    const words = (locale: 'zh-CN' | 'en', reason: string, own: Record<string, string>) => {
      const { key, result } = taskEnding(closed('done', reason, own))!;
      return translate(locale, key, { name: '王建国', time: '12月4日', result: result ?? '' });
    };
    // The words the server sends with an inspection's task rows (a ladder whose rungs are inspection bodies).
    const inspection = { processType: 'ladder', params: { stages: [{ name: 'town', actor: { body: 'town-inspection' } }] } };
    const zh = ownStatusWords(inspection as never, 'zh-CN');
    const en = ownStatusWords(inspection as never, 'en');
    expect(words('zh-CN', 'decided:reject', zh)).toBe('不予通过：王建国，12月4日');
    expect(words('en', 'decided:reject', en)).toBe('Not approved: 王建国, 12月4日');
    expect(words('zh-CN', 'decided:return', zh)).toBe('退回整改：王建国，12月4日');
    expect(words('en', 'decided:return', en)).toBe('Returned for rework: 王建国, 12月4日');
    // A pass is sent on to the next level's inspection, as its button 核查通过，报送下一级核查 says: no 已上报.
    expect(words('zh-CN', 'decided:escalate', zh)).toBe('核查通过，已报送下一级核查：王建国，12月4日');
    expect(words('en', 'decided:escalate', en)).toBe('Passed, sent on to the next inspection: 王建国, 12月4日');
    // A difficulty report's rows carry no own words: its escalation is still 已上报, its rejection 不予受理.
    expect(words('zh-CN', 'decided:escalate', {})).toBe('已上报：王建国，12月4日');
    expect(words('en', 'decided:escalate', {})).toBe('Escalated by 王建国, 12月4日');
    expect(words('zh-CN', 'decided:reject', {})).toBe('不予受理：王建国，12月4日');
  });

  it('says nothing for a task still open', () => {
    expect(taskEnding(closed('open', null))).toBeNull();
    expect(taskEnding(closed('claimed', null))).toBeNull();
  });
});

describe('an empty inbox tab', () => {
  const words = (box: 'mine' | 'groups' | 'done', role: 'hq' | 'special_class') => {
    const { message, action } = emptyInboxWords(box, role);
    return { zh: translate('zh-CN', message), en: translate('en', message), action: action && translate('zh-CN', action.label) };
  };

  it('speaks to headquarters of headquarters, not of a working group it is not', () => {
    const groups = words('groups', 'hq');
    expect(groups.zh).toMatch(/^指挥部目前没有待认领的事项/);
    expect(groups.en).toMatch(/^Headquarters has nothing waiting to be claimed/);
    expect(`${groups.zh} ${groups.en} ${words('mine', 'hq').action}`).not.toMatch(/工作组|group/);
  });

  it('speaks to a working-group member of the group, and leads from an empty own tab to it', () => {
    expect(words('groups', 'special_class').zh).toMatch(/^您所在工作组目前没有待认领的事项/);
    expect(words('mine', 'special_class').action).toBe('看看工作组待认领的事项');
    expect(emptyInboxWords('mine', 'hq').action?.box).toBe('groups');
  });
});

describe('a case summary', () => {
  it('is the description of a difficulty, on one line, cut at 60 characters', () => {
    expect(caseSummary({ category: 'funds', summary: '  工程款\n拨付滞后 ' })).toBe('工程款 拨付滞后');
    const long = caseSummary({ summary: '缺'.repeat(80) })!;
    expect([...long]).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
  });

  it('is the honour of a commendation, and nothing for a form without such a field', () => {
    expect(caseSummary({ honour: '防疫物资捐赠', deeds: '……' })).toBe('防疫物资捐赠');
    expect(caseSummary({ projectsStarted: 3 })).toBeNull();
    expect(caseSummary(null)).toBeNull();
  });
});

describe('a form card line', () => {
  // As the API answers it: with the version's own parameters where the text names one.
  const shipped = Object.fromEntries(
    readShippedForms().map((form) => [form.key, withParams(form.guidance!, form.process.params as Record<string, unknown>)]),
  );
  it('keeps what the filler is asked to do and drops what happens next', () => {
    expect(formCardLine(shipped['daily-report']!['zh-CN'])).toBe(
      '请在每天 17:00 前报送当天的项目开复工、人员返岗和防疫物资库存情况，当天 00:05 起可以填报',
    );
    expect(formCardLine(shipped['daily-report']!.en)).toBe(
      "Report today's project starts, staff back at work and epidemic-prevention stock by 17:00 every day",
    );
    expect(formCardLine(shipped['liaison-designation']!['zh-CN'])).toBe(
      '请指定本企业的一名复工复产工作联络员，负责每日报送并与包挂干部对接，填写其姓名和联系方式',
    );
  });

  it('drops the rules and the citations of a description an admin’s card falls back to', () => {
    const description = readShippedForms().find((form) => form.key === 'difficulty-report')!.description;
    expect(formCardLine(description['zh-CN'])).toBe('企业复工复产中遇到的困难问题');
    expect(formCardLine(description.en)).toBe('A difficulty met while resuming work');
  });

  it('leaves no shipped card with a deadline rule, an escalation or a clause of the notice', () => {
    expect(Object.keys(shipped).sort()).toEqual(
      readShippedForms()
        .map((form) => form.key)
        .sort(),
    );
    for (const guidance of Object.values(shipped)) {
      for (const text of [guidance['zh-CN'], guidance.en]) {
        const line = formCardLine(text);
        expect(line.length).toBeGreaterThan(4);
        expect(line).not.toMatch(/通知第|notice|§|逾期|overdue|指挥部|headquarters|工作日|working day/i);
      }
    }
  });
});
