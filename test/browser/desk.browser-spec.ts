import type { Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { screenshot } from './support/browser';
import { BrowserDesk, DeskRole, openBrowserDesk } from './support/browser-desk';

/**
 * The newsroom desk in a real browser against the real app on a fresh database: the review of the
 * NIS's "3000 soldiers" from take to approval, live dashboard counts, roles, and a manual claim.
 */
jest.setTimeout(180_000);

describe('the web desk in Chromium', () => {
  let desk: BrowserDesk;
  let t: TestApp;
  let base: string;
  let admin: string;
  let users: BrowserDesk['users'];
  let demo: BrowserDesk['demo'];
  const pageAs = (role: DeskRole) => desk.pageAs(role);

  const count = (page: Page, status: string) => page.locator(`[data-count="${status}"]`).textContent().then(Number);
  /** Waits, without reloading, until the dashboard shows `n` for a status. */
  const countBecomes = (page: Page, status: string, n: number) =>
    page.waitForFunction(([s, value]) => (globalThis as any).document.querySelector(`[data-count="${s}"]`)?.textContent === String(value), [status, n] as const);

  beforeAll(async () => {
    desk = await openBrowserDesk();
    ({ t, base, admin, users, demo } = desk);
  });

  afterAll(() => desk?.close());

  it('a checker takes the NIS claim, adds Kirby as support and corroborates it; an editor approves; the dashboard follows live', async () => {
    const dashboard = await pageAs('editor');
    await dashboard.locator('#live-state', { hasText: 'on' }).waitFor();
    const before = { corroborated: await count(dashboard, 'corroborated'), inReview: await count(dashboard, 'in_review') };

    const checker = await pageAs('checker');
    await checker.getByRole('link', { name: 'Articles' }).click();
    await checker.getByRole('link', { name: /Alle Optionen auf dem Tisch/ }).click();
    await checker.waitForURL(`${base}/articles/${demo.articleId}`);
    // The body's text is exactly the article's: highlights add no characters.
    const bodyText = await checker.locator('#article-body').textContent();
    expect(bodyText).toBe((await t.http.get(`/api/articles/${demo.articleId}`).set(bearer(admin))).body.body);
    const highlight = checker.locator(`mark[data-starts~="${demo.nis.id}"]`).first();
    await highlight.hover();
    expect(await highlight.getAttribute('title')).toMatch(/Sources: .*(NIS|National Intelligence Service|Geheimdienst)/);
    await highlight.click();
    const panel = checker.locator('#claim-view');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    await expect(panel.locator('blockquote').textContent()).resolves.toContain('3000 nordkoreanische Soldaten');

    await panel.getByRole('button', { name: 'Take this claim' }).click();
    await panel.locator('.badge', { hasText: 'In review' }).first().waitFor();
    await countBecomes(dashboard, 'in_review', before.inReview + 1);

    await panel.getByLabel('Stance').selectOption('supports');
    await panel.getByLabel('Another claim').selectOption(String(demo.kirby.id));
    await panel.getByLabel('Published by').fill(`John Kirby (#${demo.kirbySourceId})`);
    await panel.getByLabel('Note', { exact: true }).fill('Kirby (NSC): at least 3000 soldiers moved to eastern Russia');
    await panel.getByRole('button', { name: 'Add evidence' }).click();
    await panel.locator('li', { hasText: 'at least 3000 soldiers' }).waitFor();
    await expect(panel.locator('li', { hasText: 'at least 3000 soldiers' }).textContent()).resolves.toContain('(independent of');

    await panel.getByLabel('Verdict', { exact: true }).selectOption('corroborated');
    await panel.getByLabel('Rationale').fill('The US National Security Council independently confirms at least 3000 soldiers.');
    await panel.getByRole('button', { name: 'Give verdict' }).click();
    await panel.locator('.badge', { hasText: 'Corroborated' }).first().waitFor();
    await expect(checker.locator(`mark[data-starts~="${demo.nis.id}"]`).first().getAttribute('class')).resolves.toContain('st-corroborated');

    // The editor's dashboard changed without a reload.
    await countBecomes(dashboard, 'corroborated', before.corroborated + 1);
    await dashboard.locator('#activity li', { hasText: 'gave a verdict on' }).first().waitFor();

    const editor = await dashboard.context().newPage();
    await editor.goto(`${base}/articles/${demo.articleId}#claim-${demo.nis.id}`);
    await editor.getByRole('button', { name: 'Approve verdict' }).click();
    await editor.locator('#claim-view .badge', { hasText: 'approved' }).waitFor();
    const claim = (await t.http.get(`/api/claims/${demo.nis.id}`).set(bearer(admin)).expect(200)).body;
    expect(claim).toMatchObject({ status: 'corroborated', verdict: { approvedById: users.editor.id } });

    await dashboard.reload();
    await dashboard.locator('#live-state', { hasText: 'on' }).waitFor();
    await screenshot(dashboard, 'dashboard');
    await checker.setViewportSize({ width: 1280, height: 1100 });
    await screenshot(checker, 'article');
  });

  it('keeps what a checker typed when someone else changed the claim first', async () => {
    const checker = await pageAs('checker');
    await checker.goto(`${base}/articles/${demo.articleId}#claim-${demo.kirby.id}`);
    const panel = checker.locator('#claim-view');
    await panel.getByRole('button', { name: 'Take this claim' }).click();
    await panel.getByLabel('Rationale').waitFor();
    // Meanwhile an editor reassigns it to the same checker: the version moves on.
    const current = (await t.http.get(`/api/claims/${demo.kirby.id}`).set(bearer(admin))).body;
    await t.http.post(`/api/claims/${demo.kirby.id}/review`).set(bearer(users.editor.token)).send({ action: 'reassign', version: current.version, assigneeId: users.checker.id }).expect(200);

    await panel.getByLabel('Verdict', { exact: true }).selectOption('inconclusive');
    await panel.getByLabel('Rationale').fill('Only one government says so.');
    await panel.getByRole('button', { name: 'Give verdict' }).click();
    await panel.locator('#conflict', { hasText: 'Someone else changed this claim first' }).waitFor();
    expect(await panel.getByLabel('Rationale').inputValue()).toBe('Only one government says so.');
    expect(await panel.getByLabel('Verdict', { exact: true }).inputValue()).toBe('inconclusive');
    await panel.locator('.history li', { hasText: 'reassign' }).waitFor();

    await panel.getByRole('button', { name: 'Give verdict' }).click();
    await panel.locator('.badge', { hasText: 'Inconclusive' }).first().waitFor();
  });

  it('lets an editor hand an open claim to a checker by name', async () => {
    const open = (await t.http.get(`/api/claims?articleId=${demo.articleId}&status=unverified&limit=1`).set(bearer(admin)).expect(200)).body.items[0];
    const checkersDashboard = await pageAs('checker');
    await checkersDashboard.locator('#live-state', { hasText: 'on' }).waitFor();
    const editor = await pageAs('editor');
    await editor.goto(`${base}/articles/${demo.articleId}#claim-${open.id}`);
    const panel = editor.locator('#claim-view');
    const assignTo = panel.getByLabel('Assign to');
    await assignTo.waitFor();
    // Reviewers only, by name and role: not the viewer, and the editor is "me".
    const choices = await assignTo.locator('option').allTextContents();
    expect(choices).toContain('checker-desk (checker)');
    expect(choices.some((choice) => choice.startsWith('viewer-desk') || choice.startsWith('editor-desk'))).toBe(false);
    await assignTo.selectOption({ label: 'checker-desk (checker)' });
    await panel.getByRole('button', { name: 'Reassign' }).click();
    await panel.getByText('assigned to checker-desk').waitFor();
    await screenshot(editor, 'claim-panel-editor');
    expect((await t.http.get(`/api/claims/${open.id}`).set(bearer(admin)).expect(200)).body.assigneeId).toBe(users.checker.id);
    // The checker's dashboard lists it under their assignments without a reload, not yet taken.
    await checkersDashboard.locator('#mine li', { hasText: open.text }).waitFor();
    await expect(checkersDashboard.locator('#mine li', { hasText: open.text }).textContent()).resolves.toContain('Unverified');
  });

  it('shows a viewer the claims but no action buttons', async () => {
    const viewer = await pageAs('viewer');
    await viewer.goto(`${base}/articles/${demo.articleId}`);
    expect(await viewer.locator('#new-claim').count()).toBe(0);
    // The demo's claims outnumber the side list's first page: the rest are one click away.
    const total = Number(/\((\d+)\)/.exec((await viewer.locator('#claim-list-view h2').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(25);
    expect(await viewer.locator('.claim-list li').count()).toBe(25);
    await viewer.getByRole('button', { name: `Show all ${total} claims` }).click();
    expect(await viewer.locator('.claim-list li').count()).toBe(total);
    await viewer.locator(`[data-open-claim="${demo.nis.id}"]`).click();
    const panel = viewer.locator('#claim-view');
    await panel.locator('h3', { hasText: 'History' }).waitFor();
    expect(await panel.locator('[data-action], form').count()).toBe(0);
    expect(await panel.getByRole('button').allTextContents()).toEqual(['← All claims']);
    // Readable at tablet width: the panel goes under the text.
    await viewer.setViewportSize({ width: 820, height: 1180 });
    await screenshot(viewer, 'article-tablet');
    // j/k move between claims.
    await viewer.keyboard.press('j');
    await viewer.waitForFunction((id) => /^#claim-\d+$/.test((globalThis as any).location.hash) && (globalThis as any).location.hash !== `#claim-${id}`, demo.nis.id);
  });

  it('creates a manual claim on exactly the selected words after an emoji and a CRLF line break', async () => {
    const body = 'Eilmeldung 🚨🇰🇷:\r\nSeoul meldet 3000 Soldaten in Russland. 👍 Mehr folgt.';
    const article = (await t.http.post('/api/articles').set(bearer(admin)).send({ title: 'Emoji vor dem Satz', body, language: 'de', extract: false }).expect(201)).body;
    const checker = await pageAs('checker');
    await checker.goto(`${base}/articles/${article.id}`);
    // Select the words as a reader would with the mouse: a DOM range over the body's text.
    await checker.evaluate((words) => {
      const document = (globalThis as any).document;
      const node = document.getElementById('article-body').firstChild;
      const at = node.data.indexOf(words);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = (globalThis as any).getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }, '3000 Soldaten');
    const button = checker.getByRole('button', { name: 'New claim' });
    await expect(button.isEnabled()).resolves.toBe(true);
    await button.click();
    // The form shows the words before anything is saved, and asks for kind and wording.
    const form = checker.locator('#claim-view');
    await expect(form.locator('#nc-words').textContent()).resolves.toBe('3000 Soldaten');
    await form.getByLabel('Kind').selectOption('statistic');
    await form.getByRole('button', { name: 'Create claim' }).click();
    await checker.locator('#claim-view #claim-title').waitFor();
    await checker.locator('#claim-view blockquote', { hasText: '3000 Soldaten' }).waitFor();

    const claims = (await t.http.get(`/api/claims?articleId=${article.id}`).set(bearer(admin)).expect(200)).body.items;
    const start = Array.from(body.slice(0, body.indexOf('3000 Soldaten'))).length;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ origin: 'manual', kind: 'statistic', quote: { exact: '3000 Soldaten', start, end: start + 13 } });
    expect(start).toBe(body.indexOf('3000 Soldaten') - 3); // three astral code points before it, each one UTF-16 pair
    // The page shows the article as it was sent, carriage return included.
    expect(await checker.locator('#article-body').textContent()).toBe(body);
  });
});
