import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core from npm (a devDependency), run inside the page as a test would run a bookmarklet. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The page's serious and critical accessibility violations (WCAG 2.x A and AA and axe's best
 * practices). Injected through the DevTools protocol, so the page's CSP (script-src 'self') stays as
 * it is for the test: what is checked is the page as readers get it.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const run = await axe.run((globalThis as any).document, { resultTypes: ['violations'] });
    return run.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => String(n.target)) }));
  });
  return (results as AxeFinding[]).filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}
