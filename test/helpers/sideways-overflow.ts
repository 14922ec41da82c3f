// What runs past the right edge of a phone's screen: the page scrolling sideways, and each element (or its text) that
// sticks out, named so a failure says what to fix. An element that a box scrolling or clipping sideways holds (a table
// in its scroll container, a one-line title with an ellipsis) does not count: the phone user reaches or reads it there.
import type { Page } from 'playwright-core';

const MAX_NAMED = 5;

/** How far the page scrolls sideways, and the outermost elements that stick out on the right, as
 * `<tag.class> "text" right=…px` lines: every visible one, and when the page scrolls the hidden ones that widen it too
 * (a label kept for screen readers, placed where no scroll container holds it). Nothing and 0 on a page that fits. */
export async function sidewaysOverflow(page: Page): Promise<{ scrollsBy: number; sticksOut: string[] }> {
  return page.evaluate((MAX_NAMED) => {
    const width = window.innerWidth;
    const scrollsBy = Math.max(0, document.scrollingElement!.scrollWidth - width);
    const clipsSideways = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
    // The right edge of the element's box, or of its own text when that runs further (a long word in a narrow box)
    // and the box does not clip it (an ellipsis).
    const rightEdge = (element: Element): number => {
      let right = element.getBoundingClientRect().right;
      if (clipsSideways(getComputedStyle(element))) return right;
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        right = Math.max(right, range.getBoundingClientRect().right);
      }
      return right;
    };
    // Held by a box that scrolls or clips sideways and itself fits on the screen. Only the boxes of its chain of
    // containing blocks hold an element: an absolutely positioned one escapes every box up to a positioned ancestor.
    const held = (element: Element): boolean => {
      let position = getComputedStyle(element).position;
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        const containing = position === 'fixed' ? style.transform !== 'none' : position === 'absolute' ? style.position !== 'static' : true;
        if (!containing) continue;
        if (clipsSideways(style) && box.getBoundingClientRect().right <= width + 1) return true;
        position = style.position;
      }
      return false;
    };
    // Shows nothing: hidden by CSS, transparent, clipped away (`clip: rect(0 0 0 0)`) or no bigger than a pixel.
    const unseen = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    const out = new Map<Element, { right: number; hidden: boolean }>();
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const right = rightEdge(element);
      if (right <= width + 1 || held(element)) continue;
      const hidden = unseen(element);
      if (!hidden || scrollsBy > 1) out.set(element, { right, hidden });
    }
    const describe = (element: Element, { right, hidden }: { right: number; hidden: boolean }) => {
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/).filter(Boolean) : [];
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const parent = element.parentElement;
      const where = hidden && parent ? ` (hidden, inside <${[parent.tagName.toLowerCase(), ...parent.classList].join('.')}>)` : '';
      return `<${[element.tagName.toLowerCase(), ...classes].join('.')}> "${text}" right=${Math.round(right)}px${where}`;
    };
    // The outermost of each overhang: an element whose parent also sticks out is part of its parent's overhang.
    const outermost = [...out].filter(([element]) => !(element.parentElement && out.has(element.parentElement)));
    // The first few name the fault; a table's every row repeats it.
    const sticksOut = outermost.slice(0, MAX_NAMED).map(([element, found]) => describe(element, found));
    if (outermost.length > MAX_NAMED) sticksOut.push(`and ${outermost.length - MAX_NAMED} more`);
    return { scrollsBy, sticksOut };
  }, MAX_NAMED);
}
