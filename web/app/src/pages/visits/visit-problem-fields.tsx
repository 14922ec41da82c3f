// The problems met on a visit, as editable rows: solved on site, or taken away to coordinate (with its category).
import { useId } from 'react';
import type { VisitProblemInput } from '../../../../server/visits/visit-schemas';
import { SelectField, type SelectOption } from '../../components/select-field';
import { useI18n } from '../../i18n/use-i18n';

/** Props of VisitProblemFields; `errors` are keyed by the row's index and field. */
export interface VisitProblemFieldsProps {
  problems: VisitProblemInput[];
  categories: readonly SelectOption[];
  onChange: (problems: VisitProblemInput[]) => void;
  errorAt: (path: string) => string | undefined;
}

function ProblemRow({
  index,
  problem,
  categories,
  onChange,
  onRemove,
  errorAt,
}: {
  index: number;
  problem: VisitProblemInput;
  categories: readonly SelectOption[];
  onChange: (p: VisitProblemInput) => void;
  onRemove: () => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  const id = useId();
  const descriptionError = errorAt(`/problems/${index}/description`);
  return (
    <fieldset className="visit-problem">
      <legend>{t('visit.problemNumber', { n: index + 1 })}</legend>
      <SelectField
        label={t('visit.problemKind')}
        value={problem.kind}
        onChange={(kind) => onChange({ ...problem, kind: kind as VisitProblemInput['kind'] })}
        options={[
          { value: 'solved', label: t('visit.kindSolved') },
          { value: 'coordinate', label: t('visit.kindCoordinate') },
        ]}
      />
      {problem.kind === 'coordinate' && (
        <SelectField
          label={t('visit.category')}
          value={problem.category ?? ''}
          placeholder={t('visit.choose')}
          required
          options={categories}
          onChange={(category) => onChange({ ...problem, category: category || undefined })}
          error={errorAt(`/problems/${index}/category`) ?? errorAt(`/problems/${index}`)}
        />
      )}
      <div className="field">
        <label htmlFor={id}>
          {t('visit.problemDescription')}
          <span className="field__required"> {t('common.required')}</span>
        </label>
        <textarea
          id={id}
          rows={2}
          value={problem.description}
          required
          minLength={5}
          onChange={(event) => onChange({ ...problem, description: event.target.value })}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? `${id}-error` : undefined}
        />
        {descriptionError && (
          <p id={`${id}-error`} className="field__error">
            {descriptionError}
          </p>
        )}
      </div>
      <button type="button" className="button button--quiet" onClick={onRemove}>
        {t('visit.removeProblem', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

/** The list of problem rows and an "add a problem" button. */
export function VisitProblemFields({ problems, categories, onChange, errorAt }: VisitProblemFieldsProps) {
  const { t } = useI18n();
  const update = (index: number, problem: VisitProblemInput) => onChange(problems.map((p, i) => (i === index ? problem : p)));
  return (
    <div className="visit-problems">
      <h3>{t('visit.problems')}</h3>
      {problems.length === 0 && <p className="muted">{t('visit.noProblems')}</p>}
      {problems.map((problem, index) => (
        <ProblemRow
          key={index}
          index={index}
          problem={problem}
          categories={categories}
          errorAt={errorAt}
          onChange={(p) => update(index, p)}
          onRemove={() => onChange(problems.filter((_, i) => i !== index))}
        />
      ))}
      <button type="button" className="button button--quiet" onClick={() => onChange([...problems, { kind: 'solved', description: '' }])}>
        {t('visit.addProblem')}
      </button>
    </div>
  );
}
