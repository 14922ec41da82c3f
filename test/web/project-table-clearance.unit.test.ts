// The projects table (web/app/src/pages/project-table.tsx) says each project's standing on resumption (P2, seed 003):
// cleared, with the date and the body; not yet; or cleared and then suspended by a later level's fail, which it says
// instead of the clearance it no longer holds.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '#web/app/src/api/org-types';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { orgPagesZhCn } from '#web/app/src/i18n/messages/org-pages-messages';
import { ProjectTable } from '#web/app/src/pages/project-table';
import { textIn } from '../helpers/render-in-locale';

const TOWN = { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' };
const JOINT = { 'zh-CN': '复工联合检查组', en: 'Joint inspection team' };
const project = (over: Partial<Project>): Project => ({
  id: 1,
  enterpriseId: 7,
  enterpriseName: '泉城建设',
  name: '一号楼',
  site: '',
  status: 'started',
  major: false,
  clearance: null,
  suspension: null,
  ...over,
});
const table = (projects: Project[]) => createElement(ProjectTable, { projects, caption: '项目', showEnterprise: false });

describe('the projects table on resumption', () => {
  beforeAll(async () => {
    addZhCnMessages(orgPagesZhCn);
    await loadDictionary('en');
  });

  it('says a suspended clearance, by whom, instead of the clearance', () => {
    const clearance = { at: '2027-02-10T02:00:00.000Z', body: TOWN };
    const suspended = project({ clearance, suspension: { at: '2027-02-11T06:30:00.000Z', body: JOINT } });
    const zh = textIn(table([suspended]), 'zh-CN');
    expect(zh).toMatch(/准予复工已暂停：2027年2月11日 \d\d:\d\d 复工联合检查组核查不予通过/);
    expect(zh).not.toContain('准予复工（镇（街道）检查组）');
    expect(textIn(table([suspended]), 'en')).toContain('Clearance suspended: the Joint inspection team failed it on');
    expect(textIn(table([project({ clearance })]), 'zh-CN')).toContain('准予复工（镇（街道）检查组）');
  });
});
