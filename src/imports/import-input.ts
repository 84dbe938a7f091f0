import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateArticleDto } from '../articles/article.dto';
import { findUnsafeInput } from '../common/http/safe-input';
import { flattenValidationErrors } from '../common/problem/validation-errors';

/**
 * Turning what a newsroom hands in (a JSON Lines file, a folder of .txt files) into articles as
 * POST /api/articles takes them. A line that is not an article is refused with a reason naming the
 * field, never an error that stops the rest.
 */
export interface ImportLine {
  /** 1-based line number in the file, for the report. */
  position: number;
  text: string;
}

/** The non-blank lines of a JSON Lines text (a UTF-8 byte order mark and CRLF line ends tolerated). */
export function splitJsonLines(text: string): ImportLine[] {
  const lines: ImportLine[] = [];
  text.replace(/^\uFEFF/, '').split('\n').forEach((line, index) => {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() !== '') lines.push({ position: index + 1, text: trimmed });
  });
  return lines;
}

/** A plain-text article: the title on the first line, the body after it. */
export function articleFromText(content: string): { title: string; body: string } | { reason: string } {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const title = (newline < 0 ? text : text.slice(0, newline)).trim();
  const body = newline < 0 ? '' : text.slice(newline + 1).trim();
  if (!title) return { reason: 'the first line (the title) is empty' };
  if (!body) return { reason: 'there is no body after the title line' };
  return { title, body };
}

export type ParsedArticle = { article: CreateArticleDto } | { reason: string };

/** Checks one article as the API would (same DTO, same rules); the reason lists every invalid field. */
export async function checkArticle(value: unknown): Promise<ParsedArticle> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: 'not a JSON object with the article\'s fields' };
  const unsafe = findUnsafeInput(value);
  if (unsafe) return { reason: `${unsafe.path}: ${unsafe.reason === 'too-deep' ? 'nested too deeply' : unsafe.reason === 'nul' ? 'holds a NUL character' : 'holds half a UTF-16 character'}` };
  const article = plainToInstance(CreateArticleDto, value);
  const errors = flattenValidationErrors(await validate(article, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length) return { reason: errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  return { article };
}

/** One line of JSON Lines as an article, or why it is not one. */
export async function parseArticleLine(line: string): Promise<ParsedArticle> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { reason: `not valid JSON: ${(error as Error).message}` };
  }
  return checkArticle(value);
}
