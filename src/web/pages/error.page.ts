import type { Actor } from '../../common/vocabulary';
import { html, Html } from '../html';
import { layout } from '../layout';

/** A page that could not be shown: not found, or the service failed (the detail never holds internals). */
export function errorPage(actor: Actor | null, status: number, title: string, detail: string): Html {
  return layout({ title, actor, body: html`<h1>${title}</h1><p>${detail}</p><p class="muted">HTTP ${status}</p><p><a href="/">Back to the dashboard</a></p>` });
}
