// The email template editor's placeholders, read off a purpose's sample data: a yes-or-no such as paused is offered as
// the branch it is written as, not as a value to print.
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '#web/app/src/pages/email-templates/placeholders';

describe('placeholdersOf', () => {
  it.each([
    ['a text', { deeds: '组织返岗' }, { kind: 'text', usage: '{{deeds}}', sample: '组织返岗' }],
    ['a time', { closesAt: '2026-02-24T16:00:00Z' }, { kind: 'time', usage: '{{datetime closesAt locale}}' }],
    ['a day', { date: '2026-02-16' }, { kind: 'time', usage: '{{localdate date locale}}' }],
    ['a number', { points: 5 }, { kind: 'value', usage: '{{points}}', sample: '5' }],
    ['a flag', { paused: false }, { kind: 'flag', usage: '{{#if paused}} … {{else}} … {{/if}}', sample: 'false' }],
    ['a list', { tasks: [{ title: 'x' }] }, { kind: 'list', usage: '{{#each tasks}} … {{/each}}', itemFields: ['{{title}}'] }],
  ] as const)('offers %s', (_name, sample, expected) => {
    expect(placeholdersOf(sample)).toEqual([expect.objectContaining(expected)]);
  });
});
