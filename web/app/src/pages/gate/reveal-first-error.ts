// On a phone the first problem may sit off-screen or under the sticky submit bar: bring it to the middle and focus it.

/** Scrolls the first invalid control (or marked group) of `form` to the centre of the screen and focuses it; else the alert. */
export function revealFirstError(form: HTMLElement | null): void {
  const marked = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
  if (!marked) {
    // No field to blame (the network, the server): the alert itself must not hide under the bar.
    form?.querySelector<HTMLElement>('[role="alert"]')?.scrollIntoView({ block: 'center' });
    return;
  }
  const container = marked.closest<HTMLElement>('.field, fieldset, section') ?? marked;
  const control = marked.matches('input, textarea, select, button') ? marked : marked.querySelector<HTMLElement>('input, textarea, select');
  // Centre the whole field so its message (below the input) clears the submit bar, then focus without jumping.
  container.scrollIntoView({ block: 'center' });
  control?.focus({ preventScroll: true });
}
