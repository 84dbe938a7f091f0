import { chooseLanguage, formatTime, messagesFor } from '../../../src/web/i18n';
import { DE } from '../../../src/web/i18n/messages.de';
import { EN } from '../../../src/web/i18n/messages.en';

describe('the desk\'s languages', () => {
  it('follows the user\'s setting, else the browser\'s Accept-Language, else English', () => {
    expect(chooseLanguage('de', 'en-US,en;q=0.9')).toBe('de');
    expect(chooseLanguage(null, 'de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(chooseLanguage(null, 'fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4')).toBe('en');
    expect(chooseLanguage(null, 'fr,de;q=0.7,en;q=0.3')).toBe('de');
    expect(chooseLanguage(null, 'de;q=0')).toBe('en');
    expect(chooseLanguage(undefined, undefined)).toBe('en');
  });

  it('has every script message in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(DE.client).sort()).toEqual(Object.keys(EN.client).sort());
    for (const key of Object.keys(EN.client) as (keyof typeof EN.client)[]) expect([key, placeholders(DE.client[key])]).toEqual([key, placeholders(EN.client[key])]);
  });

  it('shows statuses as words, German ones as a German newsroom writes them', () => {
    expect(messagesFor('de').words.status.in_review).toBe('in Prüfung');
    expect(messagesFor('en').words.status.in_review).toBe('In review');
    expect(messagesFor('de').words.action.withdrawn).toBe('hat zurückgezogen:');
  });

  it('puts date and time in one zone: 23:30 UTC is the next morning in Seoul, date included', () => {
    const late = '2024-10-24T23:30:00.000Z';
    expect(formatTime(late, EN, 'Asia/Seoul')).toBe('25 Oct 2024, 08:30');
    expect(formatTime(late, DE, 'Europe/Berlin')).toBe('25.10.2024, 01:30');
    expect(formatTime(late, EN, null)).toBe('24 Oct 2024, 23:30 UTC');
  });
});
