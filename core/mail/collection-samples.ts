// Sample data for the collection templates (reminder, overdue, bulletin): the fields activities/collection/* pass.
import type { Locale } from '../domain/locale';

type Sample = Record<string, unknown>;

const NOTICE = {
  formKey: 'daily-report',
  date: '2026-02-17',
  // A daily round: its date is the day reported on. A one-off campaign (the liaison designation) leaves the date out.
  campaign: false,
  deadlineAt: '2026-02-17T09:00:00Z',
};

const REMINDER: Record<Locale, Sample> = {
  'zh-CN': {
    ...NOTICE,
    recipientName: '泉城城市建设投资集团有限公司·联络员',
    formTitle: '项目动态每日报送',
    forEnterprise: true,
    enterpriseName: '泉城城市建设投资集团有限公司',
    enterprises: [],
    count: 1,
    more: 0,
  },
  en: {
    ...NOTICE,
    recipientName: 'Liaison of Quancheng Urban Construction',
    formTitle: 'Daily progress report',
    forEnterprise: true,
    enterpriseName: 'Quancheng Urban Construction Investment Group',
    enterprises: [],
    count: 1,
    more: 0,
  },
};

// The cadre's version: a list of the enterprises still missing.
const OVERDUE: Record<Locale, Sample> = {
  'zh-CN': {
    ...NOTICE,
    recipientName: '王建国（包挂干部）',
    formTitle: '项目动态每日报送',
    forEnterprise: false,
    enterpriseName: '',
    enterprises: [{ name: '泉城城市建设投资集团有限公司' }, { name: '鲁中建工集团有限公司' }],
    count: 2,
    more: 0,
    // The follow-up the round opens for the cadre, when its definition asks for one (null when it does not).
    followUpDueAt: '2026-02-18T09:00:00Z',
  },
  en: {
    ...NOTICE,
    recipientName: 'Wang Jianguo (cadre)',
    formTitle: 'Daily progress report',
    forEnterprise: false,
    enterpriseName: '',
    enterprises: [{ name: 'Quancheng Urban Construction Investment Group' }, { name: 'Luzhong Construction Engineering Group' }],
    count: 2,
    more: 0,
    followUpDueAt: '2026-02-18T09:00:00Z',
  },
};

const bulletin = (locale: Locale): Sample => {
  const zh = locale === 'zh-CN';
  const a = zh ? '泉城城市建设投资集团有限公司' : 'Quancheng Urban Construction Investment Group';
  const b = zh ? '鲁中建工集团有限公司' : 'Luzhong Construction Engineering Group';
  const c = zh ? '济水监理咨询有限公司' : 'Jishui Supervision Consulting';
  return {
    formTitle: zh ? '项目动态每日报送' : 'Daily progress report',
    date: NOTICE.date,
    deadlineAt: NOTICE.deadlineAt,
    expected: 3,
    onTime: 1,
    late: 1,
    missing: 1,
    totals: [
      { field: 'projectsStarted', label: zh ? '已开工项目数' : 'Projects started', value: 7 },
      { field: 'workersOnSite', label: zh ? '在岗人数' : 'Workers on site', value: 1260 },
    ],
    reported: [
      { name: a, submittedAt: '2026-02-17T07:10:00Z', late: false, submissionId: '6f1c1b2a-1111-4222-8333-444455556666' },
      { name: b, submittedAt: '2026-02-17T10:05:00Z', late: true, submissionId: '6f1c1b2a-1111-4222-8333-444455556667' },
    ],
    lateList: [{ name: b, submittedAt: '2026-02-17T10:05:00Z' }],
    missingList: [{ name: c }],
    notes: [{ name: a, field: zh ? '存在的困难' : 'Difficulties', text: zh ? '口罩库存仅够三天。' : 'Masks last three more days.' }],
  };
};

// A breach of the cadres' follow-ups, as the coordination group is told of it.
const FOLLOW_UP_BREACH: Record<Locale, Sample> = {
  'zh-CN': {
    recipientName: '综合协调组',
    formTitle: '工作联络员指定',
    dueAt: '2026-02-18T16:00:00Z',
    count: 2,
    enterprises: [
      { name: '泉城城市建设投资集团有限公司', cadreName: '王建国' },
      { name: '济南路桥工程有限公司', cadreName: null },
    ],
  },
  en: {
    recipientName: 'Coordination group',
    formTitle: 'Work liaison designation',
    dueAt: '2026-02-18T16:00:00Z',
    count: 2,
    enterprises: [
      { name: 'Quancheng Urban Construction Investment Group', cadreName: 'Wang Jianguo' },
      { name: 'Jinan Road and Bridge', cadreName: null },
    ],
  },
};

// A campaign's opening notice, to one enterprise's account.
const OPENING: Record<Locale, Sample> = {
  'zh-CN': { ...REMINDER['zh-CN'], formKey: 'liaison-designation', formTitle: '工作联络员指定', campaign: true },
  en: { ...REMINDER.en, formKey: 'liaison-designation', formTitle: 'Work liaison designation', campaign: true },
};

// The office's liaison list at the deadline (activities/collection/office-liaison-list.ts).
const liaisonList = (locale: Locale): Sample => {
  const zh = locale === 'zh-CN';
  return {
    recipientName: zh ? '建筑市场监管科 吕晓雪、庄彩云' : 'Construction Market Supervision Office',
    locale,
    formTitle: zh ? '工作联络员指定' : 'Work liaison designation',
    deadlineAt: '2026-02-17T09:00:00Z',
    asOf: '2026-02-17T09:00:00Z',
    onRequest: false,
    count: 3,
    designatedCount: 2,
    missingCount: 1,
    liaisons: [
      {
        enterpriseName: zh ? '泉城城市建设投资集团有限公司' : 'Quancheng Urban Construction Investment Group',
        name: zh ? '张三' : 'Zhang San',
        mobile: '13800138000',
        email: 'zhangsan@example.com',
        late: false,
      },
      {
        enterpriseName: zh ? '鲁中建工集团有限公司' : 'Luzhong Construction Engineering Group',
        name: zh ? '李四' : 'Li Si',
        mobile: '13900139000',
        email: '',
        late: true,
      },
    ],
    withoutLiaison: [
      { enterpriseName: zh ? '济水监理咨询有限公司' : 'Jishui Supervision Consulting', cadreName: zh ? '王建国' : 'Wang Jianguo' },
    ],
    more: 0,
  };
};

/** Sample data of the collection templates by name and language. */
export const COLLECTION_SAMPLES: Readonly<Record<string, Record<Locale, Sample>>> = {
  'collection-opening': OPENING,
  'collection-liaison-list': { 'zh-CN': liaisonList('zh-CN'), en: liaisonList('en') },
  'collection-reminder': REMINDER,
  'collection-overdue': OVERDUE,
  'follow-up-overdue-alert': FOLLOW_UP_BREACH,
  'collection-bulletin': { 'zh-CN': bulletin('zh-CN'), en: bulletin('en') },
};
