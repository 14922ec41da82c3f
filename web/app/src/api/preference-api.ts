// The signed-in person's notification preferences (GET/PUT /api/me/notification-preferences).
import { apiRequest } from './api-request';
import { unsafeRequest as unsafe } from './unsafe-request';

/** One channel for one kind of notice: on or off, fixed by the role or not, and the role's default. */
export interface PreferenceChoice {
  purposeClass: string;
  channel: string;
  enabled: boolean;
  locked: boolean;
  byDefault: boolean;
}

/** Quiet hours of one channel (null: none). */
export interface ChannelQuietHours {
  channel: string;
  hours: { start: string; end: string } | null;
  byDefault: { start: string; end: string } | null;
}

/** A person's effective preferences. */
export interface NotificationPreferences {
  userId: number;
  choices: PreferenceChoice[];
  quietHours: ChannelQuietHours[];
}

/** Typed calls to the preference routes. */
export const preferenceApi = {
  mine(signal?: AbortSignal): Promise<{ preferences: NotificationPreferences }> {
    return apiRequest('/api/me/notification-preferences', { signal });
  },
  save(body: {
    choices: { purposeClass: string; channel: string; enabled: boolean }[];
    quietHours: { channel: string; hours: { start: string; end: string } | null }[];
  }): Promise<{ preferences: NotificationPreferences }> {
    return unsafe('/api/me/notification-preferences', { method: 'PUT', body });
  },
};
