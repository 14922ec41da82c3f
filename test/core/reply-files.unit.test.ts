import { describe, expect, it } from 'vitest';
import { withReplyFiles, type CaseReply } from '#core/domain/reply-files';

const file = (name: string) => ({ id: `id-${name}`, fileName: name, contentType: 'application/pdf', size: 100 });
const replyEvent = (by: number, text: string) => ({
  kind: 'ladder.reply',
  detail: { stage: 'cadre', by, text } as Record<string, unknown>,
});
const filesOf = (events: { detail: Record<string, unknown> }[]) => events.map((event) => event.detail.files ?? null);

describe('files beside the answers to a return', () => {
  it('gives each answer the files recorded with it, in order, and leaves other events alone', () => {
    const replies: CaseReply[] = [
      { userId: 7, text: '见附件', files: [file('许可证.pdf')] },
      { userId: 7, text: '见附件', files: [file('照片.pdf'), file('清单.pdf')] },
    ];
    const events = [replyEvent(7, '见附件'), { kind: 'ladder.return', detail: { note: '再补' } }, replyEvent(7, '见附件')];
    expect(filesOf(withReplyFiles(events, replies))).toEqual([[file('许可证.pdf')], null, [file('照片.pdf'), file('清单.pdf')]]);
  });

  it.each([
    [
      'an answer from before files were kept finds none, and the next takes its own',
      [replyEvent(7, '旧答复'), replyEvent(7, '新答复')],
      [{ userId: 7, text: '新答复', files: [file('a.pdf')] }],
      [null, [file('a.pdf')]],
    ],
    [
      'an answer accepted without an event (its rework deadline passed at once) gives its files to no other',
      [replyEvent(7, '第二次')],
      [
        { userId: 7, text: '第一次', files: [file('a.pdf')] },
        { userId: 7, text: '第二次', files: [file('b.pdf')] },
      ],
      [[file('b.pdf')]],
    ],
    ['an answer without files adds no list', [replyEvent(7, '说明')], [{ userId: 7, text: '说明', files: [] }], [null]],
    [
      'another account’s answer with the same words is not this one',
      [replyEvent(8, '说明')],
      [{ userId: 7, text: '说明', files: [file('a.pdf')] }],
      [null],
    ],
  ])('%s', (_name, events, replies, expected) => {
    expect(filesOf(withReplyFiles(events, replies as CaseReply[]))).toEqual(expected);
  });
});
