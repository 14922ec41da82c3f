// What each role finds in the header (DESIGN §1): admins run the organisation, the others see their scope of it.
import type { Role } from '../../../../core/org/org-types';
import type { MessageKey } from '../i18n/zh-cn-messages';
import type { PlainRoute } from './route';

/** A header link: the page and its label's dictionary key. */
export interface NavItem {
  page: PlainRoute['name'];
  label: MessageKey;
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
const EVALUATION: NavItem = { page: 'evaluation', label: 'nav.evaluation' };
const HOTLINE: NavItem = { page: 'hotline', label: 'nav.hotline' };

const BY_ROLE: Record<Role, NavItem[]> = {
  admin: [
    HOME,
    DASHBOARD,
    EVALUATION,
    HOTLINE,
    VISITS,
    { page: 'users', label: 'nav.users' },
    { page: 'enterprises', label: 'nav.enterprises' },
    { page: 'projects', label: 'nav.projects' },
    { page: 'assignments', label: 'nav.assignments' },
    { page: 'audit', label: 'nav.audit' },
    { page: 'import', label: 'nav.import' },
    { page: 'settings', label: 'nav.settings' },
    { page: 'calendar', label: 'nav.calendar' },
    REPORTS,
    BULLETINS,
    REGISTER,
    { page: 'forms', label: 'nav.forms' },
    { page: 'emailTemplates', label: 'nav.emailTemplates' },
    { page: 'outbox', label: 'nav.outbox' },
    NOTICES,
    ACCOUNT,
  ],
  hq: [
    HOME,
    DASHBOARD,
    EVALUATION,
    HOTLINE,
    VISITS,
    INBOX,
    REPORTS,
    BULLETINS,
    REGISTER,
    { page: 'enterprises', label: 'nav.enterprises' },
    { page: 'projects', label: 'nav.projects' },
    { page: 'assignments', label: 'nav.assignments' },
    NOTICES,
    ACCOUNT,
  ],
  cadre: [
    HOME,
    DASHBOARD,
    EVALUATION,
    VISITS,
    INBOX,
    REPORTS,
    BULLETINS,
    REGISTER,
    { page: 'enterprises', label: 'nav.myEnterprises' },
    { page: 'projects', label: 'nav.projects' },
    { page: 'assignments', label: 'nav.myAssignments' },
    NOTICES,
    ACCOUNT,
  ],
  enterprise: [
    HOME,
    DASHBOARD,
    EVALUATION,
    VISITS,
    BULLETINS,
    { page: 'myEnterprise', label: 'nav.myEnterprise' },
    { page: 'projects', label: 'nav.myProjects' },
    NOTICES,
    ACCOUNT,
  ],
  special_class: [
    HOME,
    DASHBOARD,
    EVALUATION,
    HOTLINE,
    VISITS,
    INBOX,
    REPORTS,
    BULLETINS,
    { page: 'enterprises', label: 'nav.enterprises' },
    { page: 'projects', label: 'nav.projects' },
    NOTICES,
    ACCOUNT,
  ],
  gate: [HOME, { page: 'gate', label: 'nav.gate' }, REGISTER, { page: 'projects', label: 'nav.siteProjects' }, NOTICES, ACCOUNT],
};

/** The header links of a role, in order. */
export function roleNavigation(role: Role): readonly NavItem[] {
  return BY_ROLE[role];
}
