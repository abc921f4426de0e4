/**
 * Corpus: more of a shop — shipping method, payment, comparison, store
 * finder, order confirmation, wish list. Options dropped among look-alike
 * options, a section removed while a similar one remains, fields split, and
 * relabels that keep a name, an autocomplete token or a test id.
 */
import { type PagePair, page } from './page.js';

const shippingV1 = page(
  'Shipping',
  `<main><h1>Shipping method</h1><p>Deliver to 18 Harbour St, Leeds <a href="/checkout/address" id="edit-address">Edit</a></p>
<fieldset id="methods"><legend>Choose a speed</legend>
<label class="row"><input type="radio" name="ship" id="ship-standard" checked> Standard — 3 to 5 days — Free</label>
<label class="row"><input type="radio" name="ship" id="ship-express"> Express — next day — £6.99</label>
<label class="row"><input type="radio" name="ship" id="ship-overnight"> Overnight — before 9am — £12.99</label>
<label class="row"><input type="radio" name="ship" id="ship-pickup"> Pick up in store — Free</label></fieldset>
<button id="to-payment" class="btn primary">Continue to payment</button></main>`,
);

const shippingV2 = page(
  'Shipping',
  `<main><h1>Delivery</h1><div class="card"><p>Deliver to 18 Harbour St, Leeds</p><a href="/checkout/address">Change</a></div>
<div role="radiogroup" aria-label="Delivery speed">
<label class="card row"><input type="radio" name="ship" value="standard" checked> Standard delivery · 3–5 working days · Free</label>
<label class="card row"><input type="radio" name="ship" value="express"> Express delivery · next working day · £6.99</label>
<label class="card row"><input type="radio" name="ship" value="pickup"> Collect in store · Free</label></div>
<button class="btn primary continue">Continue</button></main>`,
);

const paymentV1 = page(
  'Payment',
  `<main><h1>Payment</h1><button id="paypal" class="btn alt">Pay with PayPal</button><p class="muted">or pay by card</p>
<form id="card-form"><label for="cc-number">Card number</label><input id="cc-number" name="cardnumber" autocomplete="cc-number">
<label for="cc-exp">Expiry (MM/YY)</label><input id="cc-exp" name="exp" autocomplete="cc-exp" placeholder="MM/YY">
<label for="cc-cvc">Security code</label><input id="cc-cvc" name="cvc" autocomplete="cc-csc">
<label for="cc-name">Name on card</label><input id="cc-name" name="ccname" autocomplete="cc-name">
<a href="#gift" id="gift-card">Apply a gift card</a>
<button type="submit" id="pay" class="btn primary">Pay £144.00</button></form></main>`,
);

const paymentV2 = page(
  'Payment',
  `<main><h1>Payment</h1><button class="btn alt wallet">Pay with Apple Pay</button><p class="muted">or pay by card</p>
<form class="card-form"><label for="number">Card number</label><input id="number" name="cardnumber" autocomplete="cc-number" inputmode="numeric">
<div class="row"><label for="exp-month">Month</label><select id="exp-month" autocomplete="cc-exp-month"><option>01</option><option>02</option></select><label for="exp-year">Year</label><select id="exp-year" autocomplete="cc-exp-year"><option>2025</option><option>2026</option></select></div>
<label for="cvc">CVC</label><input id="cvc" name="cvc" autocomplete="cc-csc">
<label for="holder">Cardholder name</label><input id="holder" name="ccname" autocomplete="cc-name">
<button type="button" class="link gift">Redeem a gift card</button>
<button type="submit" class="btn primary">Pay £144.00 now</button></form></main>`,
);

const compareV1 = page(
  'Compare',
  `<main><div class="row"><h1>Compare vacuums</h1><button id="clear-compare" data-testid="clear-compare">Clear</button></div>
<table class="compare"><tr><th></th><th>X100</th><th>X200</th><th>X300</th></tr>
<tr><td>Battery</td><td>40 min</td><td>60 min</td><td>90 min</td></tr>
<tr><td>Price</td><td>£199</td><td>£279</td><td>£349</td></tr>
<tr><td></td><td><button id="select-x100" class="select">Select</button></td><td><button id="select-x200" class="select">Select</button></td><td><button id="select-x300" class="select">Select</button></td></tr>
<tr><td></td><td><a href="#" id="remove-x100" class="remove">Remove</a></td><td><a href="#" id="remove-x200" class="remove">Remove</a></td><td><a href="#" id="remove-x300" class="remove">Remove</a></td></tr></table></main>`,
);

