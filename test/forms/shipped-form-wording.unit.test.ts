// The shipped forms say what the product says: 延期开工 (never 延迟开工) on the daily report, and each note of the readiness
// checklist titled by what it is about rather than a generic 落实情况 / How repeated twelve times. Each change ships as a
// new version; the replaced one stays in forms/definitions/history for the records pinned to it. Every rung of a shipped
// ladder (and of the admin's starter) is titled by the glossary's name for whoever holds it, in both languages.
import type { RJSFSchema } from '@rjsf/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_NAMES, RUNG_NAMES } from '#core/domain/glossary';
import type { LocalizedText } from '#core/domain/locale';
import { INSPECTION_BODIES } from '#core/org/inspection-bodies';
import { WORKING_GROUPS, type Role } from '#core/org/org-types';
import type { FormDefinition } from '#forms/form-definition';
import { localizeSchema } from '#forms/form-definition';
import { withParams } from '#forms/param-text';
import { readShippedForms, readShippedHistory } from '#forms/shipped-forms';
import { STARTERS } from '#forms/starter-definitions';
import { caseViewEn, caseViewZhCn } from '#web/app/src/i18n/messages/case-messages';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { definitionChanges } from '#web/app/src/pages/form-admin/definition-changes';

/** A definition's description and guidance as they read, with the parameters they name filled in. */
function textsAsRead(form: FormDefinition) {
  const params = form.process.params as Record<string, unknown>;
  return { description: withParams(form.description, params), ...(form.guidance ? { guidance: withParams(form.guidance, params) } : {}) };
}

const current = (key: string) => readShippedForms().find((form) => form.key === key)!;
const kept = (key: string, version: number) => readShippedHistory().find((form) => form.key === key && form.version === version);
const diffLines = (before: FormDefinition, after: FormDefinition, locale: 'zh-CN' | 'en') =>
  definitionChanges(before, after, locale).flatMap((group) => group.lines);

type Node = RJSFSchema & { properties: Record<string, Node> };
const GENERIC = new Set(['落实情况', '备注', '说明', '情况说明', 'How', 'Note', 'Notes', 'Remarks']);

/** Each checklist item's note as the form shows it: [item title, note title] in one language. */
function noteTitles(form: FormDefinition, locale: 'zh-CN' | 'en'): [string, string][] {
  const schema = (locale === 'en' ? localizeSchema(form.schema, form.i18n.en) : form.schema) as Node;
  return ['fourInPlace', 'eightOnes'].flatMap((group) =>
    Object.values(schema.properties[group]!.properties).map((item): [string, string] => [item.title!, item.properties.note!.title!]),
  );
}

beforeAll(() => loadDictionary('en'));

describe('the daily report says 延期开工', () => {
  it('titles the delayed projects 延期开工项目数 in version 4, as the readiness form and the dashboard do', () => {
    const form = current('daily-report');
    expect(form.version).toBe(4);
    const delayed = (form.schema as Node).properties.projectsDelayed!;
    expect(delayed.title).toBe('延期开工项目数');
    expect(delayed.title).toBe((current('resumption-readiness').schema as Node).properties.projectsDelayed!.title);
    expect(form.i18n.en!['/projectsDelayed']).toBe(current('resumption-readiness').i18n.en!['/projectsDelayed']);
    expect(JSON.stringify(readShippedForms())).not.toContain('延迟开工');
  });

  it('keeps version 3 as it was, for the reports filed with it', () => {
    expect((kept('daily-report', 3)?.schema as Node | undefined)?.properties.projectsDelayed?.title).toBe('延迟开工项目数');
  });

  it('names the new title in the version diff', () => {
    expect(diffLines(kept('daily-report', 3)!, current('daily-report'), 'zh-CN')).toContain('「延迟开工项目数」改名为「延期开工项目数」');
  });
});

