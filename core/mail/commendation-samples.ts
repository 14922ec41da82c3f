// Sample data of the commendation texts (publicity, published notice, the submitter's email), as the ladder's
// publicity stage and effects pass them.
import type { Locale } from '../domain/locale';

const CASE: Record<Locale, Record<string, unknown>> = {
  'zh-CN': {
    locale: 'zh-CN',
    enterpriseName: '泉城城市建设投资集团有限公司',
    formTitle: '表扬推荐',
    honour: '复工复产先进企业',
    deeds: '春节后率先组织 1200 名工人分批返岗，落实“四个到位”“八个一”。',
    points: 5,
    submissionId: '6f1c1b2a-1111-4222-8333-444455556666',
    caseNumber: 'KN-20260216-0007',
  },
  en: {
    locale: 'en',
    enterpriseName: 'Quancheng Urban Construction Investment Group',
    formTitle: 'Commendation',
    honour: 'Model enterprise in resuming work',
    deeds: 'Brought 1,200 workers back in stages after the Spring Festival, with every readiness measure in place.',
    points: 5,
    submissionId: '6f1c1b2a-1111-4222-8333-444455556666',
    caseNumber: 'KN-20260216-0007',
  },
};

/** Samples by template name and language. */
export const COMMENDATION_SAMPLES: Record<string, Record<Locale, Record<string, unknown>>> = {
  'commendation-publicity': {
    'zh-CN': { ...CASE['zh-CN'], closesAt: '2026-02-24T16:00:00Z', extended: false, paused: false },
    en: { ...CASE.en, closesAt: '2026-02-24T16:00:00Z', extended: false, paused: false },
  },
  'commendation-notice': {
    'zh-CN': { ...CASE['zh-CN'], publishedAt: '2026-02-25T01:00:00Z' },
    en: { ...CASE.en, publishedAt: '2026-02-25T01:00:00Z' },
  },
  'good-practice-notice': {
    'zh-CN': {
      ...CASE['zh-CN'],
      formTitle: '经验做法文章',
      headline: '分批返岗、错峰进场：一家施工企业的复工经验',
      kindTitle: '经验做法',
      body: '该企业按照“四个到位”要求，提前摸排返岗人员，分三批组织工人返岗，每批入场前完成体温检测和信息登记。',
      publishedAt: '2026-02-25T01:00:00Z',
    },
    en: {
      ...CASE.en,
      formTitle: 'Good-practice article',
      headline: 'Back in stages: how one builder resumed work',
      kindTitle: 'Good practice',
      body: 'The enterprise surveyed its returning workers in advance and brought them back in three stages, each checked at the gate.',
      publishedAt: '2026-02-25T01:00:00Z',
    },
  },
  'commendation-awarded': { 'zh-CN': { ...CASE['zh-CN'], recipientName: '王建国' }, en: { ...CASE.en, recipientName: 'Wang Jianguo' } },
};
