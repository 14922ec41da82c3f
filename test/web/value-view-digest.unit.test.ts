// A record's SHA-256 fingerprint reads by its ends with the whole in the tooltip; other text is drawn as it is.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ValueView } from '#web/app/src/form/value-view';

const HEX = '3f2a9c1e5d6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d0b7d44e1';

describe('ValueView', () => {
  it('shows a SHA-256 fingerprint by its first and last eight digits, the whole as its title', () => {
    const html = renderToStaticMarkup(
      createElement(ValueView, {
        fields: [{ key: 'commitmentSha256', label: '所签承诺书的 SHA-256', value: { kind: 'text', text: HEX } }],
      }),
    );
    expect(html).toContain(`<code title="${HEX}">3f2a9c1e…0b7d44e1</code>`);
    expect(html.replace(`title="${HEX}"`, '')).not.toContain(HEX);
  });

  it('leaves other text, even hex of another length, as it is', () => {
    const short = HEX.slice(0, 40);
    const html = renderToStaticMarkup(
      createElement(ValueView, { fields: [{ key: 'commit', label: 'Commit', value: { kind: 'text', text: short } }] }),
    );
    expect(html).toContain(`<dd>${short}</dd>`);
  });
});