const compareV2 = page(
  'Compare',
  `<main><div class="row"><h1>Compare vacuums</h1><button class="link" data-testid="clear-compare">Clear all</button></div>
<div class="grid"><div class="card" data-model="x200"><h3>X200</h3><p>Battery 60 min</p><p>£279</p><button class="choose">Choose X200</button><a href="#" class="remove">Remove</a></div>
<div class="card" data-model="x300"><h3>X300</h3><p>Battery 90 min</p><p>£329</p><button class="choose">Choose X300</button><a href="#" class="remove">Remove</a></div></div></main>`,
);

const storesV1 = page(
  'Find a store',
  `<main><h1>Find a store</h1><div class="row"><input id="postcode" placeholder="Postcode or town"><button id="find">Search</button><button id="locate">Use my location</button></div>
<ul class="stores">
<li class="card" id="store-leeds"><h3>Leeds Briggate</h3><p>Open until 8pm</p><button class="set-store">Set as my store</button> <a href="/maps/leeds" class="directions">Directions</a></li>
<li class="card" id="store-york"><h3>York Coney St</h3><p>Open until 6pm</p><button class="set-store">Set as my store</button> <a href="/maps/york" class="directions">Directions</a></li>
<li class="card" id="store-hull"><h3>Hull Whitefriargate</h3><p>Open until 5pm</p><button class="set-store">Set as my store</button> <a href="/maps/hull" class="directions">Directions</a></li></ul></main>`,
);

const storesV2 = page(
  'Find a store',
  `<main><h1>Stores near you</h1><form role="search" class="row"><input name="where" placeholder="Enter a postcode or town" aria-label="Location"><button type="submit">Find stores</button><button type="button" class="icon" aria-label="Use my current location">⌖</button></form>
<div class="store-list">
<div class="card store" data-store="leeds"><h3>Leeds Briggate</h3><p>Open until 8pm</p><button class="btn">Make this my store</button> <a href="/maps/leeds">Get directions</a></div>
<div class="card store" data-store="york"><h3>York Coney Street</h3><p>Open until 6pm</p><button class="btn">Make this my store</button> <a href="/maps/york">Get directions</a></div></div></main>`,
);

const confirmV1 = page(
  'Order confirmed',
  `<main><h1>Thank you, Ana!</h1><p>Order #10077 is confirmed.</p>
<div class="row"><a href="/orders/10077/track" id="track" class="btn primary">Track your order</a><a href="/orders/10077/invoice.pdf" id="invoice">Download invoice</a></div>
<section class="card" id="create-account"><h2>Save your details for next time</h2><label for="new-password">Choose a password</label><input id="new-password" type="password"><button id="create-account-btn">Create account</button></section>
<section class="card" id="newsletter"><h2>Get 10% off your next order</h2><label for="nl-email">Email</label><input id="nl-email" type="email" value="ana@example.com"><button id="nl-join">Sign me up</button></section>
<a href="/" id="keep-shopping">Continue shopping</a></main>`,
);

const confirmV2 = page(
  'Order confirmed',
  `<main><h1>Thanks for your order, Ana</h1><p>Order #10077 is confirmed. We have emailed your receipt.</p>
<div class="row"><a href="/orders/10077/track" class="btn primary">Track order</a><a href="/orders/10077/invoice.pdf" class="link">Invoice (PDF)</a></div>
<section class="card promo"><h2>Get 10% off your next order</h2><label for="email-offer">Email address</label><input id="email-offer" type="email" value="ana@example.com"><button class="subscribe">Subscribe</button></section>
<a href="/" class="back">Back to the shop</a></main>`,
);

const wishV1 = page(
  'Wish list',
  `<main><div class="row"><h1>Wish list</h1><button id="share-list">Share wish list</button></div>
<div class="card wish" id="wish-1"><h3>Trail Runner 2</h3><p>$120</p><button class="to-cart">Move to cart</button> <button class="remove">Remove</button></div>
<div class="card wish" id="wish-2"><h3>Road Glide</h3><p>$95</p><button class="to-cart">Move to cart</button> <button class="remove">Remove</button></div>
<div class="card wish" id="wish-3"><h3>Sprint Pro</h3><p>$150</p><button class="to-cart">Move to cart</button> <button class="remove">Remove</button></div></main>`,
);

const wishV2 = page(
  'Wish list',
  `<main><div class="row"><h1>Saved items</h1><button class="share">Copy share link</button></div>
<div class="grid"><div class="card saved" data-id="1"><h3>Trail Runner 2</h3><p>$120</p><button class="primary">Add to bag</button> <button class="link" aria-label="Remove Trail Runner 2">Remove</button></div>
<div class="card saved" data-id="3"><h3>Sprint Pro</h3><p>$139</p><button class="primary">Add to bag</button> <button class="link" aria-label="Remove Sprint Pro">Remove</button></div></div></main>`,
);

