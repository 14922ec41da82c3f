// Under the register's check-ins due: when people in quarantine are measured (the gate check's own check-in times, 004
// "twice daily", DESIGN P5 08:00 and 16:00 by default), told apart from the site's disinfection and temperature rounds,
// a separate monitoring process with times of its own (08:00 and 18:00 by default: people entering and leaving).
import { useI18n } from '../../i18n/use-i18n';

/** The quarantine check-in times, and where the site rounds are recorded instead. */
export function CheckInPlan({ times }: { times: readonly string[] }) {
  const { t, locale } = useI18n();
  if (times.length === 0) return null;
  return (
    <p className="hint">
      {t('register.checkInPlan', { times: times.join(locale === 'en' ? ', ' : '、'), monitoring: t('nav.monitoring') })}
    </p>
  );
}
