// Tests call the API with the kit's one HTTP client (scripts/kit/http-session.ts, shared with benches); this is its name here.
export { HttpSession } from '#scripts/kit/http-session';
