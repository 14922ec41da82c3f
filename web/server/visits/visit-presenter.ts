// A visit as a reader sees it: its form data through the visit-log version it was made with (titles and choice titles
// in the reader's language, never keys), personal fields masked by the one personal-data policy. A visit is the visited
// enterprise's record: the cadre who made it and the enterprise read it as their own, the enterprise's assigned cadre
// as its handler, HQ and admins as oversight, anyone else (a working group member) as nobody in particular.
import type { RJSFSchema } from '@rjsf/utils';
import type { FormDefinition } from '#forms/form-definition';
import { choiceTitleOf, presentRecord, propertyOf, type ShownField } from '#forms/present/present-value';
import { maskValue } from '#core/privacy/mask';
import type { Db } from '#core/stores/db-types';
import { assignedEnterpriseIds, type VisitProblemRow, type VisitRow } from '#core/stores/visits/visit-store';
import { applyPolicy, personalKindOf, showsInFull, type Purpose, type Reader, type RecordFacts } from '#core/privacy/personal-data-policy';
import { paramsOf, visitFormVersions, visitSchema } from './visit-form';

/** A visit in a list: its columns, the version it was made with, and its other fields labelled and masked. */
export interface VisitView extends Omit<VisitRow, 'data'> {
  fields: ShownField[];
}

/** A problem as shown: its kind and category by their titles, its description masked unless the reader may see it. */
export interface VisitProblemView extends VisitProblemRow {
  kindTitle: string;
  categoryTitle: string | null;
}

/** A visit on its own page, with its problems. */
export interface VisitDetailView extends VisitView {
  problems: VisitProblemView[];
}

/** Presents visits for one reader; built once per request. */
export interface VisitPresenter {
  view(visit: VisitRow): VisitView;
  problems(visit: VisitRow, problems: VisitProblemRow[]): VisitProblemView[];
}

async function assignedTo(db: Db, reader: Reader): Promise<Set<number>> {
  if (reader.role !== 'cadre' || reader.userId === null) return new Set();
  return new Set(await assignedEnterpriseIds(db, reader.userId));
}

/** A presenter for `visits` as `reader` reads them for `purpose`. */
export async function visitPresenter(db: Db, reader: Reader, visits: VisitRow[], purpose: Purpose): Promise<VisitPresenter> {
  const forms = await visitFormVersions(
    db,
    visits.map((v) => v.formVersion),
  );
  const assigned = await assignedTo(db, reader);
  const formOf = (visit: VisitRow): FormDefinition | undefined => forms.get(visit.formVersion) ?? forms.get(0);
  // A field is personal when the visit's own version or the newest marks it, so marking a field later protects older visits.
  const marks = (visit: VisitRow): RJSFSchema => ({ allOf: [formOf(visit)?.schema, forms.get(0)?.schema].filter(Boolean) as RJSFSchema[] });
  const facts = (visit: VisitRow): RecordFacts => ({
    subject: 'enterprise',
    enterpriseId: visit.enterpriseId,
    submitterId: visit.cadreId,
    siteProjectId: null,
    handler: assigned.has(visit.enterpriseId),
  });
  return {
    view(visit) {
      const { data, ...columns } = visit;
      const form = formOf(visit);
      if (!form) return { ...columns, fields: [] };
      const params = paramsOf(form);
      const masked = applyPolicy(marks(visit), data, reader, facts(visit), purpose);
      // The enterprise, the date and the problems have places of their own on the page.
      const omit = [params.enterpriseField, params.dateField, params.problems.field];
      // In the order the form shows them (its ui:order), a conditional field beside the field it depends on.
      const options = { locale: reader.locale, omit, uiSchema: form.uiSchema };
      return { ...columns, fields: presentRecord(visitSchema(form, reader.locale), masked, options) };
    },
    problems(visit, problems) {
      const form = formOf(visit);
      const params = form ? paramsOf(form) : undefined;
      const items = form && params ? (propertyOf(visitSchema(form, reader.locale), params.problems.field)?.items as RJSFSchema) : undefined;
      const kindNode = params && propertyOf(items, params.problems.kindField);
      const categoryNode = params && propertyOf(items, params.problems.categoryField);
      const personal = params ? descriptionKind(marks(visit), params) : null;
      return problems.map((problem) => ({
        ...problem,
        description:
          personal && !showsInFull(personal, reader, facts(visit), purpose)
            ? String(maskValue(personal, problem.description, reader.locale))
            : problem.description,
        kindTitle: choiceTitleOf(kindNode, problem.kind, reader.locale) ?? problem.kind,
        categoryTitle:
          problem.category === null ? null : (choiceTitleOf(categoryNode, problem.category, reader.locale) ?? problem.category),
      }));
    },
  };
}

function descriptionKind(schema: RJSFSchema, params: ReturnType<typeof paramsOf>) {
  const items = ((schema.allOf ?? []) as RJSFSchema[]).map((s) => propertyOf(s, params.problems.field)?.items as RJSFSchema | undefined);
  return personalKindOf({ allOf: items.map((item) => propertyOf(item, params.problems.descriptionField)).filter(Boolean) } as RJSFSchema);
}
