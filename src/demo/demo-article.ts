import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreateArticleDto } from '../articles/article.dto';
import { findUpwards } from '../common/files/find-upwards';

/**
 * The demo article: ntv.de, 24 October 2024, "Alle Optionen auf dem Tisch" — wire copy (AFP/dpa/AP)
 * on South Korean intelligence reporting 3000 North Korean soldiers in Russia. The repository keeps
 * a verbatim copy in fixtures/ (origin: ../shared/seed/ of the Claimtrack project, see fixtures/README.md)
 * so that the service runs without the shared folder.
 */
export const DEMO_ARTICLE_FILE = 'ntv-2024-10-24-nordkorea-soldaten-russland.txt';

export function findFixture(name: string, from = __dirname): string {
  return findUpwards(join('fixtures', name), from);
}

/** ntv.de dates read "24.10.2024, 14:17 Uhr", German local time. */
function parseGermanDate(line: string): string | undefined {
  const match = /(\d{2})\.(\d{2})\.(\d{4}),\s*(\d{2}):(\d{2})/.exec(line);
  if (!match) return undefined;
  const [, day, month, year, hour, minute] = match;
  // Central European Summer Time runs from the last Sunday of March to the last Sunday of October.
  const summer = Number(month) > 3 && Number(month) < 10 || (Number(month) === 10 && Number(day) < 27) || (Number(month) === 3 && Number(day) >= 31);
  return `${year}-${month}-${day}T${hour}:${minute}:00${summer ? '+02:00' : '+01:00'}`;
}

/**
 * Turns the page as copied from ntv.de into an article: line 1 is the headline, line 2 the date,
 * the last line the credit (`Quelle: ntv.de, gut/AFP/dpa/AP`: outlet, author's short sign, wire agencies).
 */
export function parseNtvArticle(text: string): CreateArticleDto {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = lines[0].trim();
  const creditIndex = lines.findIndex((line) => line.startsWith('Quelle:'));
  const credit = creditIndex >= 0 ? lines[creditIndex].slice('Quelle:'.length).trim() : '';
  const [outlet, signature = ''] = credit.split(',').map((part) => part.trim());
  const [author, ...agencies] = signature.split('/').map((part) => part.trim()).filter(Boolean);
  const body = lines.slice(2, creditIndex >= 0 ? creditIndex : undefined).join('\n').trim();
  return {
    title,
    body,
    language: 'de',
    outlet: outlet || 'ntv.de',
    publishedAt: parseGermanDate(lines[1]),
    byline: author ? `${author} (${outlet || 'ntv.de'})` : undefined,
    wireAgencies: agencies,
  };
}

export function loadDemoArticle(): CreateArticleDto {
  return parseNtvArticle(readFileSync(findFixture(DEMO_ARTICLE_FILE), 'utf8'));
}
