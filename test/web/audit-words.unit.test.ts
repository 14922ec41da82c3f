// The audit log reads in words: every action and target the server writes has a label in both languages, an action or
// target this build does not know is named sensibly rather than by its code (recorded facts are worded by the server:
// test/audit/describe-audit-entry.unit.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { auditLogZhCn } from '#web/app/src/i18n/messages/audit-log-messages';
import { orgAdminZhCn } from '#web/app/src/i18n/messages/org-admin-messages';
import { translate } from '#web/app/src/i18n/translate';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '#web/app/src/pages/admin/audit-vocabulary';
import { auditActionLabel, auditCaseLink, auditTargetLabel } from '#web/app/src/pages/admin/audit-words';

const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

beforeAll(() => {
  addZhCnMessages(orgAdminZhCn);
  addZhCnMessages(auditLogZhCn);
  return loadDictionary('en');
});

describe('audit log words', () => {
  it.each([
    ['session.login', 'user', '登录', 'Signed in'],
    ['submission.create', 'submission', '提交表单', 'Submitted form'],
    ['case.confirm', 'submission', '企业确认已解决', 'Enterprise confirmed the resolution'],
    ['webhook.subscribed', 'webhook', '新增事件推送', 'Added webhook'],
    ['user.something_new', 'user', '用户相关操作', 'Action on User'],
    ['mystery.thing', 'mystery', '其他操作', 'Other action'],
  ])('names the action %s on a %s as “%s” / “%s”', (action, targetType, zhWords, enWords) => {
    expect(auditActionLabel(zh, action, targetType)).toBe(zhWords);
    expect(auditActionLabel(en, action, targetType)).toBe(enWords);
  });

  it('has words, not codes, for every action and target type the server writes, in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      for (const t of [zh, en]) {
        const words = auditActionLabel(t, action, 'mystery');
        expect(words, action).not.toBe(t('audit.actionOther'));
        expect(words, action).not.toMatch(/[a-z]+[._][a-z]/);
      }
    }
    for (const type of AUDIT_TARGET_TYPES) {
      expect(auditTargetLabel(zh, type), type).not.toBe(zh('audit.targetOther'));
      expect(auditTargetLabel(en, type), type).not.toMatch(/_/);
    }
    expect(auditTargetLabel(zh, 'mystery')).toBe('其他对象');
  });

  it('links a case’s target to its case by the case number, and a gate check refused at the gate (named in words) nowhere', () => {
    expect(auditCaseLink({ targetType: 'gate_check', targetName: 'MG-20261207-0001' })).toBe('MG-20261207-0001');
    expect(auditCaseLink({ targetType: 'task', targetName: 'KN-20261205-0012' })).toBe('KN-20261205-0012');
    expect(auditCaseLink({ targetType: 'gate_check', targetName: '拒绝进场：历城区安置房项目，张**，2026-12-05 15:50' })).toBeNull();
    expect(auditCaseLink({ targetType: 'gate_check', targetName: null })).toBeNull();
    expect(auditCaseLink({ targetType: 'hotline_call', targetName: '济南华建商混有限公司（案件 KN-20261205-0012）' })).toBeNull();
  });
});
