// A date-and-time field read in the server's zone, whatever the device's (format/zoned-input-value.ts): it says which
// zone when the two differ, and a midnight as the end of the day before, the way deadlines are printed.
import type { Locale } from '#core/domain/locale';
import { formatDeadline } from '../format/format-date-time';
import { isZonedMidnight } from '../format/server-time-zone';
import { instantOfZonedInput, zoneToName } from '../format/zoned-input-value';
import type { I18n } from '../i18n/i18n-context';
import { useI18n } from '../i18n/use-i18n';
import { TextField } from './text-field';
import './zoned-date-time-field.css';

/** Props of ZonedDateTimeField. */
export interface ZonedDateTimeFieldProps {
  label: string;
  /** `YYYY-MM-DDTHH:mm` in the server's zone (zonedInputValue of an instant), or ''. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string;
}

/** How people call `timeZone` in `locale`: Beijing time for China's, else the zone's generic name ("北美东部时间"). */
export function zoneCalled(timeZone: string, locale: Locale, t: I18n['t']): string {
  if (timeZone === 'Asia/Shanghai') return t('zonedTime.beijing');
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    // Browsers before generic zone names (Safari 15.3 and older) refuse the option: the zone's own name still says it.
    return timeZone;
  }
}

/** A datetime-local input whose value is a wall time in the server's zone. */
export function ZonedDateTimeField({ label, value, onChange, required, error }: ZonedDateTimeFieldProps) {
  const { t, locale } = useI18n();
  const zone = zoneToName();
  const instant = instantOfZonedInput(value);
  return (
    <div className="zoned-time-field">
      <TextField
        label={zone ? t('zonedTime.label', { label, zone: zoneCalled(zone, locale, t) }) : label}
        hint={
          instant && isZonedMidnight(new Date(instant)) ? t('zonedTime.midnight', { deadline: formatDeadline(instant, locale) }) : undefined
        }
        type="datetime-local"
        value={value}
        onChange={onChange}
        required={required}
        error={error}
      />
    </div>
  );
}