/** More shop pages. */
export const COMMERCE_PAIRS: readonly PagePair[] = [
  {
    name: 'shipping-method',
    v1: shippingV1,
    v2: shippingV2,
    targets: [
      { selector: '#ship-express', expect: 'input[value="express"]', change: 'id removed, relabeled' },
      { selector: '#ship-overnight', expect: null, change: 'option removed; look-alike options remain' },
      { selector: '#ship-pickup', expect: 'input[value="pickup"]', change: 'relabeled, moved up' },
      {
        selector: '#to-payment',
        expect: 'button.continue',
        change: 'relabeled Continue to payment → Continue',
      },
      { selector: '#edit-address', expect: 'a[href="/checkout/address"]', change: 'relabeled Edit → Change' },
    ],
  },
  {
    name: 'card-payment',
    v1: paymentV1,
    v2: paymentV2,
    targets: [
      { selector: '#paypal', expect: null, change: 'PayPal replaced by Apple Pay (same look)' },
      { selector: '#cc-number', expect: '#number', change: 'renamed id, name and autocomplete kept' },
      { selector: '#cc-exp', expect: null, change: 'expiry split into month and year selects' },
      { selector: '#cc-cvc', expect: '#cvc', change: 'renamed id and label' },
      { selector: '#cc-name', expect: '#holder', change: 'renamed id and label' },
      { selector: '#gift-card', expect: 'button.gift', change: 'link → button, relabeled' },
      { selector: '#pay', expect: 'form button.primary', change: 'id removed, relabeled' },
    ],
  },
  {
    name: 'product-compare',
    v1: compareV1,
    v2: compareV2,
    targets: [
      {
        selector: '#clear-compare',
        expect: '[data-testid="clear-compare"]',
        change: 'relabeled Clear → Clear all, test id kept',
      },
      {
        selector: '#select-x200',
        expect: '[data-model="x200"] button',
        change: 'columns → cards, relabeled Select → Choose X200',
      },
      { selector: '#select-x100', expect: null, change: 'model discontinued; look-alike columns remain' },
      {
        selector: '#remove-x300',
        expect: '[data-model="x300"] a.remove',
        change: 'id removed, columns → cards',
      },
    ],
  },
  {
    name: 'store-finder',
    v1: storesV1,
    v2: storesV2,
    targets: [
      { selector: '#postcode', expect: 'input[name="where"]', change: 'id removed, placeholder reworded' },
      { selector: '#find', expect: 'form button[type="submit"]', change: 'relabeled Search → Find stores' },
      { selector: '#locate', expect: 'button.icon', change: 'text → icon with aria-label' },
      {
        selector: '#store-york .set-store',
        expect: '[data-store="york"] button',
        change: 'relabeled Set as my store → Make this my store',
      },
      { selector: '#store-hull .set-store', expect: null, change: 'store closed; look-alike stores remain' },
      {
        selector: '#store-leeds .directions',
        expect: 'a[href="/maps/leeds"]',
        change: 'relabeled, class dropped',
      },
    ],
  },
  {
    name: 'order-confirmation',
    v1: confirmV1,
    v2: confirmV2,
    targets: [
      { selector: '#track', expect: 'a[href$="/track"]', change: 'id removed, relabeled' },
      {
        selector: '#invoice',
        expect: 'a[href$="invoice.pdf"]',
        change: 'relabeled Download invoice → Invoice (PDF)',
      },
      {
        selector: '#new-password',
        expect: null,
        change: 'account section removed; the newsletter section (input + button) remains',
      },
      {
        selector: '#create-account-btn',
        expect: null,
        change: 'account section removed; the newsletter section (input + button) remains',
      },
      { selector: '#nl-email', expect: '#email-offer', change: 'renamed id and label' },
      { selector: '#nl-join', expect: 'button.subscribe', change: 'relabeled Sign me up → Subscribe' },
      {
        selector: '#keep-shopping',
        expect: 'a.back',
        change: 'relabeled Continue shopping → Back to the shop',
      },
    ],
  },
  {
    name: 'wish-list',
    v1: wishV1,
    v2: wishV2,
    targets: [
      {
        selector: '#share-list',
        expect: 'button.share',
        change: 'relabeled Share wish list → Copy share link',
      },
      {
        selector: '#wish-1 .to-cart',
        expect: '[data-id="1"] button.primary',
        change: 'relabeled Move to cart → Add to bag',
      },
      {
        selector: '#wish-3 .remove',
        expect: '[data-id="3"] button.link',
        change: 'aria-label added, list → grid',
      },
      { selector: '#wish-2 .remove', expect: null, change: 'item removed; look-alike items remain' },
      { selector: '#wish-2 .to-cart', expect: null, change: 'item removed; look-alike items remain' },
    ],
  },
];
