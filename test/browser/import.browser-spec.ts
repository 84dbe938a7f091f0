import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { launchChromium, screenshot, signIn } from './support/browser';

jest.setTimeout(180_000);

const BODY = 'Nach Angaben des südkoreanischen Geheimdienstes halten sich bereits 3000 nordkoreanische Soldaten in Russland auf. Moskau bestreitet das, sagte ein Sprecher des Kreml am Freitag. 🇰🇷 Die Nato sprach von Beweisen.';

describe('importing an article in the desk', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await t.userWithRole('editor', 'editor-import');
    await t.userWithRole('checker', 'checker-import');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('previews the claims highlighted without saving, imports, and names the duplicate on a second try', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await signIn(page, base, 'editor-import@desk.test', 'editor-import-password');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.waitForURL(`${base}/import`);
    await page.getByLabel('Title').fill('Seoul meldet Soldaten');
    await page.getByLabel('Body (paste the plain text)').fill(BODY);
    await page.locator('#imp-detected', { hasText: 'detected: de' }).waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#preview-claims li').first().waitFor();
    // The highlighted text is exactly the body (code points, emoji included), with the claims marked.
    expect(await page.locator('#preview-body').textContent()).toBe(BODY);
    expect(await page.locator('#preview-body mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#preview-body mark').first().textContent()).toContain('3000');
    expect(await t.db.count('articles')).toBe(0);
    await screenshot(page, 'import-preview');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#imp-result a').waitFor();
    expect(await t.db.count('articles')).toBe(1);
    const [{ id }] = await t.db.query<{ id: number }>('SELECT id FROM articles');
    expect(await page.locator('#imp-result a').getAttribute('href')).toBe(`/articles/${id}`);

    await page.getByRole('button', { name: 'Preview' }).click();
    await page.locator('#imp-result .conflict').waitFor();
    expect(await page.locator('#imp-result .conflict a').getAttribute('href')).toBe(`/articles/${id}`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('#imp-problem a').waitFor();
    expect(await page.locator('#imp-problem').textContent()).toContain(`article ${id}`);
    expect(await t.db.count('articles')).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not offered to a checker, and refused if opened', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, 'checker-import@desk.test', 'checker-import-password');
    expect(await page.getByRole('link', { name: 'Import', exact: true }).count()).toBe(0);
    const response = await page.goto(`${base}/import`);
    expect(response?.status()).toBe(403);
    await context.close();
  });

  it('speaks German on the import page and in the inbox, where a note\'s @mention arrives', async () => {
    const german = await t.userWithRole('checker', 'Grete');
    await t.http.patch('/api/users/me').set(bearer(german.token)).send({ language: 'de' }).expect(200);
    const editor = await t.userWithRole('editor', 'Hanna');
    const article = (await t.http.post('/api/articles').set(bearer(editor.token)).send({ title: 'Erwähnung', body: BODY.replace('3000', '4000'), language: 'de' }).expect(201)).body;
    const claim = (await t.http.get(`/api/claims?articleId=${article.id}`).set(bearer(editor.token)).expect(200)).body.items[0];
    await t.http.post(`/api/claims/${claim.id}/notes`).set(bearer(editor.token)).send({ body: 'Bitte prüfen, @Grete.' }).expect(201);

    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await signIn(page, base, german.email, 'Grete-password');
    // The unread badge in the navigation counts the mention, in German.
    const badge = page.locator('[data-inbox-count]');
    await badge.waitFor();
    expect(await badge.getAttribute('aria-label')).toBe('1 ungelesen');
    await page.getByRole('link', { name: /Posteingang/ }).click();
    await page.getByRole('heading', { name: 'Posteingang' }).waitFor();
    const item = page.locator('#inbox-list li').first();
    await item.getByRole('button', { name: 'Als gelesen markieren' }).waitFor();
    await expect(item.textContent()).resolves.toContain('Sie wurden in einer Notiz erwähnt');
    await expect(item.textContent()).resolves.toContain('Bitte prüfen, @Grete.');
    expect(await item.locator('a').getAttribute('href')).toBe(`/claims/${claim.id}`);
    await item.getByRole('button', { name: 'Als gelesen markieren' }).click();
    await item.getByRole('button').waitFor({ state: 'detached' });
    expect(await t.db.query('SELECT read_at FROM notifications WHERE user_id = ? AND read_at IS NULL', [german.id])).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
