import { html, Html } from '../html';
import { layout } from '../layout';

export function loginPage(next: string): Html {
  return layout({
    title: 'Sign in',
    actor: null,
    script: 'login.js',
    body: html`<section class="card narrow">
  <h1>Sign in to the desk</h1>
  <form id="sign-in" data-next="${next}" novalidate>
    <p><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required></p>
    <p><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
    <p id="sign-in-error" class="error" role="alert" hidden></p>
    <p><button type="submit" class="primary">Sign in</button></p>
  </form>
</section>`,
  });
}
