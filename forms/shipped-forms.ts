// The form definitions shipped with the code (forms/definitions, and the versions newer files replaced in its
// history/ folder), read from disk. The store (core/stores/forms/form-store.ts) inserts them on start; tests and tools
// read them to build fixtures without a database.
import { readdirSync, readFileSync } from 'node:fs';
import type { FormDefinition } from './form-definition';

const DEFINITIONS_DIR = new URL('./definitions/', import.meta.url);
// Versions a newer shipped file replaced: still loaded, so a fresh database holds every version a record may be pinned to.
const HISTORY_DIR = new URL('./definitions/history/', import.meta.url);

function readDefinitions(dir: URL): FormDefinition[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as FormDefinition);
}

/** Reads the current version of every shipped definition from forms/definitions. */
export function readShippedForms(): FormDefinition[] {
  return readDefinitions(DEFINITIONS_DIR);
}

/** Reads the earlier shipped versions kept in forms/definitions/history (`<key>@<version>.json`). */
export function readShippedHistory(): FormDefinition[] {
  return readDefinitions(HISTORY_DIR);
}
