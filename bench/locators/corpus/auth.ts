/** Corpus: sign-in, sign-up, password reset, two-factor and account pages. */
import { edit, type PagePair, page } from './page.js';

const loginV1 = page(
  'Sign in — Acme',
  `<header><a href="/" class="logo">Acme</a><nav><a href="/pricing">Pricing</a><a href="/docs">Docs</a></nav></header>
<main><h1>Welcome back</h1>
<form id="login-form" action="/session" method="post">
  <label for="email">Email address</label><input id="email" name="email" type="email" placeholder="you@example.com">
  <label for="password">Password</label><input id="password" name="password" type="password">
  <div class="row"><input type="checkbox" id="remember" name="remember"><label for="remember">Keep me signed in</label></div>
  <button id="login-btn" class="btn btn-primary" type="submit">Log in</button>
  <a href="/forgot" class="link-forgot">Forgot your password?</a>
</form>
<p class="muted">No account? <a href="/signup" id="signup-link">Create one</a></p></main>`,
);

const loginV2 = page(
  'Sign in — Acme',
  `<header><a href="/" class="brand">Acme</a><nav><a href="/pricing">Pricing</a><a href="/docs">Documentation</a><a href="/login" class="active">Sign in</a></nav></header>
<main><div class="card auth-card"><h2>Sign in to Acme</h2>
<form class="auth-form" action="/session" method="post">
  <div class="field"><label for="user-email">Email</label><input id="user-email" name="email" type="email" autocomplete="username" placeholder="you@example.com"></div>
  <div class="field"><label for="user-password">Password</label><input id="user-password" name="password" type="password" autocomplete="current-password"></div>
  <a href="/forgot" class="forgot">Forgot password?</a>
  <div class="row"><input type="checkbox" id="stay" name="remember"><label for="stay">Keep me signed in</label></div>
  <button class="button button--primary" type="submit" data-testid="signin-submit">Sign in</button>
</form></div>
<p class="muted">New to Acme? <a href="/signup" class="signup">Create an account</a></p></main>`,
);

const signupV1 = page(
  'Create your account',
  `<header><a href="/" class="logo">Notely</a></header>
<main><h1>Create your account</h1>
<form class="signup" action="/signup" method="post">
  <label>Full name <input name="fullname" id="fullname"></label>
  <label>Work email <input name="email" type="email" id="signup-email"></label>
  <label>Password <input name="password" type="password" id="signup-password"></label>
  <label>Company size <select name="size" id="company-size"><option>1-10</option><option>11-50</option><option>51+</option></select></label>
  <label class="row"><input type="checkbox" name="terms" id="terms"> I agree to the Terms of Service</label>
  <button type="submit" id="create-account">Create account</button>
</form>
<p>Already registered? <a href="/login">Sign in</a></p></main>`,
);

const signupV2 = page(
  'Create your account',
  `<header><a href="/" class="logo">Notely</a><a href="/login" class="header-login">Sign in</a></header>
<main><div class="grid"><section><h1>Start your free trial</h1><p class="muted">No credit card required.</p></section>
<form class="signup-form" action="/signup" method="post">
  <div class="grid"><label>First name <input name="first_name" id="first-name"></label><label>Last name <input name="last_name" id="last-name"></label></div>
  <label>Work email <input name="email" type="email" id="email-input"></label>
  <label>Password <input name="password" type="password" id="password-input" minlength="12"></label>
  <label class="row"><input type="checkbox" name="terms" id="accept-terms"> I agree to the Terms of Service and Privacy Policy</label>
  <button type="submit" class="cta">Start free trial</button>
</form></div></main>`,
);

const resetV1 = page(
  'Reset password',
  `<main><div class="modal"><h2>Reset your password</h2>
<p>Enter the email you signed up with and we will send you a link.</p>
<form action="/reset"><input type="email" name="email" id="reset-email" placeholder="Email">
<div class="row"><button type="submit" id="send-link">Send reset link</button><a href="/login" id="back">Back to sign in</a></div></form>
<p class="muted" id="help">Need help? <a href="/support">Contact support</a></p></div></main>`,
);

