// PLACEHOLDER until its owner replaces it.
/* eslint-disable */
export function CalendarPage() {
  return <p>TODO</p>;
}
