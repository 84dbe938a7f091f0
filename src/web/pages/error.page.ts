import { html, Html } from '../html';
import type { PageOptions } from '../layout';
import { layout } from '../layout';

/** A page that could not be shown: not found, or the service failed (the detail never holds internals). */
export function errorPage(reader: PageOptions['reader'], status: number, title: string, detail: string): Html {
  const shown = reader.m.error.titles[status] ?? title;
  return layout({ title: shown, reader, body: html`<h1>${shown}</h1><p>${detail}</p><p class="muted">HTTP ${status}</p><p><a href="/">${reader.m.error.back}</a></p>` });
}
