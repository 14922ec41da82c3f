// A form's guidance says what to fill first, then by when and what happens next (an admin's card may show the
// description, which goes on to who handles it, escalations and the clause of the notice). The card shows the first
// part only — what the form is for — and leaves the rest to the form page, so a home page is not a wall of text.

// Where the lead clause ends: a full stop, semicolon or colon (full-width, or ASCII followed by a space or the end).
const CLAUSE_END = /[。；：！？]|[.;:!?](?=\s|$)/;
// Citations of the notice, "（通知第四条第二款）" or "(notice §IV.2)", say where a rule comes from, not what to do.
const CITATION = /\s*[（(][^（）()]*(?:通知|notice|§)[^（）()]*[）)]/gi;

/** The lead clause of a form's guidance or description, without citations; the whole text when it has no clause end. */
export function formCardLine(about: string): string {
  const text = about.replace(CITATION, '').replace(/\s+/g, ' ').trim();
  const end = CLAUSE_END.exec(text);
  return (end ? text.slice(0, end.index) : text).trim();
}
