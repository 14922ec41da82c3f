// What each role finds in the navigation (DESIGN §1), grouped by task: 工作 (what to do now), 数据 (figures and
// records to read), 组织 (enterprises, projects, people), 配置 (how the system runs, and one's own account).
// Admins run the organisation; the others see their scope of it. can-open.ts reads the same lists.
import type { Role } from '#core/org/org-types';
import type { MessageKey } from '../i18n/zh-cn-messages';
import type { PlainRoute } from './route';

/** A navigation link: the page and its label's dictionary key. */
export interface NavItem {
  page: PlainRoute['name'];
  label: MessageKey;
}

/** The task groups of the navigation, in order. */
export const NAV_GROUPS = ['work', 'data', 'organisation', 'settings'] as const;
/** One task group. */
export type NavGroupKey = (typeof NAV_GROUPS)[number];

/** A group with the links a role has in it (groups without links are left out). */
export interface NavGroup {
  key: NavGroupKey;
  label: MessageKey;
  items: NavItem[];
}

const HOME: NavItem = { page: 'home', label: 'nav.home' };
const ACCOUNT: NavItem = { page: 'account', label: 'nav.account' };
const INBOX: NavItem = { page: 'inbox', label: 'nav.inbox' };
const REPORTS: NavItem = { page: 'compliance', label: 'nav.compliance' };
const BULLETINS: NavItem = { page: 'bulletins', label: 'nav.bulletins' };
const REGISTER: NavItem = { page: 'siteRegister', label: 'nav.siteRegister' };
const DASHBOARD: NavItem = { page: 'dashboard', label: 'nav.dashboard' };
const VISITS: NavItem = { page: 'visits', label: 'nav.visits' };
const NOTICES: NavItem = { page: 'notices', label: 'nav.notices' };
const ENTERPRISES: NavItem = { page: 'enterprises', label: 'nav.enterprises' };
const PROJECTS: NavItem = { page: 'projects', label: 'nav.projects' };
const ASSIGNMENTS: NavItem = { page: 'assignments', label: 'nav.assignments' };
const EVALUATION: NavItem = { page: 'evaluation', label: 'nav.evaluation' };
const HOTLINE: NavItem = { page: 'hotline', label: 'nav.hotline' };
const MONITORING: NavItem = { page: 'monitoring', label: 'nav.monitoring' };

type Grouped = Partial<Record<NavGroupKey, NavItem[]>>;

const BY_ROLE: Record<Role, Grouped> = {
  admin: {
    work: [HOME],
    data: [DASHBOARD, EVALUATION, REPORTS, BULLETINS, VISITS, REGISTER, MONITORING, HOTLINE, NOTICES],
    organisation: [{ page: 'users', label: 'nav.users' }, ENTERPRISES, PROJECTS, ASSIGNMENTS, { page: 'import', label: 'nav.import' }],
    settings: [
      { page: 'settings', label: 'nav.settings' },
      { page: 'calendar', label: 'nav.calendar' },
      { page: 'forms', label: 'nav.forms' },
      { page: 'emailTemplates', label: 'nav.emailTemplates' },
      { page: 'outbox', label: 'nav.outbox' },
      { page: 'robots', label: 'nav.robots' },
      { page: 'webhooks', label: 'nav.webhooks' },
      { page: 'system', label: 'nav.system' },
      { page: 'stuck', label: 'nav.stuck' },
      { page: 'audit', label: 'nav.audit' },
      ACCOUNT,
    ],
  },
  hq: {
    work: [HOME, INBOX, HOTLINE],
    data: [DASHBOARD, EVALUATION, REPORTS, BULLETINS, VISITS, REGISTER, MONITORING, NOTICES],
    organisation: [ENTERPRISES, PROJECTS, ASSIGNMENTS],
    settings: [ACCOUNT],
  },
  cadre: {
    work: [HOME, INBOX, VISITS],
    data: [DASHBOARD, EVALUATION, REPORTS, BULLETINS, REGISTER, MONITORING, NOTICES],
    organisation: [{ page: 'enterprises', label: 'nav.myEnterprises' }, PROJECTS, { page: 'assignments', label: 'nav.myAssignments' }],
    settings: [ACCOUNT],
  },
  enterprise: {
    work: [HOME],
    data: [DASHBOARD, EVALUATION, VISITS, BULLETINS, MONITORING, NOTICES],
    organisation: [
      { page: 'myEnterprise', label: 'nav.myEnterprise' },
      { page: 'projects', label: 'nav.myProjects' },
    ],
    settings: [ACCOUNT],
  },
  special_class: {
    work: [HOME, INBOX, HOTLINE],
    data: [DASHBOARD, EVALUATION, REPORTS, BULLETINS, VISITS, NOTICES],
    organisation: [ENTERPRISES, PROJECTS],
    settings: [ACCOUNT],
  },
  gate: {
    work: [HOME, { page: 'gate', label: 'nav.gate' }, REGISTER],
    data: [NOTICES],
    organisation: [{ page: 'projects', label: 'nav.siteProjects' }],
    settings: [ACCOUNT],
  },
};

const GROUP_LABEL: Record<NavGroupKey, MessageKey> = {
  work: 'nav.group.work',
  data: 'nav.group.data',
  organisation: 'nav.group.organisation',
  settings: 'nav.group.settings',
};

/** The navigation of a role: its task groups in order, each with its links. A member of an inspection body (a working
 * group that inspects sites) has no hotline: the service groups answer it. */
export function roleNavigationGroups(role: Role, inspectionBody = false): readonly NavGroup[] {
  const grouped = BY_ROLE[role];
  const items = (key: NavGroupKey) => (grouped[key] ?? []).filter((item) => !(inspectionBody && item === HOTLINE));
  return NAV_GROUPS.filter((key) => items(key).length).map((key) => ({ key, label: GROUP_LABEL[key], items: items(key) }));
}

/** Every navigation link of a role, group after group. */
export function roleNavigation(role: Role, inspectionBody = false): readonly NavItem[] {
  return roleNavigationGroups(role, inspectionBody).flatMap((group) => group.items);
}
