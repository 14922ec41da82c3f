// Organisation vocabulary from DESIGN.md §1, declared once and shared by server, seed and app.
import type { LocalizedText } from '../domain/locale';
import type { OrgUnitKind } from './inspection-bodies';

/** Who a user is in the campaign. */
export const ROLES = ['enterprise', 'cadre', 'special_class', 'hq', 'gate', 'admin'] as const;
/** A user's role. */
export type Role = (typeof ROLES)[number];

/** Kinds of enterprise the notice addresses (000 §II.4). */
export const ENTERPRISE_TYPES = ['construction', 'general_contractor', 'supervision', 'investment_platform'] as const;
/** An enterprise's kind. */
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number];

/** Where a project stands (000 §II.1). */
export const PROJECT_STATUSES = ['started', 'ready', 'delayed'] as const;
/** A project's resumption status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The four working groups of the enterprise service class (000 §III.2). */
export const WORKING_GROUPS = [
  { key: 'coordination', nameZh: '综合协调组', nameEn: 'Comprehensive coordination' },
  { key: 'personnel', nameZh: '人员保障组', nameEn: 'Personnel security' },
  { key: 'materials', nameZh: '原材料供应组', nameEn: 'Raw material supply' },
  { key: 'epidemic_supplies', nameZh: '防疫物资服务组', nameEn: 'Epidemic-prevention material service' },
] as const;

/** Difficulty categories (000 §II.2, 002, 004) and the working group each is routed to by default; admins edit the map. */
export const DIFFICULTY_CATEGORIES = [
  { key: 'personnel_return', nameZh: '人员返岗', nameEn: 'Personnel return', group: 'personnel' },
  { key: 'materials', nameZh: '生产生活物资', nameEn: 'Production and living materials', group: 'materials' },
  { key: 'transportation', nameZh: '交通运输', nameEn: 'Transportation', group: 'coordination' },
  { key: 'epidemic_supplies', nameZh: '防疫物资', nameEn: 'Epidemic-prevention supplies', group: 'epidemic_supplies' },
  { key: 'funds', nameZh: '资金', nameEn: 'Funds', group: 'coordination' },
  { key: 'land', nameZh: '用地', nameEn: 'Land', group: 'coordination' },
  { key: 'approvals', nameZh: '审批手续', nameEn: 'Approvals', group: 'coordination' },
  { key: 'other', nameZh: '其他', nameEn: 'Other', group: 'coordination' },
] as const;

/** The working group or inspection body a task was offered to, named as the working-group list names it: a timeline or
 * a task page says who holds a step from it, whether or not the reader may list the units. */
export interface OfferedGroup {
  name: LocalizedText;
  kind: OrgUnitKind;
}