describe('the readiness checklist titles each note by its item', () => {
  it.each(['zh-CN', 'en'] as const)('gives every note its own title in %s', (locale) => {
    const form = current('resumption-readiness');
    expect(form.version).toBe(7); // the titles came with v6; v7 moved the clearance to the town/street pass
    const titles = noteTitles(form, locale).map(([, note]) => note);
    expect(titles).toHaveLength(12);
    expect(titles.filter((title) => GENERIC.has(title))).toEqual([]);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('words the notes after the notice and the checklist items', () => {
    const byItem = Object.fromEntries(noteTitles(current('resumption-readiness'), 'zh-CN'));
    expect(byItem['防控机制到位']).toBe('防控机制落实情况（防控工作小组、应急预案等）');
    expect(byItem['一设隔离留观室']).toBe('隔离留观室设置情况（位置、床位）');
    const en = Object.fromEntries(noteTitles(current('resumption-readiness'), 'en'));
    expect(en['Personnel screening in place']).toBe('Personnel screened (where workers came from, their health)');
  });

  it('keeps version 4 with its generic titles, for the checklists filed with it', () => {
    const old = kept('resumption-readiness', 4)!;
    expect(new Set(noteTitles(old, 'zh-CN').map(([, note]) => note))).toEqual(new Set(['落实情况']));
  });

  it.each([
    ['zh-CN', '「防控机制落实情况（防控工作小组、应急预案等）」'],
    ['en', 'Prevention mechanism set up (team, emergency plan)'],
  ] as const)('shows the new titles in the %s version diff', (locale, expected) => {
    const lines = diffLines(kept('resumption-readiness', 4)!, current('resumption-readiness'), locale).join('\n');
    expect(lines).toContain(expected);
  });
});

describe('the readiness checklist names the "eight ones" as seed 003 does', () => {
  // 003: “八个一”：一报健康状况、一测体温、一戴口罩、一设隔离留观室、一致电、一开展爱国卫生运动、一次健康教育、一强化人文关怀。
  const SEED_003 = [
    '一报健康状况',
    '一测体温',
    '一戴口罩',
    '一设隔离留观室',
    '一致电',
    '一开展爱国卫生运动',
    '一次健康教育',
    '一强化人文关怀',
  ];
  const items = (form: FormDefinition, locale: 'zh-CN' | 'en') => {
    const schema = (locale === 'en' ? localizeSchema(form.schema, form.i18n.en) : form.schema) as Node;
    return Object.values(schema.properties.eightOnes!.properties).map((item) => item.title!);
  };

  it('titles the eight items in the notice’s words and order (version 6 on)', () => {
    const form = current('resumption-readiness');
    expect(form.version).toBe(7); // the titles came with v6; v7 moved the clearance to the town/street pass
    expect(items(form, 'zh-CN')).toEqual(SEED_003);
  });

  it('words them in English too, each once', () => {
    const en = items(current('resumption-readiness'), 'en');
    expect(en).toEqual([
      'Health status reported',
      'Temperatures taken',
      'Masks worn',
      'An isolation and observation room set up',
      'A call to report',
      'A patriotic health campaign held',
      'A health education session',
      'Humane care strengthened',
    ]);
  });

  it('keeps version 5 with its former titles, for the checklists filed with it', () => {
    expect(items(kept('resumption-readiness', 5)!, 'zh-CN')).toContain('一套健康报告制度');
  });

  it('names the new titles in the version diff', () => {
    const lines = diffLines(kept('resumption-readiness', 5)!, current('resumption-readiness'), 'zh-CN').join('\n');
    expect(lines).toContain('「一报健康状况」');
  });
});

type StageActor = string | { role?: Role; workingGroupKey?: string; body?: string };
interface Stage {
  name: string;
  title: LocalizedText;
  actor: StageActor;
}

const stagesOf = (params: unknown): Stage[] => (params as { stages?: Stage[] } | undefined)?.stages ?? [];
const unitName = (unit: { nameZh: string; nameEn: string }): LocalizedText => ({ 'zh-CN': unit.nameZh, en: unit.nameEn });

/** The glossary's names for whoever holds a rung: its role, or the working group or inspection body it names. */
function holderNames(actor: StageActor): LocalizedText[] {
  if (actor === 'cadre-of-enterprise') return [RUNG_NAMES.cadre];
  if (actor === 'group-of-category') return [RUNG_NAMES.group];
  if (typeof actor !== 'object') return [];
  if (actor.body) {
    const body = INSPECTION_BODIES.find((b) => b.key === actor.body);
    return body ? [unitName(body)] : [];
  }
  const names = actor.role && actor.role in ROLE_NAMES ? [ROLE_NAMES[actor.role]] : [];
  if (!actor.workingGroupKey) return names;
  const group = WORKING_GROUPS.find((g) => g.key === actor.workingGroupKey);
  return group ? [...names, unitName(group)] : [];
}

/** Each rung whose holder is in no glossary, or whose title in either language does not begin with the holder's name. */
function misnamedRungs(where: string, stages: readonly Stage[]): string[] {
  const wrong: string[] = [];
  for (const stage of stages) {
    const names = holderNames(stage.actor);
    if (!names.length) wrong.push(`${where} ${stage.name}: holder ${JSON.stringify(stage.actor)} is in no glossary`);
    for (const locale of ['zh-CN', 'en'] as const) {
      if (!names.some((name) => stage.title[locale]?.startsWith(name[locale]))) {
        wrong.push(`${where} ${stage.name} (${locale}): "${stage.title[locale]}" names none of ${names.map((n) => n[locale]).join(' / ')}`);
      }
    }
  }
  return wrong;
}

describe('the shipped ladders name each rung as the glossary does', () => {
  it('titles every rung of every shipped definition and starter by its holder’s glossary name, in both languages', () => {
    const wrong = [
      ...readShippedForms().flatMap((form) => misnamedRungs(`${form.key}@${form.version}`, stagesOf(form.process.params))),
      ...Object.entries(STARTERS).flatMap(([key, starter]) => misnamedRungs(`starter ${key}`, stagesOf(starter.params))),
    ];
    expect(wrong).toEqual([]);
  });

  it('names a rung the same way on a case page whose definition gives it no title', () => {
    const actors: Record<string, StageActor> = { cadre: 'cadre-of-enterprise', group: 'group-of-category', hq: { role: 'hq' } };
    const stages = Object.entries(actors).map(([name, actor]) => ({
      name,
      actor,
      title: {
        'zh-CN': caseViewZhCn[`case.stage.${name}` as keyof typeof caseViewZhCn],
        en: caseViewEn[`case.stage.${name}` as keyof typeof caseViewEn],
      },
    }));
    expect(misnamedRungs('case page', stages)).toEqual([]);
  });

  it.each([
    ['difficulty-report', 6, 'group', 'Service-class working group'],
    ['commendation', 4, 'hq', 'Headquarters approval'],
    ['good-practice-article', 2, 'hq', 'Headquarters approval'],
  ] as const)(
    'ships %s retitled as a new version and keeps version %i as it was, for the cases pinned to it',
    (key, version, rung, title) => {
      // The retitled version itself, kept in history once a later version replaced it (commendation v6 went on).
      const now = kept(key, version + 1) ?? current(key);
      const before = kept(key, version)!;
      expect(now.version).toBe(version + 1);
      expect(stagesOf(before.process.params).find((stage) => stage.name === rung)?.title.en).toBe(title);
      // Nothing but the rung titles changed.
      const titles = new Map(stagesOf(now.process.params).map((stage) => [stage.name, stage.title]));
      const retitled = structuredClone(before);
      for (const stage of stagesOf(retitled.process.params)) stage.title = titles.get(stage.name)!;
      // (Its texts as they read: a later change named the parameters they state, forms/param-text.ts.)
      expect({ ...retitled, version: now.version }).toEqual({ ...now, ...textsAsRead(now) });
      expect(diffLines(before, now, 'en').join('\n')).toContain(title);
    },
  );
});
