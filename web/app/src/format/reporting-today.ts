// "Today" as the daily reports count it: the date in Asia/Shanghai, whatever the browser's zone.

/** Today's date where the daily reports are due (Asia/Shanghai), as YYYY-MM-DD like the server's local dates. */
export function reportingToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai' }).format(now);
}
