// The daily bulletin (项目动态每日通报) of a round: who reported, the totals of the numbers they reported, who was
// late and who is still missing, with the free-text notes. Rendered from a Handlebars template, stored for the app,
// emailed to the roles the params name. Report text is data: Handlebars escapes it in HTML, the app prints it as text.
import { fromJson } from '#core/db';
import type { Db } from '#core/stores';
import {
  bulletinForm,
  bulletinRecipients,
  bulletinReports,
  saveBulletin,
  type BulletinForm,
} from '#core/stores/collections/bulletin-store';
import { editedSource } from '#core/stores/email-templates/email-template-store';
import { findRound } from '#core/stores/collections/round-store';
import { LOCALES, type Locale, type LocalizedText } from '#core/domain/locale';
import type { TemplateRenderer } from '#core/mail/template-renderer';
import type { SendEmailInput } from '../email-activities';
import type { Notifier } from '../notify-activities';
import type { BulletinData } from '#core/domain/bulletin';
import { bulletinForReader } from '#core/privacy/bulletin-notes';
import { isPersonalKind } from '#core/privacy/personal-kind';
import { readerOf } from '#core/privacy/reader-of';

type FieldSchema = { type?: string; title?: string; 'x-personal'?: unknown };

function fieldsOf(form: BulletinForm) {
  const schema = fromJson<{ properties?: Record<string, FieldSchema> }>(form.schema);
  const ui = fromJson<Record<string, { 'ui:widget'?: string }>>(form.uiSchema);
  const english = fromJson<{ en?: Record<string, string> }>(form.i18n).en ?? {};
  const label = (name: string, locale: Locale) =>
    locale === 'en' ? (english[`/${name}`] ?? name) : (schema.properties?.[name]?.title ?? name);
  const entries = Object.entries(schema.properties ?? {});
  return {
    numbers: entries.filter(([, field]) => field.type === 'integer' || field.type === 'number').map(([name]) => name),
    notes: entries.filter(([name, field]) => field.type === 'string' && ui[name]?.['ui:widget'] === 'textarea').map(([name]) => name),
    personal: (name: string) => {
      const mark = schema.properties?.[name]?.['x-personal'];
      return isPersonalKind(mark) ? mark : null;
    },
    label,
  };
}

/** Builds the bulletin of a round in both languages from the current report rows. */
export async function bulletinData(db: Db, roundId: string): Promise<Record<Locale, BulletinData>> {
  const round = (await findRound(db, roundId))!;
  const form = await bulletinForm(db, round.formKey, round.formVersion);
  const rows = await bulletinReports(db, roundId);
  const fields = fieldsOf(form);
  const reportedRows = rows.filter((row) => row.submissionId);
  const datas = reportedRows.map((row) => ({
    name: row.name,
    enterpriseId: row.enterpriseId,
    data: fromJson<Record<string, unknown>>(row.data),
  }));
  const build = (locale: Locale): BulletinData => ({
    formTitle: fromJson<LocalizedText>(form.title)[locale],
    date: round.localDate,
    deadlineAt: round.deadlineAt,
    expected: rows.length,
    onTime: rows.filter((row) => row.status === 'on_time').length,
    late: rows.filter((row) => row.status === 'late').length,
    missing: rows.filter((row) => row.status === 'missed' || row.status === 'expected').length,
    totals: fields.numbers.map((field) => ({
      field,
      label: fields.label(field, locale),
      value: datas.reduce((sum, report) => sum + (Number(report.data[field]) || 0), 0),
    })),
    reported: reportedRows.map((row) => ({
      name: row.name,
      submittedAt: row.submittedAt!,
      late: row.status === 'late',
      submissionId: row.submissionId!,
    })),
    lateList: reportedRows.filter((row) => row.status === 'late').map((row) => ({ name: row.name, submittedAt: row.submittedAt! })),
    missingList: rows.filter((row) => !row.submissionId).map((row) => ({ name: row.name })),
    notes: datas.flatMap((report) =>
      fields.notes
        .filter((field) => typeof report.data[field] === 'string' && String(report.data[field]).trim())
        .map((field) => ({
          name: report.name,
          field: fields.label(field, locale),
          text: String(report.data[field]),
          enterpriseId: report.enterpriseId,
          personal: fields.personal(field),
        })),
    ),
  });
  return { 'zh-CN': build('zh-CN'), en: build('en') };
}

/** Renders, stores (replacing an earlier rendering of the same round) and emails the bulletin; returns emails sent. */
export async function publishBulletin(
  deps: {
    db: Db;
    renderer: TemplateRenderer;
    send: (input: SendEmailInput) => Promise<unknown>;
    notifier?: Notifier;
    links?: { publicUrl: string };
    now: () => Date;
  },
  roundId: string,
): Promise<number> {
  const { db } = deps;
  const round = (await findRound(db, roundId))!;
  const params = round.params;
  const template = params.bulletinTemplate ?? 'collection-bulletin';
  const data = await bulletinData(db, roundId);
  const rendered: Record<string, unknown> = {};
  for (const locale of LOCALES) {
    const edited = await editedSource(db, template, locale);
    rendered[locale] = deps.renderer.render(template, locale, { ...data[locale] }, edited);
  }
  await saveBulletin(db, {
    roundId,
    formKey: round.formKey,
    localDate: round.localDate,
    data,
    rendered,
    createdAt: deps.now().toISOString(),
  });
  const recipients = await bulletinRecipients(db, params.bulletin?.to ?? ['admin', 'hq']);
  for (const user of recipients) {
    const locale: Locale = user.locale === 'en' ? 'en' : 'zh-CN';
    // Each recipient's copy carries only the notes the personal-data policy lets them read.
    const reader = readerOf(
      {
        id: user.id,
        role: user.role,
        enterpriseId: user.enterpriseId,
        projectId: user.projectId,
        workingGroupId: user.workingGroupId,
      },
      locale,
    );
    const { data: shown } = await bulletinForReader(db, data[locale], reader, 'email');
    await deps.send({ key: `collection/${roundId}/bulletin/${user.id}`, template, locale, to: user.email, data: { ...shown } });
  }
  await bulletinToRobots(deps, roundId, params.bulletin?.robots ?? [], data['zh-CN']);
  return recipients.length;
}

// A group chat has many readers: it gets the figures and the lists, and only the notes no policy keeps personal.
async function bulletinToRobots(
  deps: { notifier?: Notifier; links?: { publicUrl: string } },
  roundId: string,
  robots: string[],
  data: BulletinData,
): Promise<void> {
  if (!robots.length || !deps.notifier) return;
  const base = (deps.links?.publicUrl ?? '').replace(/\/+$/, '');
  await deps.notifier.sendNotice({
    purpose: 'collection-bulletin',
    key: `collection/${roundId}/bulletin`,
    recipients: robots.map((robotKey) => ({ channel: 'robot' as const, robotKey })),
    data: { ...data, reported: [], notes: data.notes.filter((note) => !note.personal) },
    links: { bulletin: `${base}/#/bulletins` },
  });
}
