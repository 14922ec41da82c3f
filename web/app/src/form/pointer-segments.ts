// Field paths from the API are JSON pointers into the submitted document.

/** The unescaped segments of a JSON pointer (`/a/b~1c` → `['a', 'b/c']`); also accepts rjsf's `.a.b`. */
export function pointerSegments(path: string): string[] {
  const separator = path.startsWith('.') ? '.' : '/';
  return path
    .split(separator)
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
