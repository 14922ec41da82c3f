// The settings whose bad values used to pass loadConfig (core/config.ts) and crash later with a library's stack trace:
// the public address, the SMTP relay, the log level and the trusted proxies. Each is checked here, once, and a bad
// one is refused with a message that names the variable, says what it takes, and quotes what it got. The whole-number
// settings share one range check (integerSetting).
import { isIP } from 'node:net';

/** Raised when an environment variable cannot be used; the message says which and why. */
export class ConfigError extends Error {}

/** pino's level names, and `silent` for none. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** express's names for address ranges in `trust proxy`. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * PUBLIC_URL as an origin: http(s), a host, no path. The app is served at the root of its host (scripts, the API and
 * the service worker are asked for at absolute paths), so `https://host/fugong/` could not work; a trailing slash is
 * dropped, since links are made by appending `/#/…`. Unset, it is localhost on PORT, which only the embedded default
 * may use: elsewhere (`required`) every link in an email or a robot message would point at the reader's own machine.
 */
export function publicUrlFrom(raw: string | undefined, port: number, required = false): string {
  if (!raw && required)
    throw new ConfigError(
      'PUBLIC_URL must be set with NODE_ENV=production or TEMPORAL_ADDRESS: set it to the address people open, such as ' +
        'https://fugong.example.gov.cn (the web and worker processes make the links in emails and messages from it)',
    );
  // PORT=0 listens on a port the system picks: an address made from it (the banner's, every email link's) leads nowhere.
  if (!raw && port === 0)
    throw new ConfigError(
      'PORT=0 would serve on a port picked at random while the start banner and the links in emails said ' +
        'http://localhost:0: set PORT to a free port such as 3000 (or PUBLIC_URL to the address people open)',
    );
  if (!raw) return `http://localhost:${port}`;
  const url = parsed(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname)
    throw new ConfigError(
      `PUBLIC_URL must be the address people open, with its scheme, such as https://fugong.example.gov.cn, got "${raw}"`,
    );
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new ConfigError(`PUBLIC_URL must be scheme, host and port only (the app is served at the root of its host), got "${raw}"`);
  return url.origin;
}

/** SMTP_URL: an smtp:// or smtps:// URL with a host; undefined keeps mail in the outbox. Its password is never echoed. */
export function smtpUrlFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const url = parsed(raw);
  if (url && (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) return raw;
  const shown = raw.includes('@') ? `…${raw.slice(raw.lastIndexOf('@'))}` : raw;
  throw new ConfigError(`SMTP_URL must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587, got "${shown}"`);
}

const MAIL_FROM_DEFAULT = 'Fugong 复工 <noreply@fugong.local>';
// One address, bare or in angle brackets after a display name. Without one, nodemailer sent every email with an empty
// envelope sender (a bounce's) and no From address, which relays and mailboxes reject or file as spam, unseen here.
const MAIL_FROM_SHAPE = /^(?:[^<>@]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

/** MAIL_FROM: the sender the relay accepts, an address with or without a display name; Fugong's own by default. */
export function mailFromFrom(raw: string | undefined): string {
  if (!raw) return MAIL_FROM_DEFAULT;
  if (MAIL_FROM_SHAPE.test(raw.trim())) return raw.trim();
  throw new ConfigError(
    `MAIL_FROM must be an email address, alone or after a name in angle brackets, such as ${MAIL_FROM_DEFAULT}, ` + `got "${raw}"`,
  );
}

/** LOG_LEVEL: one of pino's levels. */
export function logLevelFrom(raw: string | undefined): string {
  if (!raw) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw;
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
}

/**
 * TRUST_PROXY: a hop count ("1"), or express's range names and addresses, comma-separated ("loopback, 10.0.0.0/8");
 * loopback by default, so a proxy on another host must be named or every client would share its address in the
 * per-address limits. Not `true`: it trusts any sender, so any client could choose the address those limits count.
 */
export function trustProxyFrom(raw: string | undefined): string | number {
  if (!raw) return 'loopback';
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^(true|false)$/i.test(raw))
    throw new ConfigError(
      'TRUST_PROXY takes a hop count (0 for none) or addresses, not true/false: true would let any client name its address',
    );
  const wrong = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => !PROXY_RANGES.includes(part) && !isAddressOrRange(part));
  if (wrong.length === 0) return raw;
  throw new ConfigError(
    `TRUST_PROXY must be a hop count, or loopback, linklocal, uniquelocal, IP addresses and CIDR ranges separated by commas (such as 10.0.0.0/8, 127.0.0.1); "${wrong.join('", "')}" is none of them`,
  );
}

/**
 * WEBHOOK_ALLOW_PRIVATE: `1` lets webhooks go to loopback and internal-network addresses (a receiver inside the city's
 * own network); unset or `0` refuses them, so an admin's URL cannot reach the servers beside Fugong.
 */
export function webhookAllowPrivateFrom(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new ConfigError(
    `WEBHOOK_ALLOW_PRIVATE must be 1 (webhooks may go to internal-network addresses) or 0 (refused, the default), got "${raw}"`,
  );
}

function isAddressOrRange(part: string): boolean {
  const [address = '', mask, ...rest] = part.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (mask === undefined) return true;
  if (/^\d{1,3}$/.test(mask)) return Number(mask) <= (family === 4 ? 32 : 128);
  // A dotted netmask (10.0.0.0/255.0.0.0), which express also takes for IPv4.
  return family === 4 && isIP(mask) === 4;
}

function parsed(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/** A port another program must find (Temporal's, its UI's, the metrics listener's): 0, a port picked at random, is none. */
export const FIXED_PORT: [number, number] = [1, 65535];

/** PORT, a whole number from 1 to 65535 as its message says. 0, a free port the system picks, is read too, and
 * publicUrlFrom refuses it unless PUBLIC_URL says the address people open (the tests' web processes run so): the message
 * said "between 0 and 65535", and a 0 chosen from it was then refused with a message of its own. */
export function webPortSetting(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT;
  if (raw === undefined || raw === '') return 3000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new ConfigError(
      `PORT must be a whole number between 1 and 65535 (or 0 for any free port, only with PUBLIC_URL set), got "${raw}"`,
    );
  return value;
}

/** A whole-number setting within [min, max] (a port's range unless given); one message names the setting and the range
 * it takes, so a wrong value is not answered first with a port's range and then, corrected into it, with another. */
export function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, [min, max] = [0, 65535]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}
