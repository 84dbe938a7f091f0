import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { TestApp } from '../../support/test-app';
import { launchChromium } from './browser';
import { demoClaims } from './demo-claims';

export type DeskRole = 'checker' | 'editor' | 'viewer';
export type DeskUser = { id: number; email: string; password: string; token: string };

/**
 * The real app on a fresh database with the demo article, listening on a free port, a checker, an
 * editor and a viewer, and Chromium: what every browser test of the desk starts from.
 */
export interface BrowserDesk {
  t: TestApp;
  base: string;
  admin: string;
  users: Record<DeskRole, DeskUser>;
  demo: Awaited<ReturnType<typeof demoClaims>>;
  browser: Browser;
  /** A new browser context, closed with the desk. */
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
  /** A new browser context signed in as `role` (by the form's ids, so in any interface language). */
  pageAs(role: DeskRole, options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserDesk(): Promise<BrowserDesk> {
  const t = await TestApp.start({ seedDemo: true });
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const admin = await t.adminToken();
  const users = {} as Record<DeskRole, DeskUser>;
  for (const role of ['checker', 'editor', 'viewer'] as const) {
    const name = `${role}-desk`;
    users[role] = { ...(await t.userWithRole(role, name)), password: `${name}-password` };
  }
  const demo = await demoClaims(t, admin);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const newContext = async (options: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };
  return {
    t, base, admin, users, demo, browser, newContext,
    async pageAs(role, options = {}) {
      const context = await newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: options.locale ?? 'en-US', timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[${role} page error]`, error));
      await page.goto(`${base}/login`);
      await page.locator('#email').fill(users[role].email);
      await page.locator('#password').fill(users[role].password);
      await page.locator('#sign-in button[type=submit]').click();
      await page.waitForURL(`${base}/`);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
}
