// The working-day calendar: everyone reads it (deadlines depend on it); admins mark public holidays and make-up
// working days (调休). Edits change deadlines computed from then on; running rungs keep the deadline they were given.
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { requireRole, requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { calendarDayPage, deleteCalendarDay, findCalendarMark, setCalendarDay } from '#core/stores/calendar-day-store';
import { pageQuery } from '../paging';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';

const DAY = { 'zh-CN': '日历日期', en: 'Calendar date' };

/** The year the list covers (this year when not given), the kind of day, and the page. */
const CALENDAR_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    year: { type: 'string', pattern: '^\\d{4}$', title: 'The year (YYYY)' },
    kind: { type: 'string', enum: ['holiday', 'workday'], title: 'Public holidays, or make-up working days' },
  },
  additionalProperties: false,
};
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function validDate(text: string): string {
  const valid = DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
  if (!valid)
    throw new AppError(422, 'invalid_date', { 'zh-CN': '日期格式应为 YYYY-MM-DD 且真实存在', en: 'Dates are YYYY-MM-DD and must exist' }, [
      { path: '/date', message: text },
    ]);
  return text;
}

/** Routes under /api/calendar. */
export function calendarRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/calendar',
    accepts({ summary: 'A page of the holidays and make-up workdays of a year, in date order', query: CALENDAR_QUERY }),
    async (req, res) => {
      requireUser(req);
      const filter = queryOf<{ year?: string; kind?: string; limit?: number; offset?: number }>(req);
      const year = filter.year ?? new Date().toISOString().slice(0, 4);
      const { rows, page } = await calendarDayPage(db, year, filter.kind, pageQuery(filter));
      res.json({ year: Number(year), days: rows, page });
    },
  );

  router.put(
    '/api/calendar/:date',
    accepts({
      summary: 'Mark a date as a holiday or a workday',
      body: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: ['holiday', 'workday'] }, name: { type: 'string', maxLength: 100 } },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const date = validDate(String(req.params.date));
      const body = bodyOf<{ kind: 'holiday' | 'workday'; name?: string }>(req);
      const before = await findCalendarMark(db, date);
      const row = { date, kind: body.kind, name: body.name?.trim() ?? '' };
      await setCalendarDay(db, row, req.user!.id, new Date().toISOString());
      await auditRequest(
        db,
        req,
        'calendar.set',
        { type: 'calendar_day', id: date },
        { before: before ?? null, after: { kind: row.kind, name: row.name } },
      );
      res.json({ day: { date, kind: row.kind, name: row.name } });
    },
  );

  router.delete('/api/calendar/:date', async (req, res) => {
    requireRole(req, ['admin']);
    const date = validDate(String(req.params.date));
    const before = await findCalendarMark(db, date);
    if (!before) throw notFound(DAY);
    await deleteCalendarDay(db, date);
    await auditRequest(db, req, 'calendar.clear', { type: 'calendar_day', id: date }, { before });
    res.status(204).end();
  });

  return router;
}
