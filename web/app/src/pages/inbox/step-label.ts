// Tasks carry a step key (admin-named, e.g. "cadre") and a localized title "<form> · <stage>" built by the ladder.

/** The stage's own title, taken from the task title after its last " · ", else the step key. */
export function stepLabel(title: string, step: string): string {
  const at = title.lastIndexOf(' · ');
  return at >= 0 && at + 3 < title.length ? title.slice(at + 3) : step;
}
