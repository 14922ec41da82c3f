// Messages of the account page, the password forms and the pickers; the enterprise, project, assignment and
// user pages keep theirs in org-pages-messages.ts, the audit log, CSV import and settings pages in org-admin-messages.ts.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.
import { auditLogEn, type auditLogZhCn } from './audit-log-messages';
import { orgAdminEn, type orgAdminZhCn } from './org-admin-messages';
import { orgPagesEn, type orgPagesZhCn } from './org-pages-messages';

/** zh-CN messages of the account page, the password forms and the pickers, added by their modules (addZhCnMessages). */
export const orgOwnZhCn = {
  'account.title': '我的账号',
  'account.profile': '基本信息',
  'account.profileHint': '姓名、角色和所属单位由系统管理员维护；如需更正，请联系管理员。',
  'account.displayName': '姓名',
  'account.role': '角色',
  'account.email': '电子邮箱',
  'account.changePassword': '修改密码',
  'account.changeIntro': '修改后，您在其他设备上的登录将失效，需要用新密码重新登录。',
  'account.currentPassword': '当前密码',
  'account.newPassword': '新密码',
  'account.confirmPassword': '再次输入新密码',
  'account.passwordHint': '至少 {min} 位，不能与旧密码或用户名相同，也不能是常用或易猜的密码（如 12345678、woaini1314）。',
  'account.tooShort': '密码至少需要 {min} 位',
  'account.mismatch': '两次输入的新密码不一致',
  'account.changed': '密码已修改。',
  'account.signOutIntro': '在公用电脑上办理完毕后，请退出登录。',
  'account.mustChangeTitle': '请修改初始密码',
  'account.mustChangeIntro': '您的密码由管理员设置。为保护您的账号，请先设置只有您自己知道的新密码，然后才能继续使用系统。',
  'account.weakPasswordTitle': '请设置新密码',
  'account.weakPasswordIntro': '您的密码已不符合当前的密码规则，容易被猜到。为保护您的账号，请设置新密码后继续使用系统。',
  'picker.filter': '筛选{label}',
  'picker.placeholder': '输入关键字筛选…',
  'picker.choose': '请选择…',
  'picker.count': '共 {count} 项',
  'picker.more': '还有 {count} 项未列出，请输入关键字缩小范围',
} as const;

const orgOwnEn: Record<keyof typeof orgOwnZhCn, string> = {
  'account.title': 'My account',
  'account.profile': 'Profile',
  'account.profileHint': 'Your name, role and organisation are kept by the administrator; ask them to correct anything wrong.',
  'account.displayName': 'Name',
  'account.role': 'Role',
  'account.email': 'Email',
  'account.changePassword': 'Change password',
  'account.changeIntro': 'Afterwards, your sessions on other devices end and need the new password.',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.confirmPassword': 'New password again',
  'account.passwordHint':
    'At least {min} {min|character|characters}, different from the old password and the username, and not a common or easily guessed one (such as 12345678 or password1).',
  'account.tooShort': 'The password needs at least {min} {min|character|characters}',
  'account.mismatch': 'The two new passwords differ',
  'account.changed': 'Your password has been changed.',
  'account.signOutIntro': 'Sign out when you have finished on a shared computer.',
  'account.mustChangeTitle': 'Change your initial password',
  'account.mustChangeIntro':
    'An administrator set your password. To protect your account, choose a new one that only you know before you continue.',
  'account.weakPasswordTitle': 'Set a new password',
  'account.weakPasswordIntro':
    'Your password no longer meets the password rules and is easy to guess. To protect your account, set a new one to continue.',
  'picker.filter': 'Filter {label}',
  'picker.placeholder': 'Type to filter…',
  'picker.choose': 'Choose…',
  'picker.count': '{count} {count|option|options}',
  'picker.more': '{count} more not listed; type to narrow the list',
};

/** zh-CN messages of this feature: some come with the first scripts, the pages add the others. */
type OrgZhCn = typeof orgOwnZhCn & typeof orgPagesZhCn & typeof orgAdminZhCn & typeof auditLogZhCn;

/**
 * en messages of this feature. Merged by a call marked pure, not by a spread: a top-level spread counts as a side effect,
 * which kept the English strings in the Chinese reader's first scripts although nothing there reads them.
 */
export const orgEn: Record<keyof OrgZhCn, string> = /* @__PURE__ */ Object.assign({}, orgOwnEn, orgPagesEn, orgAdminEn, auditLogEn);
