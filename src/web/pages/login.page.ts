import type { UserLanguage } from '../../common/vocabulary';
import { html, Html } from '../html';
import type { Messages } from '../i18n';
import { layout } from '../layout';

export function loginPage(next: string, words: { language: UserLanguage; m: Messages }): Html {
  const t = words.m.login;
  return layout({
    title: t.title,
    reader: { actor: null, timeZone: null, ...words },
    script: 'login.js',
    body: html`<section class="card narrow">
  <h1>${t.heading}</h1>
  <form id="sign-in" data-next="${next}" novalidate>
    <p><label for="email">${t.email}</label><input id="email" name="email" type="email" autocomplete="username" required></p>
    <p><label for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
    <p id="sign-in-error" class="error" role="alert" hidden></p>
    <p><button type="submit" class="primary">${t.submit}</button></p>
  </form>
</section>`,
  });
}
