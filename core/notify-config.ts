// The providers messages go out through besides SMTP: the group robots' send endpoints and the SMS provider, read once
// by loadConfig (core/config.ts). Unset, their messages stay in the outbox and no provider is called.
import { ConfigError, integerSetting } from './config-values';

/** SMS_PROVIDER (aliyun), SMS_PROVIDER_URL, SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME, SMS_TEMPLATE_CODE, SMS_PER_MINUTE. */
export interface SmsConfig {
  provider: 'aliyun';
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  /** Messages the whole channel may send per minute (the account's flow control); more wait their turn. */
  perMinute: number;
}

const SMS_SETTINGS = ['SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET', 'SMS_SIGN_NAME', 'SMS_TEMPLATE_CODE'] as const;

/** The SMS provider's settings, or undefined when SMS_PROVIDER_URL is unset (and no other SMS setting is). */
export function smsFrom(env: NodeJS.ProcessEnv): SmsConfig | undefined {
  if (!env.SMS_PROVIDER_URL) {
    const stray = SMS_SETTINGS.filter((name) => env[name]);
    if (stray.length) throw new ConfigError(`${stray.join(', ')} set without SMS_PROVIDER_URL: set it too, or unset them`);
    return undefined;
  }
  const provider = env.SMS_PROVIDER || 'aliyun';
  if (provider !== 'aliyun') throw new ConfigError(`SMS_PROVIDER must be aliyun (the one adapter shipped), got "${provider}"`);
  const url = robotUrlFrom(env, 'SMS_PROVIDER_URL')!;
  const missing = SMS_SETTINGS.filter((name) => !env[name]);
  if (missing.length) throw new ConfigError(`SMS_PROVIDER_URL is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not`);
  const perMinute = integerSetting(env, 'SMS_PER_MINUTE', 60, [1, 65535]);
  return {
    provider,
    url,
    accessKeyId: env.SMS_ACCESS_KEY_ID!,
    accessKeySecret: env.SMS_ACCESS_KEY_SECRET!,
    signName: env.SMS_SIGN_NAME!,
    templateCode: env.SMS_TEMPLATE_CODE!,
    perMinute,
  };
}

/** A provider's send URL (WECOM_ROBOT_URL, DINGTALK_ROBOT_URL, SMS_PROVIDER_URL): http(s), no query. */
export function robotUrlFrom(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.search) return url.toString();
  } catch {
    // falls through to the message below
  }
  throw new ConfigError(`${name} must be the provider's send URL without a query, such as https://host/path, got "${raw}"`);
}
