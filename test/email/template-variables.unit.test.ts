// The walk that finds the variables a template reads but its purpose does not provide: it follows every branch, the
// context #each and #with give their insides, `../`, `this`, block params, @ variables and helpers' arguments, and never
// mistakes a helper's name for a variable.
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { unknownVariables } from '#core/mail/template-variables';
import { unknownVariableMessage, MESSAGE_NOUN } from '#core/mail/unknown-variable-message';

const HELPERS = new Set([...Object.keys(Handlebars.helpers), 'datetime']);
const DATA = {
  recipientName: '王建国',
  formTitle: '工作联络员指定',
  locale: 'zh-CN',
  dueAt: '2026-02-16T16:00:00Z',
  links: { case: 'http://x/#/submissions/1', task: 'http://x/#/tasks/1' },
  tasks: [
    { title: '物资短缺报告', dueAt: '2026-02-15T16:00:00Z', overdue: true },
    { title: '人员返岗困难', dueAt: '2026-02-16T16:00:00Z', overdue: false, note: '缺口罩' },
  ],
  enterprises: [],
  rules: ['体温 ≥ 37.3 ℃'],
  cadreName: null,
};
const unknownIn = (template: string) => unknownVariables(Handlebars.parse(template), DATA, HELPERS).map((found) => found.name);

