// Names of the organisation used in params: working groups (a rung's actor, a collection's escalation), the users an
// overdue alert goes to, the enterprises a collection lists, and — for a rung that routes by category — the categories
// the form's `category` field offers.
import type { RJSFSchema } from '@rjsf/utils';
import { FIELD_NAMES } from '#core/domain/glossary';
import type { FormDefinition } from '../form-definition';
import { choiceValues } from './form-fields';
import type { ReferenceChecker, ReferenceProblem } from './reference-check';
import { walkParams } from './walk-params';

/** Each `workingGroupKey` in the params that names no working group. */
export const workingGroupReferences: ReferenceChecker = (definition, { workingGroupKeys }) =>
  walkParams(definition.process.params)
    .filter(({ key, value }) => key === 'workingGroupKey' && typeof value === 'string' && !workingGroupKeys.has(value))
    .map(({ value, path }) => ({
      path,
      message: {
        'zh-CN': `工作专班「${String(value)}」不存在，请选择已有的专班`,
        en: `There is no working group "${String(value)}"; pick an existing group`,
      },
    }));

/** Each user id an overdue alert names that is not an active user. */
export const alertUserReferences: ReferenceChecker = (definition, { activeUserIds }) =>
  walkParams(definition.process.params)
    .filter(({ path, value }) => /\/overdue\/alert\/userIds\/\d+$/.test(path) && !activeUserIds.has(Number(value)))
    .map(({ value, path }) => ({
      path,
      message: { 'zh-CN': `用户 ${String(value)} 不存在或已停用`, en: `User ${String(value)} does not exist or is deactivated` },
    }));

// The field as the product names it everywhere (问题类别 / Category), not "difficulty category".
const CATEGORY = FIELD_NAMES.category;

/** A rung that routes "by category" needs a `category` choice field whose every value is a known category. */
export const categoryReferences: ReferenceChecker = (definition, { categoryKeys }) => {
  const stages = (definition.process.params.stages as { actor?: unknown }[] | undefined) ?? [];
  const routing = stages.findIndex((stage) => stage.actor === 'group-of-category');
  if (definition.process.processType !== 'ladder' || routing < 0) return [];
  const field = (definition.schema.properties as Record<string, RJSFSchema> | undefined)?.category;
  if (!field) {
    return [
      {
        path: `/process/params/stages/${routing}/actor`,
        message: {
          'zh-CN': `按类别转交专班需要表单有“category”（${CATEGORY['zh-CN']}）选择字段`,
          en: `Routing to the working group by category needs a "category" (${CATEGORY.en}) choice field in the form`,
        },
      },
    ];
  }
  const problems: ReferenceProblem[] = [];
  for (const { value, path } of choiceValues(field)) {
    if (typeof value === 'string' && categoryKeys.has(value)) continue;
    problems.push({
      path: `/schema/properties/category${path}`,
      message: { 'zh-CN': `${CATEGORY['zh-CN']}「${String(value)}」不存在`, en: `${CATEGORY.en} "${String(value)}" does not exist` },
    });
  }
  return problems;
};

/** The enterprise ids a collection lists as its target; none when it targets enterprises otherwise. */
export function listedEnterpriseIds(definition: FormDefinition): number[] {
  const { target } = definition.process.params as { target?: { kind: string; enterpriseIds?: number[] } };
  return definition.process.processType === 'collection' && target?.kind === 'list' ? (target.enterpriseIds ?? []) : [];
}

// A list may hold 10,000 ids: the problem names the first few, and how many more there are.
const NAMED_IDS = 5;

/** Ids a collection lists that name no enterprise, in one problem at the list: its rounds would leave them out without
 * a word, while the admin believes they were asked. */
export const listedEnterpriseReferences: ReferenceChecker = (definition, { enterpriseIds }) => {
  const unknown = listedEnterpriseIds(definition).filter((id) => !enterpriseIds.has(id));
  if (!unknown.length) return [];
  const named = unknown.slice(0, NAMED_IDS);
  const more = unknown.length - named.length;
  const [ids, them] = unknown.length > 1 ? ['ids', 'them'] : ['id', 'it'];
  return [
    {
      path: '/process/params/target/enterpriseIds',
      message: {
        'zh-CN': `以下编号没有对应的企业：${named.join('、')}${more ? ` 等 ${unknown.length} 个` : ''}，请删除或重新选择企业`,
        en: `No enterprise has the ${ids} ${named.join(', ')}${more ? ` and ${more} more` : ''}; remove ${them} or pick the enterprises again`,
      },
    },
  ];
};
