// A form's description is written for everyone who runs the process: what it is for, then who handles it, deadlines,
// escalations and the clause of the notice. The card shows the first part only — what the form is for — and leaves
// the rules to the form page, so an enterprise's home is not a wall of admin text.

// Where the lead clause ends: a full stop, semicolon or colon (full-width, or ASCII followed by a space or the end).
const CLAUSE_END = /[。；：！？]|[.;:!?](?=\s|$)/;
// Citations of the notice, "（通知第四条第二款）" or "(notice §IV.2)", say where a rule comes from, not what to do.
const CITATION = /\s*[（(][^（）()]*(?:通知|notice|§)[^（）()]*[）)]/gi;

/** The lead clause of a form description, without citations; the whole text when it has no clause end. */
export function formCardLine(description: string): string {
  const text = description.replace(CITATION, '').replace(/\s+/g, ' ').trim();
  const end = CLAUSE_END.exec(text);
  return (end ? text.slice(0, end.index) : text).trim();
}