const resetV2 = edit(resetV1, [
  ['id="reset-email" placeholder="Email"', 'id="email" placeholder="Email address" autocomplete="email"'],
  [
    '<button type="submit" id="send-link">Send reset link</button>',
    '<button type="submit" class="primary">Email me a reset link</button>',
  ],
  [
    '<a href="/login" id="back">Back to sign in</a>',
    '<a href="/login" class="back-link">Return to sign in</a>',
  ],
  ['<p class="muted" id="help">Need help? <a href="/support">Contact support</a></p>', ''],
]);

const twofaV1 = page(
  'Two-step verification',
  `<main><div class="card"><h2>Two-step verification</h2>
<p>Enter the 6-digit code from your authenticator app.</p>
<form action="/2fa"><input id="otp" name="code" inputmode="numeric" maxlength="6" placeholder="123456">
<label class="row"><input type="checkbox" id="trust-device" name="trust"> Trust this device for 30 days</label>
<button type="submit" id="verify-code" class="btn">Verify</button></form>
<p><a href="/2fa/sms" id="use-sms">Send a code by SMS instead</a></p>
<p><a href="/2fa/recovery" id="use-recovery">Use a recovery code</a></p></div></main>`,
);

const twofaV2 = page(
  'Two-step verification',
  `<main><div class="card mfa"><h2>Verify it's you</h2>
<p>Enter the 6-digit code from your authenticator app.</p>
<form action="/2fa"><div class="row"><input name="code" inputmode="numeric" maxlength="6" placeholder="123456" data-testid="otp-input" aria-label="Verification code">
<button type="submit" class="btn btn-verify">Verify code</button></div>
<label class="row"><input type="checkbox" name="trust" id="remember-device"> Don't ask again on this device for 30 days</label></form>
<details><summary>Other options</summary></details>
<p><a href="/2fa/recovery" class="alt-method">Use a recovery code</a></p></div></main>`,
);

const profileV1 = page(
  'Profile settings',
  `<header><a href="/" class="logo">Tasky</a><nav><a href="/projects">Projects</a><a href="/settings" class="active">Settings</a></nav></header>
<main><div class="sidebar"><a href="/settings/profile" id="tab-profile">Profile</a><br><a href="/settings/security" id="tab-security">Security</a><br><a href="/settings/billing" id="tab-billing">Billing</a></div>
<section style="margin-left:220px"><h2>Profile</h2>
<form id="profile"><label for="display-name">Display name</label><input id="display-name" name="displayName" value="Ada Lovelace">
<label for="bio">Bio</label><textarea id="bio" name="bio">Analyst</textarea>
<label for="tz">Time zone</label><select id="tz" name="timezone"><option>UTC</option><option>Europe/London</option></select>
<div class="row"><button type="submit" id="save-profile">Save</button><button type="reset" id="cancel-profile">Cancel</button></div></form>
<div class="card danger"><h3>Delete account</h3><p>This removes all your projects.</p><button id="delete-account" class="btn-danger">Delete my account</button></div></section></main>`,
);

const profileV2 = page(
  'Profile settings',
  `<header><a href="/" class="logo">Tasky</a><nav><a href="/projects">Projects</a><a href="/settings" class="active">Settings</a></nav></header>
<main><nav class="tabs"><a href="/settings/profile" class="tab active">Profile</a><a href="/settings/security" class="tab">Security</a><a href="/settings/notifications" class="tab">Notifications</a></nav>
<section><h2>Public profile</h2>
<form class="profile-form"><label for="name">Name</label><input id="name" name="displayName" value="Ada Lovelace">
<label for="about">About you</label><textarea id="about" name="bio">Analyst</textarea>
<label for="timezone">Time zone</label><select id="timezone" name="timezone"><option>UTC</option><option>Europe/London</option></select>
<div class="row"><button type="button" class="secondary">Discard</button><button type="submit" class="primary">Save changes</button></div></form></section></main>`,
);

const oauthV1 = page(
  'Sign in with',
  `<main><div class="modal"><h2>Sign in</h2>
<div class="providers"><button id="google" class="provider">Continue with Google</button><br><button id="github" class="provider">Continue with GitHub</button><br><button id="apple" class="provider">Continue with Apple</button></div>
<hr><p>or</p><a href="/login/email" id="email-login">Sign in with email</a></div></main>`,
);

