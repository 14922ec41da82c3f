// While the markdown parser loads, a description shows its words, not its markup (the language scan reads the page then).
import { describe, expect, it } from 'vitest';
import { markdownWords } from '#web/app/src/form/lazy-markdown';

describe('markdown words', () => {
  it('shows a link as its words and drops emphasis marks', () => {
    expect(markdownWords('简要说明；需要协调解决的，请另行[填报困难问题反映](#/forms/difficulty-report)。')).toBe(
      '简要说明；需要协调解决的，请另行填报困难问题反映。',
    );
    expect(markdownWords('**必填**：写明 `数量` 与 *单位*')).toBe('必填：写明 数量 与 单位');
    expect(markdownWords('## 标题\n正文')).toBe('标题\n正文');
  });
});
