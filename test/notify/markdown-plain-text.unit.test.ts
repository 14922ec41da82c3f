// A group robot's markdown read as its group reads it once rendered: the outbox's plain-text view and DingTalk's title
// show a masked name as 李**, not the source's escaped 李\*\*, and no heading, quote, bold or tag marks.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '#core/notify/markdown-escape';
import { markdownAsPlainText, robotTitleAsRead } from '#core/notify/markdown-plain-text';

describe('markdownAsPlainText', () => {
  it.each([
    ['a masked name', `人员 ${escapeMarkdown('李**')} 经门岗检查开始隔离观察。`, 'zh-CN', '人员 李** 经门岗检查开始隔离观察。'],
    ['a heading', '### 隔离观察开始 · 泉城大道快速路二期', 'zh-CN', '隔离观察开始 · 泉城大道快速路二期'],
    ['bold figures', '截止 17:00：应报 **2** 家，按时 **1** 家', 'zh-CN', '截止 17:00：应报 2 家，按时 1 家'],
    ['a quoted line', '> 返岗人数: 120', 'en', '返岗人数: 120'],
    ['a link in Chinese', '[查看待办](https://fugong.example/#/tasks/t1)', 'zh-CN', '查看待办：https://fugong.example/#/tasks/t1'],
    ['a link in English', '[Open the task](https://fugong.example/#/tasks/t1)', 'en', 'Open the task: https://fugong.example/#/tasks/t1'],
    ['a WeCom font tag', '<font color="warning">逾期</font> 1 家', 'zh-CN', '逾期 1 家'],
    ['a list', '- 泉城建设：缺口罩', 'zh-CN', '- 泉城建设：缺口罩'],
    // User text that looks like markup was escaped: it reads as the user wrote it, never as a link or bold words.
    [
      'escaped user markup',
      `企业：${escapeMarkdown('[点我](http://evil.example) **急** # 标题 \\ a_b')}`,
      'zh-CN',
      '企业：[点我](http://evil.example) **急** # 标题 \\ a_b',
    ],
  ] as const)('reads %s', (_name, markdown, locale, plain) => {
    expect(markdownAsPlainText(markdown, locale)).toBe(plain);
  });

  it('keeps the lines and drops the blank ones around them', () => {
    expect(markdownAsPlainText('\n## 新待办\n案件编号：**KN-1**\n\n[查看待办](https://f.example/#/t)\n', 'zh-CN')).toBe(
      '新待办\n案件编号：KN-1\n\n查看待办：https://f.example/#/t',
    );
  });
});

describe('robotTitleAsRead', () => {
  it.each([
    [
      'a title stored with escapes before titles were kept plain',
      '隔离观察开始 · 泉城大道\\(二期\\) · 欧\\*\\*\\*',
      '隔离观察开始 · 泉城大道(二期) · 欧***',
    ],
    ['a plain title, left as it is', '隔离观察开始 · 泉城大道(二期)', '隔离观察开始 · 泉城大道(二期)'],
    // Read again as markdown, the user's stars and underscores would be taken for bold marks and dropped.
    ['a plain title with a user’s markup-like words', '新待办 · **急** 钢材 A__B', '新待办 · **急** 钢材 A__B'],
  ] as const)('reads %s', (_name, title, shown) => {
    expect(robotTitleAsRead(title, 'zh-CN')).toBe(shown);
  });
});
