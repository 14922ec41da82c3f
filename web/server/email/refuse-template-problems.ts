// The one answer to an edited email template that would not render as it should: 422 `invalid_template`, each problem
// at the part it is in (`/subject`, `/html`, `/text`) in the admin's language, which the editor shows under that part.
import type { Request } from 'express';
import { AppError } from '#core/errors';
import type { TemplateProblem } from '#core/mail/template-renderer';

/** Throws the 422 for `problems`; does nothing when there are none. */
export function refuseTemplateProblems(req: Request, problems: readonly TemplateProblem[]): void {
  if (!problems.length) return;
  const details = problems.map((problem) => ({ path: problem.path, message: problem.message[req.locale] }));
  throw new AppError(
    422,
    'invalid_template',
    { 'zh-CN': '模板有错误，请按提示修改', en: 'The template has errors; see the notes on each part' },
    details,
  );
}
