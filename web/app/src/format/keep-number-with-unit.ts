// A number in an address keeps the Chinese unit after it: "经十路 1 号" may wrap before 1, never between 1 and 号.

/** `text` with each space between a number and the Chinese character after it made non-breaking. */
export function keepNumberWithUnit(text: string): string {
  return text.replace(/(\d) +(?=[\u3400-\u9fff])/g, '$1\u00a0');
}