describe('variables a template reads that its purpose does not provide', () => {
  it.each([
    ['plain variables', '已收到{{recipientName}}的《{{formTitle}}》'],
    ['a helper and its arguments', '{{datetime dueAt locale}}'],
    ['a path into an object', '{{links.case}} {{links.task}}'],
    ['#if and its else in the same context', '{{#if recipientName}}{{formTitle}}{{else}}{{recipientName}}{{/if}}'],
    ['else if chains', '{{#if recipientName}}a{{else if formTitle}}b{{else}}{{locale}}{{/if}}'],
    [
      '#each items, with this, @index and ../',
      '{{#each tasks}}{{@index}}{{this.title}}{{title}}{{datetime dueAt ../locale}}{{../recipientName}}{{/each}}',
    ],
    ['a field only some items have', '{{#each tasks}}{{note}}{{/each}}'],
    ['#if nested in #each, where ../ still means the message', '{{#each tasks}}{{#if overdue}}{{../formTitle}}{{/if}}{{/each}}'],
    ['#each of plain strings with {{this}} and {{.}}', '{{#each rules}}{{this}}{{.}}{{/each}}'],
    ['an empty list, whose items the samples cannot tell', '{{#each enterprises}}{{name}}{{cadreName}}{{/each}}'],
    ['#each else in the outer context', '{{#each enterprises}}{{name}}{{else}}{{formTitle}}{{/each}}'],
    ['#with', '{{#with links}}{{case}}{{../formTitle}}{{/with}}'],
    ['block params', '{{#each tasks as |task i|}}{{task.title}}{{i}}{{/each}}'],
    ['@root and @first', '{{#each tasks}}{{#if @first}}{{@root.formTitle}}{{/if}}{{/each}}'],
    ['a list length', '{{tasks.length}}'],
    ['lookup and a subexpression', '{{lookup links "case"}}{{#if (lookup links "task")}}x{{/if}}'],
    ['a helper named without arguments', '{{datetime}}'],
    ['a null field and anything below it', '{{cadreName}}{{cadreName.first}}'],
    ['a section over a list', '{{#tasks}}{{title}}{{/tasks}}'],
    ['comments and text', '{{! {{companyName}} }}plain'],
  ])('accepts %s', (_case, template) => {
    expect(unknownIn(template)).toEqual([]);
  });

  it.each([
    ['an unknown variable', '已收到{{companyName}}的《{{formTitle}}》', ['companyName']],
    ['one inside an #if branch the sample does not take', '{{#if cadreName}}{{companyName}}{{/if}}', ['companyName']],
    ['one in an {{else}}', '{{#if formTitle}}x{{else}}{{companyName}}{{/if}}', ['companyName']],
    ['a helper argument', '{{datetime deadline locale}}', ['deadline']],
    ['a hash argument', '{{datetime dueAt locale=lang}}', ['lang']],
    ['an #if condition', '{{#if escalated}}x{{/if}}', ['escalated']],
    ['a subexpression argument', '{{#if (lookup nowhere "x")}}x{{/if}}', ['nowhere']],
    ['a path below an object', '{{links.register}}', ['links.register']],
    ['an item field no item has', '{{#each tasks}}{{enterprise}}{{/each}}', ['enterprise']],
    ['a message variable read from inside #each without ../', '{{#each tasks}}{{recipientName}}{{/each}}', ['recipientName']],
    ['../ that climbs past an #if to the wrong level', '{{#each tasks}}{{#if overdue}}{{../title}}{{/if}}{{/each}}', ['../title']],
    ['../ above the message', '{{../formTitle}}', ['../formTitle']],
    ['this.x at the top', '{{this.companyName}}', ['this.companyName']],
    ['a block param field', '{{#each tasks as |task|}}{{task.owner}}{{/each}}', ['task.owner']],
    ['an unknown @ variable', '{{@level}}', ['@level']],
    ['@root to a missing variable', '{{#each tasks}}{{@root.companyName}}{{/each}}', ['@root.companyName']],
    ['a list read as if it were one item', '{{tasks.title}}', ['tasks.title']],
    ['#each over an unknown list', '{{#each companies}}{{name}}{{/each}}', ['companies']],
    ['a section over an unknown name', '{{#companies}}x{{/companies}}', ['companies']],
    ['a field of a string', '{{recipientName.first}}', ['recipientName.first']],
  ])('finds %s', (_case, template, names) => {
    expect(unknownIn(template)).toEqual(names);
  });

  it('names each unknown variable once, at its first line and column', () => {
    const found = unknownVariables(Handlebars.parse('第一行\n  {{companyName}} {{companyName}}'), DATA, HELPERS);
    expect(found).toEqual([
      expect.objectContaining({ name: 'companyName', line: 2, column: 5, scopeKind: 'message', available: Object.keys(DATA) }),
    ]);
  });

  it('lists the items’ fields for a field read inside #each', () => {
    const [found] = unknownVariables(Handlebars.parse('{{#each tasks}}{{enterprise}}{{/each}}'), DATA, HELPERS);
    expect(found).toMatchObject({ scopeKind: 'item', scope: 'tasks', available: ['title', 'dueAt', 'overdue', 'note'] });
  });

  it('words the refusal in both languages, with the meaning of each available variable', () => {
    const found = unknownVariables(Handlebars.parse('【复工】已收到{{companyName}}'), { recipientName: 'x', formTitle: 'y' }, HELPERS);
    expect(unknownVariableMessage(found[0]!)).toEqual({
      'zh-CN': '第 1 行第 10 列：模板用到了「companyName」，此类邮件没有这个变量。可用：recipientName（收件人）、formTitle（表单名称）',
      en: 'Line 1, column 10: The template uses "companyName", which this kind of email does not have. Available: recipientName (recipient), formTitle (form title)',
    });
    expect(unknownVariableMessage(found[0]!, MESSAGE_NOUN)['zh-CN']).toContain('此类消息没有这个变量');
  });

  it('tells how to read a list’s fields when the template reads them off the list', () => {
    const [found] = unknownVariables(Handlebars.parse('{{tasks.title}}'), DATA, HELPERS);
    expect(unknownVariableMessage(found!)['zh-CN']).toBe(
      '第 1 行第 3 列：模板用到了「tasks.title」，但 tasks 是列表，要在 {{#each tasks}} … {{/each}} 之内逐项读取其中的字段',
    );
  });

  it('agrees with Handlebars about where ../ leads: an accepted read renders the sample value', () => {
    const template = '{{#each tasks}}{{#if overdue}}{{../formTitle}}|{{/if}}{{/each}}{{#with links}}{{../recipientName}}{{/with}}';
    expect(unknownIn(template)).toEqual([]);
    expect(Handlebars.compile(template, { strict: true })(DATA)).toBe('工作联络员指定|王建国');
  });
});
