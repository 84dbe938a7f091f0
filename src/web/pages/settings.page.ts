import { html, Html } from '../html';
import { layout } from '../layout';
import type { Reader } from '../page-session';

/** The reader's own settings: the desk's language and the time zone its times show in. */
export function settingsPage(reader: Reader, settings: { language: string | null; timeZone: string | null; displayName: string }, zones: readonly string[]): Html {
  const t = reader.m.settings;
  return layout({
    title: t.title,
    reader,
    section: 'settings',
    script: 'settings.js',
    body: html`<section class="card narrow-wide">
  <h1>${t.heading}</h1>
  <form id="settings">
    <p><label for="language">${t.language}</label><select id="language" name="language">
      <option value="">${t.followBrowser}</option>
      <option value="de" lang="de"${settings.language === 'de' ? html` selected` : ''}>Deutsch</option>
      <option value="en" lang="en"${settings.language === 'en' ? html` selected` : ''}>English</option>
    </select></p>
    <p><label for="time-zone">${t.timeZone}</label><select id="time-zone" name="timeZone" data-browser-label="${t.browserZone('{zone}')}">
      <option value="">${t.browserZone('…')}</option>
      ${zones.map((zone) => html`<option value="${zone}"${settings.timeZone === zone ? html` selected` : ''}>${zone}</option>`)}
    </select></p>
    <p><label for="display-name">${t.displayName}</label><input id="display-name" name="displayName" value="${settings.displayName}" maxlength="200" required></p>
    <p id="settings-error" class="error" role="alert" hidden></p>
    <p><button type="submit" class="primary">${t.save}</button></p>
  </form>
</section>`,
  });
}
