// Words a page breaks across lines: a Chinese heading such as 排名 shown as 排 over 名, a date or a number parted from
// its unit. Each whitespace- or hyphen-separated word of the matched elements' text (or each match of a given pattern,
// such as a number with its unit) must sit on one line.
import type { Page } from 'playwright-core';

/** The words (matches of `word`) of the elements `selector` matches that the page renders on more than one line, as
 * `"word" in "text"` lines. */
export async function brokenWords(page: Page, selector: string, word = /[^\s-]+/g): Promise<string[]> {
  return page.locator(selector).evaluateAll(
    (elements, [source, flags]) => {
      const broken: string[] = [];
      // Text kept for screen readers alone (a 1 px box, such as a stacked table's headings on a phone) is not read.
      const seen = (element: Element) => {
        for (let box: Element | null = element; box; box = box.parentElement) if (box.getBoundingClientRect().width <= 1) return false;
        return true;
      };
      for (const element of elements.filter(seen)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(new RegExp(source, flags))) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (tops.size > 1) broken.push(`"${match[0]}" in "${element.textContent?.trim()}"`);
          }
        }
      }
      return broken;
    },
    [word.source, word.flags] as const,
  );
}
