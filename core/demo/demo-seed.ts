// Demo data for the embedded defaults: the organisation of notice J.J.F. [2121] No.11 at a small scale.
import { hashPassword } from '../auth/passwords';
import { creditCodeCheckChar } from '../domain/identifiers';
import { INSPECTION_BODIES } from '../org/inspection-bodies';
import { writeSettings, type CampaignContact } from '../org/settings';
import { WORKING_GROUPS, type EnterpriseType, type ProjectStatus, type Role } from '../org/org-types';
import type { Db } from '../stores/db-types';
import {
  insertDemoAssignment,
  insertDemoEnterprise,
  insertDemoProject,
  insertDemoUser,
  type DemoUser,
} from '../stores/demo/demo-seed-store';
import { workingGroupIdsByKey } from '../stores/org/reference-data-store';
import { countUsers } from '../stores/user-store';

/** The password every demo account starts with; printed by `npm start`. */
export const DEMO_PASSWORD = 'Fugong@2026';

/** A demo login as printed at start-up. */
export interface DemoLogin {
  username: string;
  role: Role;
  displayName: string;
}

type DemoEnterprise = { name: string; type: EnterpriseType; focus: boolean; address: string; projects: [string, ProjectStatus, boolean][] };

// Fictional enterprises of a Jinan-like city; three cadres "each claim five enterprises" (000 §III.1).
const ENTERPRISES: DemoEnterprise[][] = [
  [
    {
      name: '泉城城市建设投资集团有限公司',
      type: 'investment_platform',
      focus: true,
      address: '历下区经十路 1 号',
      projects: [
        ['泉城大道快速路二期', 'started', true],
        ['滨河安置区一期', 'ready', false],
      ],
    },
    {
      name: '济南华建第一建设集团有限公司',
      type: 'general_contractor',
      focus: true,
      address: '天桥区北园大街 88 号',
      projects: [['国际医学中心门诊楼', 'started', true]],
    },
    {
      name: '鲁中建工集团有限公司',
      type: 'construction',
      focus: false,
      address: '槐荫区经七路 210 号',
      projects: [['西站片区学校', 'delayed', false]],
    },
    {
      name: '明湖工程监理咨询有限公司',
      type: 'supervision',
      focus: false,
      address: '历城区花园路 15 号',
      projects: [['华山片区监理标段', 'started', false]],
    },
    {
      name: '济南趵突建设工程有限公司',
      type: 'construction',
      focus: false,
      address: '市中区英雄山路 66 号',
      projects: [['南部山区道路改造', 'ready', false]],
    },
  ],
  [
    {
      name: '齐鲁轨道交通建设投资有限公司',
      type: 'investment_platform',
      focus: true,
      address: '高新区舜华路 2000 号',
      projects: [
        ['地铁四号线 12 标', 'started', true],
        ['车辆段上盖开发', 'delayed', true],
      ],
    },
    {
      name: '山东黄河路桥建设集团有限公司',
      type: 'general_contractor',
      focus: true,
      address: '天桥区黄河大堤路 9 号',
      projects: [['黄河大桥南引桥', 'started', true]],
    },
    {
      name: '济南千佛山建筑安装有限公司',
      type: 'construction',
      focus: false,
      address: '历下区千佛山东路 3 号',
      projects: [['老旧小区改造 A 片', 'ready', false]],
    },
    {
      name: '泉水监理有限责任公司',
      type: 'supervision',
      focus: false,
      address: '市中区顺河街 45 号',
      projects: [['轨道交通监理 3 标', 'started', false]],
    },
    {
      name: '章丘明水建设集团有限公司',
      type: 'construction',
      focus: false,
      address: '章丘区明水街道汇泉路 18 号',
      projects: [['明水古城二期', 'delayed', false]],
    },
  ],
  [
    {
      name: '济南西城开发建设集团有限公司',
      type: 'investment_platform',
      focus: true,
      address: '槐荫区齐州路 99 号',
      projects: [['西城会展中心', 'started', true]],
    },
    {
      name: '山东华鲁总承包工程有限公司',
      type: 'general_contractor',
      focus: true,
      address: '历城区工业北路 77 号',
      projects: [['数字产业园一期', 'ready', true]],
    },
    {
      name: '济南长清建工有限公司',
      type: 'construction',
      focus: false,
      address: '长清区大学路 12 号',
      projects: [['大学城配套住宅', 'started', false]],
    },
    {
      name: '鹊华建设监理有限公司',
      type: 'supervision',
      focus: false,
      address: '天桥区鹊华路 21 号',
      projects: [['安置房监理 2 标', 'ready', false]],
    },
  ],
];

