// User text inside a group robot's markdown stays text: no heading, link, bold, quote or WeCom <font> tag can be
// smuggled in through an enterprise's name or a report's note, and the link back is Fugong's own.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '#core/notify/markdown-escape';
import { createMarkdownRenderer } from '#core/notify/markdown-renderer';
import { robotToken } from '#core/notify/robot-provider';

const renderer = createMarkdownRenderer('Asia/Shanghai');
const BULLETIN = {
  formTitle: '每日进度报告',
  date: '2019-02-17',
  deadlineAt: '2026-02-17T09:00:00.000Z',
  expected: 2,
  onTime: 1,
  late: 0,
  missing: 1,
  totals: [],
  lateList: [],
  missingList: [{ name: '[点我](http://evil.example) <font color="warning">**急**</font>\n# 标题' }],
  notes: [],
};

describe('robot markdown', () => {
  it.each([
    ['[x](http://evil)', '\\[x\\]\\(http://evil\\)'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['line\n# heading', 'line \\# heading'],
    ['<font color="info">x</font>', '＜font color="info"＞x＜/font＞'],
    ['> quote | table', '＞ quote \\| table'],
  ])('escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('renders the bulletin with its figures, the user text escaped and the link unescaped', () => {
    const { title, markdown } = renderer.render('collection-bulletin', 'zh-CN', BULLETIN, {
      bulletin: 'https://fugong.example/#/bulletins',
    });
    expect(title).toBe('项目动态每日通报 · 每日进度报告 · 2019年2月17日');
    expect(markdown).toContain('截止 2026年2月17日 17:00：应报 **2** 家');
    expect(markdown).toContain(
      '**未报企业**：\\[点我\\]\\(http://evil.example\\) ＜font color="warning"＞\\*\\*急\\*\\*＜/font＞ \\# 标题',
    );
    expect(markdown.split('\n').at(-1)).toBe('[查看通报](https://fugong.example/#/bulletins)');
  });

  it('titles a message (DingTalk’s notification, plain text) with the user’s words as written, not their escapes', () => {
    const data = {
      started: true,
      projectName: '泉城大道(二期)*',
      workerName: '李**',
      startedAt: '2026-02-17T01:00:00Z',
      endsAt: '2026-03-03T01:00:00Z',
    };
    const { title, markdown } = renderer.render('quarantine-alert', 'zh-CN', data, { register: 'https://f.example/#/register' });
    expect(markdown).toContain('### 隔离观察开始 · 泉城大道\\(二期\\)\\*');
    expect(title).toBe('隔离观察开始 · 泉城大道(二期)*');
  });

  it('cuts a list too long for WeCom’s 4,096 bytes and keeps the link', () => {
    const missingList = Array.from({ length: 400 }, (_, i) => ({ name: `第${i}号建设工程有限公司` }));
    const { markdown } = renderer.render(
      'collection-bulletin',
      'en',
      { ...BULLETIN, missingList },
      { bulletin: 'https://f.example/#/bulletins' },
    );
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(4096);
    expect(markdown.endsWith('…\n\n[Open the bulletin](https://f.example/#/bulletins)')).toBe(true);
  });

  it('cuts a message whose last line alone is too long (an edited template ending in a report’s words) instead of hanging', () => {
    const edited = `### {{formTitle}}\n{{#each missingList}}{{name}} {{/each}}`;
    const missingList = Array.from({ length: 300 }, (_, i) => ({ name: `第${i}号建设工程有限公司` }));
    const { markdown, title } = renderer.render('collection-bulletin', 'zh-CN', { ...BULLETIN, missingList }, {}, edited);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(4096);
    expect(markdown).toMatch(/^### 每日进度报告…\n\n第0号建设工程有限公司 第1号/);
    expect(markdown.endsWith('…')).toBe(true);
    expect(title).toBe('每日进度报告…');
    const single = renderer.render(
      'collection-bulletin',
      'zh-CN',
      { ...BULLETIN, missingList },
      {},
      '{{#each missingList}}{{name}}{{/each}}',
    );
    expect(Buffer.byteLength(single.markdown)).toBeLessThanOrEqual(4096);
    expect(single.markdown.startsWith('…\n\n第0号建设工程有限公司第1号')).toBe(true);
  });

  it.each([
    [
      'wecom-robot',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
      '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa',
    ],
    ['wecom-robot', 'abcdef0123456789', 'abcdef0123456789'],
    ['dingtalk-robot', 'https://oapi.dingtalk.com/robot/send?access_token=XXXXXXXXtoken', 'XXXXXXXXtoken'],
    ['dingtalk-robot', 'https://oapi.dingtalk.com/robot/send?key=nope', undefined],
    ['wecom-robot', 'not a key', undefined],
  ] as const)('reads the %s token from %s', (channel, pasted, token) => {
    expect(robotToken(channel, pasted)).toBe(token);
  });
});
