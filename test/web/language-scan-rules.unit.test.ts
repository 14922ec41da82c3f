import { describe, expect, it } from 'vitest';
import { knownValues, languageProblems, type SeenText } from '../helpers/language-scan';

const values = knownValues();
const options = { userData: ['泉城城市建设投资集团有限公司', 'class-materials', '王建国（包挂干部）'], values };
const rulesOf = (texts: (string | SeenText)[], locale: 'zh-CN' | 'en') =>
  languageProblems(
    texts.map((text) => (typeof text === 'string' ? { text, data: false } : text)),
    locale,
    options,
  ).map((problem) => `${problem.rule}: ${problem.text}`);

describe('the language scan’s rules', () => {
  it.each([
    ['请填写「已开工项目数」'],
    ['Fugong 复工服务平台'],
    ['案件编号 KN-20261204-0007'],
    ['联系邮箱 cadre1@demo.fugong.local'],
    ['统一社会信用代码 91370100000000017M'],
    ['用户名 class-materials'],
    ['模板中可用 {{recipientName}}'],
    ['English'],
  ])('lets the Chinese UI say %j', (text) => {
    expect(rulesOf([text], 'zh-CN')).toEqual([]);
  });

  it.each([
    ['请填写 required property', 'english-in-zh'],
    ['JSON 格式错误：Unexpected token', 'english-in-zh'],
    ['问题类别 materials', 'english-in-zh'],
    ['stage cadre', 'raw-key'],
    ['decidedBy 7', 'raw-key'],
    ['punctuality on_time', 'raw-key'],
    ['inbox.col.title', 'raw-key'],
    ['案件 3f2b8c1e-5a7d-4c2b-9e1f-0a1b2c3d4e5f', 'uuid'],
    ['{"outcome":"coordinated"}', 'json'],
  ])('catches %j in the Chinese UI', (text, rule) => {
    expect(rulesOf([text], 'zh-CN')).toContain(`${rule}: ${text}`);
  });

  it.each([
    ['Assigned to 王建国（包挂干部）'],
    ['泉城城市建设投资集团有限公司 reported a difficulty'],
    ['Language: 中文'],
    [{ text: '二十名返岗工人缺少健康证明', data: true }],
  ])('lets the English UI show user data and the name of Chinese: %j', (text) => {
    expect(rulesOf([text], 'en')).toEqual([]);
  });

  it.each([
    ['Outcome: 协调解决', 'chinese-in-en'],
    ['Category (问题类别)', 'chinese-in-en'],
    ['settled', 'raw-key'],
    ['personnel_return', 'raw-key'],
    ['Status: settled', 'raw-key'],
  ])('catches %j in the English UI', (text, rule) => {
    expect(rulesOf([text], 'en')).toContain(`${rule}: ${text}`);
  });
});