const CADRES = ['王建国', '李文华', '张振东'];

/** The notice's contacts (000: Contacts: Lv Xiaoxue and Zhuang Caiyun; Tel: 66613698, 66613697; Email: …); the notice
 * does not say whose number is whose, so both numbers name both people. */
export const NOTICE_CONTACTS: CampaignContact[] = [
  {
    name: '建筑市场监管科 吕晓雪、庄彩云',
    phone: '66613698',
    email: 'sjwjzyglc@jn.shandong.cn',
    purpose: '复工复产咨询与协调；联络员名单、每日进展报送',
    purposeEn: 'Questions about returning to work; liaison lists and daily progress reports',
    // The notice has the liaison list "fed back to the mailbox" of this office.
    liaisonList: true,
  },
  {
    name: '建筑市场监管科 吕晓雪、庄彩云',
    phone: '66613697',
    purpose: '复工复产咨询与协调（第二条线路）',
    purposeEn: 'Questions about returning to work (second line)',
  },
];

function creditCode(seq: number): string {
  const first17 = `91370100${String(seq).padStart(8, '0')}M`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

/** Inserts the demo organisation and accounts unless users already exist (reference data must be in place); returns the logins it created. */
export async function seedDemo(db: Db, now = new Date()): Promise<DemoLogin[]> {
  if ((await countUsers(db)) > 0) return [];
  const at = now.toISOString();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const logins: DemoLogin[] = [];
  await db.transaction(async (trx) => {
    type Placement = Pick<DemoUser, 'workingGroupId' | 'enterpriseId' | 'projectId'>;
    const addUser = async (username: string, displayName: string, role: Role, placement: Placement = {}) => {
      const id = await insertDemoUser(trx, {
        username,
        displayName,
        role,
        passwordHash,
        email: `${username}@demo.fugong.local`,
        createdAt: at,
        ...placement,
      });
      logins.push({ username, role, displayName });
      return id;
    };
    const groupIds = await workingGroupIdsByKey(trx);
    const adminId = await addUser('admin', '市场监管科管理员', 'admin');
    await addUser('hq', '指挥部值班员', 'hq');
    // A second HQ member: what one HQ member files for HQ's approval (a good-practice article) is approved by another.
    await addUser('hq2', '指挥部副值班员', 'hq');
    for (const group of WORKING_GROUPS) {
      await addUser(`class-${group.key}`, `专班·${group.nameZh}`, 'special_class', { workingGroupId: groupIds.get(group.key) });
    }
    let seq = 1;
    let firstProjectId: number | undefined;
    for (const [cadreIndex, enterprises] of ENTERPRISES.entries()) {
      const cadreId = await addUser(`cadre${cadreIndex + 1}`, `${CADRES[cadreIndex]}（包挂干部）`, 'cadre');
      for (const enterprise of enterprises) {
        const site = `济南市${enterprise.address}`;
        const enterpriseId = await insertDemoEnterprise(trx, {
          name: enterprise.name,
          creditCode: creditCode(seq),
          type: enterprise.type,
          focus: enterprise.focus,
          address: site,
          createdAt: at,
        });
        for (const [name, status, major] of enterprise.projects) {
          // A started project of the demo passed its inspection before the demo begins: cleared by the town/street team.
          const cleared = status === 'started' ? { at, byGroupId: groupIds.get('town-inspection') } : undefined;
          const projectId = await insertDemoProject(trx, { enterpriseId, name, site, status, major, ...(cleared ? { cleared } : {}) });
          firstProjectId ??= projectId;
        }
        await insertDemoAssignment(trx, { cadreId, enterpriseId, assignedAt: at, assignedBy: adminId });
        await addUser(`ent${String(seq).padStart(2, '0')}`, `${enterprise.name}·联络员`, 'enterprise', { enterpriseId });
        seq += 1;
      }
    }
    await addUser('gate1', '项目门岗值守员', 'gate', { projectId: firstProjectId });
    await writeSettings(trx, { campaignContacts: NOTICE_CONTACTS }, now);
    for (const body of INSPECTION_BODIES) {
      await addUser(`inspector-${body.key.replace(/-inspection$/, '')}`, `${body.nameZh}·检查员`, 'special_class', {
        workingGroupId: groupIds.get(body.key),
      });
    }
  });
  return logins;
}
