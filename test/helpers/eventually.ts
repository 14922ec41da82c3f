// Tests wait with the kit's one polling helper (scripts/kit/eventually.ts, shared with benches and drills); this is its name here.
export { arrival, eventually, until } from '#scripts/kit/eventually';