const oauthV2 = edit(oauthV1, [
  [
    '<button id="google" class="provider">Continue with Google</button>',
    '<button class="sso sso-google" data-provider="google">Google</button>',
  ],
  [
    '<button id="github" class="provider">Continue with GitHub</button>',
    '<button class="sso sso-github" data-provider="github">GitHub</button>',
  ],
  ['<br><button id="apple" class="provider">Continue with Apple</button>', ''],
  [
    '<a href="/login/email" id="email-login">Sign in with email</a>',
    '<a href="/login/email" class="email">Use email and password</a>',
  ],
]);

/** Sign-in, sign-up, reset, 2FA, profile and SSO pages. */
export const AUTH_PAIRS: readonly PagePair[] = [
  {
    name: 'login-form',
    v1: loginV1,
    v2: loginV2,
    targets: [
      { selector: '#email', expect: '#user-email', change: 'renamed id, wrapped in a field' },
      { selector: '#password', expect: '#user-password', change: 'renamed id' },
      {
        selector: '#login-btn',
        expect: '[data-testid="signin-submit"]',
        change: 'id removed, relabeled Log in → Sign in',
      },
      { selector: '#remember', expect: '#stay', change: 'renamed id, moved below the link' },
      { selector: '.link-forgot', expect: 'a.forgot', change: 'class renamed, text shortened' },
      { selector: '#signup-link', expect: 'a.signup', change: 'id removed, relabeled' },
    ],
  },
  {
    name: 'signup-form',
    v1: signupV1,
    v2: signupV2,
    targets: [
      { selector: '#signup-email', expect: '#email-input', change: 'renamed id, new layout' },
      { selector: '#signup-password', expect: '#password-input', change: 'renamed id' },
      { selector: '#terms', expect: '#accept-terms', change: 'renamed id, longer label' },
      {
        selector: '#create-account',
        expect: 'button.cta',
        change: 'relabeled Create account → Start free trial',
      },
      { selector: '#company-size', expect: null, change: 'field deleted' },
      { selector: '#fullname', expect: null, change: 'split into first and last name' },
    ],
  },
  {
    name: 'password-reset',
    v1: resetV1,
    v2: resetV2,
    targets: [
      { selector: '#reset-email', expect: 'input[type="email"]', change: 'renamed id and placeholder' },
      { selector: '#send-link', expect: 'button.primary', change: 'relabeled and id removed' },
      { selector: '#back', expect: 'a.back-link', change: 'id removed, relabeled' },
      { selector: '#help a', expect: null, change: 'help paragraph deleted' },
    ],
  },
  {
    name: 'two-factor',
    v1: twofaV1,
    v2: twofaV2,
    targets: [
      { selector: '#otp', expect: '[data-testid="otp-input"]', change: 'id replaced by test id' },
      { selector: '#verify-code', expect: 'button.btn-verify', change: 'moved next to the input, relabeled' },
      { selector: '#trust-device', expect: '#remember-device', change: 'renamed id, relabeled' },
      { selector: '#use-recovery', expect: 'a.alt-method', change: 'id → class' },
      { selector: '#use-sms', expect: null, change: 'SMS option deleted' },
    ],
  },
  {
    name: 'profile-settings',
    v1: profileV1,
    v2: profileV2,
    targets: [
      { selector: '#display-name', expect: '#name', change: 'renamed id and label' },
      { selector: '#bio', expect: '#about', change: 'renamed id and label' },
      { selector: '#tz', expect: '#timezone', change: 'renamed id' },
      { selector: '#save-profile', expect: 'button.primary', change: 'relabeled, order swapped' },
      { selector: '#cancel-profile', expect: 'button.secondary', change: 'relabeled Cancel → Discard' },
      {
        selector: '#tab-security',
        expect: 'a.tab[href="/settings/security"]',
        change: 'sidebar became tabs',
      },
      { selector: '#delete-account', expect: null, change: 'danger zone moved off the page' },
      { selector: '#tab-billing', expect: null, change: 'billing tab deleted' },
    ],
  },
  {
    name: 'sso-choice',
    v1: oauthV1,
    v2: oauthV2,
    targets: [
      { selector: '#google', expect: '[data-provider="google"]', change: 'id removed, shortened label' },
      { selector: '#github', expect: '[data-provider="github"]', change: 'id removed, shortened label' },
      { selector: '#apple', expect: null, change: 'provider deleted' },
      { selector: '#email-login', expect: 'a.email', change: 'relabeled' },
    ],
  },
];
