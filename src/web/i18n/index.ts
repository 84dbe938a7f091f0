import type { UserLanguage } from '../../common/vocabulary';
import { DE } from './messages.de';
import { EN, Messages } from './messages.en';

export type { Messages };

const CATALOGS: Record<UserLanguage, Messages> = { en: EN, de: DE };

export function messagesFor(language: UserLanguage): Messages {
  return CATALOGS[language];
}

/**
 * The desk's language for a reader: their own setting, else the first of German or English their
 * browser asks for (Accept-Language, by q-value), else English.
 */
export function chooseLanguage(setting: UserLanguage | null | undefined, acceptLanguage: string | undefined): UserLanguage {
  if (setting) return setting;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { base: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((entry) => entry.base === 'de' || entry.base === 'en')?.base as UserLanguage | undefined) ?? 'en';
}

/**
 * A time as the reader reads it: date and time in one zone (theirs, or UTC until their browser's is
 * known), so a claim at 23:30 UTC never shows as the next day's date with the day before's time.
 */
export function formatTime(iso: string, messages: Messages, timeZone: string | null, withTime = true): string {
  const text = new Intl.DateTimeFormat(messages.locale, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: timeZone ?? 'UTC' }).format(new Date(iso));
  return timeZone || !withTime ? text : `${text} UTC`;
}
