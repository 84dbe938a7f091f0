import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { BrowserDesk, DeskRole, openBrowserDesk } from './support/browser-desk';

/**
 * The desk as the whole working surface, in Chromium at desk (1280×900) and phone (390×844) sizes:
 * the claims queue and its search, bulk actions, editing in the claim panel, the German interface,
 * keyboard use, and the phone's sheet; axe-core checks each page for serious or critical violations.
 */
jest.setTimeout(240_000);

const DESK = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Screenshots for the closing note (not committed). */
const NOTE_SHOTS = join(__dirname, '..', '..', 'screenshots-for-note');

describe('the desk as the whole working surface', () => {
  let desk: BrowserDesk;
  let t: TestApp;
  let base: string;
  let admin: string;
  let users: BrowserDesk['users'];
  let demo: BrowserDesk['demo'];
  const pageAs = (role: DeskRole, options: { viewport?: typeof DESK; locale?: string } = {}) => desk.pageAs(role, options);

  async function expectAccessible(page: Page, what: string): Promise<void> {
    const found = await seriousViolations(page);
    if (found.length) console.error(what, JSON.stringify(found, null, 2));
    expect(found).toEqual([]);
  }

  async function shot(page: Page, name: string): Promise<void> {
    const path = await screenshot(page, name);
    mkdirSync(NOTE_SHOTS, { recursive: true });
    copyFileSync(path, join(NOTE_SHOTS, `${name}.png`));
  }

  const api = (method: 'get' | 'post' | 'patch', path: string, token: string, body?: object) => {
    const call = t.http[method](path).set(bearer(token));
    return (body ? call.send(body) : call).then((response) => response.body);
  };
  const claimNow = (id: number) => api('get', `/api/claims/${id}`, admin);

  beforeAll(async () => {
    desk = await openBrowserDesk();
    ({ t, base, admin, users, demo } = desk);
  });

  afterAll(() => desk?.close());

  it('takes an editor from the dashboard\'s "Awaiting approval" into the queue, with the verdict there; the queue searches by words', async () => {
    let kirby = await claimNow(demo.kirby.id);
    kirby = await api('post', `/api/claims/${kirby.id}/review`, users.checker.token, { action: 'take', version: kirby.version });
    await api('post', `/api/claims/${kirby.id}/review`, users.checker.token, { action: 'verdict', version: kirby.version, verdict: 'inconclusive', rationale: 'Only the NSC says so.' });

    const editor = await pageAs('editor');
    await expectAccessible(editor, 'dashboard');
    await editor.getByRole('link', { name: /Awaiting approval/ }).click();
    await editor.waitForURL(/\/claims\?awaitingApproval=true/);
    const rows = editor.locator('table.list tbody tr');
    expect(await rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain(kirby.text);
    await expect(rows.first().textContent()).resolves.toContain('awaiting approval');
    await expectAccessible(editor, 'queue (awaiting approval)');

    // Full-text search: words in any form, accents folded.
    await editor.goto(`${base}/claims`);
    await editor.getByLabel('Search words').fill('Soldaten Russland');
    await editor.getByRole('button', { name: 'Search' }).click();
    await editor.waitForURL(/q=Soldaten\+Russland/);
    await expect(editor.locator('table.list tbody').textContent()).resolves.toContain(demo.nis.quote.exact.includes('3000') ? '3000' : '');
    const found = await editor.locator('table.list tbody tr a[href*="#claim-"]').evaluateAll((links) => links.map((a) => (a as any).getAttribute('href') as string));
    expect(found).toContain(`/articles/${demo.articleId}#claim-${demo.nis.id}`);
    await editor.getByLabel('Search words').fill('Sudkorea');
    await editor.getByRole('button', { name: 'Search' }).click();
    await editor.waitForURL(/q=Sudkorea/);
    expect(await editor.locator('table.list tbody tr').count()).toBeGreaterThan(0);
    await expect(editor.locator('table.list tbody').textContent()).resolves.toMatch(/Südkorea|südkorea/);
    await expectAccessible(editor, 'queue (search)');

    await editor.goto(`${base}/claims?sort=article`);
    await shot(editor, 'queue');
  });

  it('applies a bulk action claim by claim and says what changed and what was refused, and why', async () => {
    const checker = await pageAs('checker');
    await checker.goto(`${base}/claims?articleId=${demo.articleId}&status=unverified&sort=oldest`);
    const boxes = checker.locator('input[name="claim"]');
    const [first, second] = [boxes.nth(0), boxes.nth(1)];
    const [firstId, secondId] = [Number(await first.getAttribute('value')), Number(await second.getAttribute('value'))];
    await first.check();
    await second.check();
    await expect(checker.locator('#selected-count').textContent()).resolves.toContain('2 selected');
    // Meanwhile someone else changes the second claim: its version on screen is stale.
    const stale = await claimNow(secondId);
    await api('post', `/api/claims/${secondId}/review`, users.editor.token, { action: 'reassign', version: stale.version, assigneeId: users.editor.id });

    await checker.getByLabel('Action').selectOption('tag');
    await checker.locator('#bulk-tag').fill('Ukraine-Krieg');
    await checker.getByRole('button', { name: 'Apply' }).click();
    const result = checker.locator('#bulk-result');
    await result.locator('p', { hasText: '1 changed.' }).waitFor();
    await expect(result.textContent()).resolves.toContain('1 refused:');
    await expect(result.textContent()).resolves.toContain('was changed by someone else');
    expect((await claimNow(firstId)).tags).toEqual(['Ukraine-Krieg']);
    expect((await claimNow(secondId)).tags).toEqual([]);
    await expectAccessible(checker, 'queue after a bulk action');
    // The tag is a filter of the queue now.
    await checker.goto(`${base}/claims?tag=ukraine krieg`);
    expect(await checker.locator('table.list tbody tr').count()).toBe(1);
  });

  it('does the whole job in the claim panel: attribute by alias, create a source, correct, tag, discuss, withdraw; errors next to their action', async () => {
    const claim = (await api('get', `/api/claims?articleId=${demo.articleId}&status=unverified&assigneeId=nobody&sort=oldest&limit=1`, admin)).items[0];
    const checker = await pageAs('checker');
    await checker.goto(`${base}/articles/${demo.articleId}#claim-${claim.id}`);
    const panel = checker.locator('#claim-view');
    await panel.locator('#claim-title').waitFor();

    // Attribute to a source found by an alias.
    await panel.locator('#attr-source').fill('südkoreanischer Geheimdienst');
    await panel.locator('#attr-role').selectOption('speaker');
    const byAlias = (await api('get', `/api/sources?q=${encodeURIComponent('südkoreanischer Geheimdienst')}&limit=1`, admin)).items[0];
    await panel.getByRole('button', { name: 'Attribute', exact: true }).click();
    await panel.locator(`ul li a[href="/sources/${byAlias.id}"]`).first().waitFor();

    // A source the desk does not know: created inline and attributed as relay.
    await panel.locator('summary', { hasText: 'Not in the list?' }).click();
    await panel.locator('#ns-name').fill('Reuters');
    await panel.locator('#ns-type').selectOption('news_agency');
    await panel.locator('#ns-country').fill('gb');
    await panel.locator('#ns-role').selectOption('relay');
    await panel.getByRole('button', { name: 'Create and attribute' }).click();
    await panel.locator('ul li', { hasText: 'Reuters' }).first().waitFor();
    const attributed = await claimNow(claim.id);
    expect(attributed.attributions.map((a: { source: { name: string }; role: string }) => `${a.source.name}/${a.role}`)).toEqual(expect.arrayContaining([`${byAlias.name}/speaker`, 'Reuters/relay']));

    // Correct the wording and kind.
    await panel.getByLabel('Wording').fill('Seoul: 3000 North Korean soldiers are in Russia');
    await panel.locator('#edit-kind').selectOption('statistic');
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await panel.locator('#claim-title', { hasText: 'Seoul: 3000 North Korean soldiers' }).waitFor();
    expect(await claimNow(claim.id)).toMatchObject({ text: 'Seoul: 3000 North Korean soldiers are in Russia', kind: 'statistic' });

    // Tag it, and discuss it with a mention.
    await panel.getByLabel('New tag').fill('Nordkorea');
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await panel.locator('.tags a', { hasText: 'Nordkorea' }).waitFor();
    await panel.getByLabel('Write a note').fill('Zahl mit Reuters abgleichen, @editor-desk');
    await panel.getByRole('button', { name: 'Post note' }).click();
    await panel.locator('.notes li', { hasText: 'Zahl mit Reuters abgleichen' }).waitFor();
    const notes = (await api('get', `/api/claims/${claim.id}/notes`, admin)).items;
    expect(notes[0].mentions).toEqual([{ id: users.editor.id, displayName: 'editor-desk' }]);

    // A refused verdict shows its reason beside the verdict form, not elsewhere.
    await panel.getByRole('button', { name: 'Take this claim' }).click();
    await panel.getByLabel('Rationale').waitFor();
    await panel.getByLabel('Verdict', { exact: true }).selectOption('corroborated');
    await panel.getByLabel('Rationale').fill('Reuters confirms.');
    await panel.getByRole('button', { name: 'Give verdict' }).click();
    const verdictError = panel.locator('#verdict-form #verdict-form-error');
    await verdictError.waitFor();
    await expect(verdictError.textContent()).resolves.toMatch(/independent/);
    await checker.setViewportSize({ width: 1280, height: 1400 });
    await expectAccessible(checker, 'claim panel with its forms');
    await shot(checker, 'claim-panel');

    // A link to another claim of the article opens it in the panel.
    const related = panel.locator('a[data-claim-link]').first();
    if (await related.count()) {
      const otherId = Number(await related.getAttribute('data-claim-link'));
      await related.click();
      await checker.waitForFunction((id) => (globalThis as any).location.hash === `#claim-${id}`, otherId);
      await checker.goto(`${base}/articles/${demo.articleId}#claim-${claim.id}`);
      await panel.locator('#claim-title', { hasText: 'Seoul: 3000 North Korean soldiers' }).waitFor();
    }

    // Withdraw it: it leaves the article's claims; an editor restores it from the queue's withdrawn list.
    await panel.getByLabel('Reason').last().fill('Doppelt erkannt');
    await panel.getByRole('button', { name: 'Withdraw claim' }).click();
    await panel.locator('.badge', { hasText: 'withdrawn' }).waitFor();
    expect((await claimNow(claim.id)).withdrawn).toBe(true);
    const editor = await pageAs('editor');
    await editor.goto(`${base}/claims?withdrawn=true`);
    await editor.locator('table.list tbody tr a', { hasText: 'Seoul: 3000 North Korean soldiers' }).click();
    const editorPanel = editor.locator('#claim-view');
    await editorPanel.locator('.notice-inline', { hasText: 'Doppelt erkannt' }).waitFor();
    await editorPanel.getByRole('button', { name: 'Restore claim' }).click();
    await editorPanel.locator('#restore-form').waitFor({ state: 'detached' });
    expect((await claimNow(claim.id)).withdrawn).toBe(false);
  });

  it('speaks German to a German newsroom: by the user\'s setting, or the browser\'s language; statuses as words', async () => {
    const editor = await pageAs('editor');
    await editor.goto(`${base}/settings`);
    await editor.getByLabel('Language').selectOption('de');
    await editor.getByLabel('Time zone').selectOption('Europe/Berlin');
    await editor.getByRole('button', { name: 'Save settings' }).click();
    await editor.getByRole('heading', { name: 'Ihre Einstellungen' }).waitFor();
    await editor.goto(`${base}/`);
    await editor.getByRole('heading', { name: 'Übersicht des Desks' }).waitFor();
    await expect(editor.locator('#counts').textContent()).resolves.toContain('in Prüfung');
    await editor.locator('#live-state', { hasText: 'an' }).waitFor();
    await expectAccessible(editor, 'German dashboard');
    await editor.goto(`${base}/claims?status=in_review`);
    await expect(editor.locator('table.list tbody').textContent()).resolves.toContain('in Prüfung');
    await expect(editor.locator('table.list tbody').textContent()).resolves.not.toContain('in_review');
    await editor.goto(`${base}/articles/${demo.articleId}#claim-${demo.nis.id}`);
    const panel = editor.locator('#claim-view');
    await panel.locator('h3', { hasText: 'Verlauf' }).waitFor();
    await expect(panel.locator('.history').textContent()).resolves.toContain('hat angelegt');
    // Times in the user's zone, date and time from the same zone.
    const created = await panel.locator('.history time').first().getAttribute('datetime');
    const shown = await panel.locator('.history time').first().textContent();
    const expected = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(created!));
    expect(shown).toBe(expected);
    await expectAccessible(editor, 'German article page with the panel');

    // A user without a setting gets the browser's language.
    const viewerContext = await desk.newContext({ viewport: DESK, locale: 'de-DE' });
    const viewer = await viewerContext.newPage();
    await viewer.goto(`${base}/login`);
    await viewer.getByRole('heading', { name: 'Am Desk anmelden' }).waitFor();
    await viewer.getByLabel('E-Mail').fill(users.viewer.email);
    await viewer.getByLabel('Passwort').fill(users.viewer.password);
    await viewer.getByRole('button', { name: 'Anmelden' }).click();
    await viewer.waitForURL(`${base}/`);
    await viewer.getByRole('link', { name: 'Behauptungen', exact: true }).waitFor();
    await expectAccessible(viewer, 'German login and dashboard');
  });

  it('works by keyboard: Tab to a highlight, Enter opens it, Escape closes it and focus returns; a claim from typed words', async () => {
    const article = await api('post', '/api/articles', admin, { title: 'Tastatur', body: 'Seoul meldet 3000 Soldaten in Russland. Moskau dementiert.', language: 'de', extract: false });
    const first = await api('post', '/api/claims', admin, { articleId: article.id, start: 0, end: 38 });
    const checker = await pageAs('checker');
    await checker.goto(`${base}/articles/${article.id}`);
    await checker.locator('#new-claim').focus();
    let onMark = false;
    for (let i = 0; i < 12 && !onMark; i++) {
      await checker.keyboard.press('Tab');
      onMark = await checker.evaluate(() => (globalThis as any).document.activeElement?.matches('mark[data-starts]') ?? false);
    }
    expect(onMark).toBe(true);
    // Who the claim is attributed to is said without hovering: in the highlight's name and under the claim in the list.
    const description = await checker.evaluate(() => {
      const d = (globalThis as any).document;
      return d.getElementById(d.activeElement.getAttribute('aria-describedby'))?.textContent ?? '';
    });
    expect(description).toContain('No source attributed');
    await checker.keyboard.press('Enter');
    await checker.locator('#claim-title').waitFor();
    expect(await checker.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('claim-title');
    expect(await checker.locator('#claim-view').getAttribute('aria-live')).toBeNull();
    await checker.keyboard.press('Escape');
    await checker.locator('#claim-list-view').waitFor({ state: 'visible' });
    expect(await checker.evaluate(() => (globalThis as any).document.activeElement.getAttribute('data-starts'))).toBe(String(first.id));

    // A new claim without a mouse: n, type the words, Find, kind, Create.
    await checker.keyboard.press('n');
    await checker.locator('#new-claim-title').waitFor();
    await checker.getByLabel('Words of the article').fill('Moskau dementiert');
    await checker.getByRole('button', { name: 'Find' }).click();
    await expect(checker.locator('#nc-words').textContent()).resolves.toBe('Moskau dementiert');
    await checker.locator('#nc-kind').selectOption('event');
    await expectAccessible(checker, 'new-claim form');
    await checker.getByRole('button', { name: 'Create claim' }).click();
    await checker.locator('#claim-view #claim-title').waitFor();
    await checker.locator('#claim-view blockquote', { hasText: 'Moskau dementiert' }).waitFor();
    const created = (await api('get', `/api/claims?articleId=${article.id}&kind=event`, admin)).items;
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ quote: { exact: 'Moskau dementiert', start: 40 }, kind: 'event' });
  });

  it('fits a phone: the claim panel opens as a sheet over the tapped words, and lists fit the screen', async () => {
    const phone = await pageAs('checker', { viewport: PHONE });
    expect(await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone, 'dashboard on a phone');
    await phone.goto(`${base}/articles/${demo.articleId}`);
    const mark = phone.locator(`mark[data-starts~="${demo.kirby.id}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const sheet = phone.locator('#panel.open');
    await sheet.locator('#claim-title').waitFor();
    const box = (await sheet.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    await expect(phone.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.getElementById('panel')).position)).resolves.toBe('fixed');
    await expectAccessible(phone, 'claim sheet on a phone');
    await phone.screenshot({ path: join(NOTE_SHOTS, 'phone-panel.png') });
    await phone.keyboard.press('Escape');
    await phone.locator('#panel.open').waitFor({ state: 'detached' });

    await phone.goto(`${base}/claims`);
    expect(await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone, 'queue on a phone');
    await phone.screenshot({ path: join(NOTE_SHOTS, 'phone-queue.png') });
    for (const path of ['/articles', '/sources', '/settings', `/sources/${demo.kirbySourceId}`]) {
      await phone.goto(`${base}${path}`);
      expect(await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    }
  });
});
