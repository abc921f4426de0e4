/** Corpus: a shop — listing, product page, cart, checkout, orders, search. */
import { edit, type PagePair, page } from './page.js';

const listingV1 = page(
  'Shoes — Strider',
  `<header><a href="/" class="logo">Strider</a><input id="q" type="search" placeholder="Search shoes"><a href="/cart" id="cart-link">Cart (2)</a></header>
<main><h1>Running shoes</h1>
<div class="row"><label for="sort">Sort by</label><select id="sort"><option>Featured</option><option>Price: low to high</option></select>
<label class="row"><input type="checkbox" id="in-stock"> In stock only</label></div>
<div class="grid3">
<div class="product" id="p-101"><img src="/img/101.jpg" alt="Trail Runner 2"><h3>Trail Runner 2</h3><span class="price">$120</span><button class="add" id="add-101">Add to cart</button></div>
<div class="product" id="p-102"><img src="/img/102.jpg" alt="Road Glide"><h3>Road Glide</h3><span class="price">$95</span><button class="add" id="add-102">Add to cart</button></div>
<div class="product" id="p-103"><img src="/img/103.jpg" alt="Sprint Pro"><h3>Sprint Pro</h3><span class="price">$150</span><button class="add" id="add-103">Add to cart</button></div>
</div><a href="?page=2" id="next-page">Next page</a></main>`,
);

const listingV2 = page(
  'Shoes — Strider',
  `<header><a href="/" class="logo">Strider</a><form role="search"><input name="q" type="search" placeholder="Search" aria-label="Search shoes"></form><a href="/cart" class="cart">Cart <span class="badge">2</span></a></header>
<main><h1>Running shoes</h1>
<aside><h4>Filters</h4><label class="row"><input type="checkbox" name="stock"> In stock only</label></aside>
<div class="row"><label for="order">Sort</label><select id="order"><option>Featured</option><option>Price: low to high</option></select></div>
<ul class="products grid">
<li class="card" data-sku="101"><img src="/img/101.jpg" alt="Trail Runner 2"><h3>Trail Runner 2</h3><span class="amount">$120</span><button class="btn-add" data-sku="101">Add to bag</button></li>
<li class="card" data-sku="103"><img src="/img/103.jpg" alt="Sprint Pro"><h3>Sprint Pro</h3><span class="amount">$139</span><button class="btn-add" data-sku="103">Add to bag</button></li>
</ul><nav class="pager"><a href="?page=1">1</a><a href="?page=2" rel="next">Next</a></nav></main>`,
);

const productV1 = page(
  'Trail Runner 2',
  `<main><div class="grid"><img id="hero" src="/img/101-large.jpg" alt="Trail Runner 2 side view">
<div><h1 id="title">Trail Runner 2</h1><p class="price" id="price">$120.00</p>
<label for="size">Size</label><select id="size" name="size"><option>40</option><option>41</option><option>42</option></select>
<label for="qty">Quantity</label><input id="qty" name="qty" type="number" value="1">
<div class="row"><button id="add-to-cart" class="btn primary">Add to cart</button><button id="wishlist" class="btn">♡ Save</button></div>
<p><a href="#reviews" id="reviews-link">Read 48 reviews</a></p></div></div>
<section id="reviews"><h2>Reviews</h2><button id="write-review">Write a review</button></section></main>`,
);

const productV2 = page(
  'Trail Runner 2',
  `<main><div class="grid"><div class="gallery"><img src="/img/101-large.jpg" alt="Trail Runner 2 side view" class="main-image"></div>
<div class="buy-box"><h1 class="product-title">Trail Runner 2</h1><p class="product-price">$120.00</p>
<p><a href="#reviews" class="rating">★★★★☆ 48 reviews</a></p>
<label for="variant-size">Choose a size</label><select id="variant-size" name="size"><option>40</option><option>41</option><option>42</option></select>
<label for="quantity">Qty</label><input id="quantity" name="quantity" type="number" value="1">
<button class="btn btn-primary add-to-bag" data-testid="add-to-bag">Add to bag</button><button class="btn-icon" aria-label="Save to wishlist">♡</button></div></div>
<section id="reviews"><h2>Customer reviews</h2></section></main>`,
);

const cartV1 = page(
  'Your cart',
  `<main><h1>Your cart</h1><table id="cart"><thead><tr><th>Item</th><th>Qty</th><th>Price</th><th></th></tr></thead><tbody>
<tr id="line-1"><td>Trail Runner 2</td><td><input id="qty-1" type="number" value="1"></td><td>$120</td><td><button id="remove-1" class="remove">Remove</button></td></tr>
<tr id="line-2"><td>Running socks (3 pack)</td><td><input id="qty-2" type="number" value="2"></td><td>$24</td><td><button id="remove-2" class="remove">Remove</button></td></tr>
</tbody></table>
<div class="row"><input id="promo" placeholder="Promo code"><button id="apply-promo">Apply</button></div>
<p>Subtotal: <strong id="subtotal">$144</strong></p><button id="checkout" class="btn primary">Proceed to checkout</button>
<a href="/shop" id="continue">Continue shopping</a></main>`,
);

const cartV2 = page(
  'Your bag',
  `<main><h1>Your bag</h1><div class="grid"><div class="items">
<div class="card line" data-line="1"><span class="name">Trail Runner 2</span><input class="qty" type="number" value="1" aria-label="Quantity for Trail Runner 2"><span>$120</span><button class="link remove">Remove</button></div>
<div class="card line" data-line="2"><span class="name">Running socks (3 pack)</span><input class="qty" type="number" value="2" aria-label="Quantity for Running socks (3 pack)"><span>$24</span><button class="link remove">Remove</button></div></div>
<aside class="summary"><p>Subtotal <strong class="subtotal">$144</strong></p>
<details><summary>Have a promo code?</summary><input name="promo" placeholder="Promo code"><button>Apply code</button></details>
<button class="btn primary checkout">Checkout</button></aside></div></main>`,
);

const checkoutV1 = page(
  'Checkout',
  `<main><h1>Checkout</h1><form id="checkout-form">
<fieldset><legend>Shipping address</legend>
<label for="ship-name">Full name</label><input id="ship-name" name="name">
<label for="ship-street">Street</label><input id="ship-street" name="street">
<label for="ship-city">City</label><input id="ship-city" name="city">
<label for="ship-zip">ZIP code</label><input id="ship-zip" name="zip">
<label for="ship-country">Country</label><select id="ship-country" name="country"><option>United States</option><option>Canada</option></select></fieldset>
<fieldset><legend>Delivery</legend><label><input type="radio" name="speed" id="standard" checked> Standard (5–7 days)</label><label><input type="radio" name="speed" id="express"> Express (1–2 days)</label></fieldset>
<button type="submit" id="place-order">Place order</button></form></main>`,
);

const checkoutV2 = edit(checkoutV1, [
  [
    '<label for="ship-name">Full name</label><input id="ship-name" name="name">',
    '<div class="grid"><div><label for="first">First name</label><input id="first" name="first_name"></div><div><label for="last">Last name</label><input id="last" name="last_name"></div></div>',
  ],
  [
    '<label for="ship-street">Street</label><input id="ship-street" name="street">',
    '<label for="address1">Address line 1</label><input id="address1" name="street" autocomplete="address-line1">',
  ],
  [
    '<label for="ship-city">City</label><input id="ship-city" name="city">\n<label for="ship-zip">ZIP code</label><input id="ship-zip" name="zip">',
    '<div class="grid"><div><label for="postal">Postal code</label><input id="postal" name="zip"></div><div><label for="town">City</label><input id="town" name="city"></div></div>',
  ],
  ['id="ship-country"', 'id="country"'],
  [
    '<label><input type="radio" name="speed" id="standard" checked> Standard (5–7 days)</label>',
    '<label><input type="radio" name="speed" value="standard" checked> Standard delivery — free</label>',
  ],
  [
    '<label><input type="radio" name="speed" id="express"> Express (1–2 days)</label>',
    '<label><input type="radio" name="speed" value="express"> Express delivery — $9</label>',
  ],
  [
    '<button type="submit" id="place-order">Place order</button>',
    '<button type="submit" class="pay">Pay now</button>',
  ],
]);

const ordersV1 = page(
  'Your orders',
  `<main><h1>Your orders</h1><table class="orders"><tr><th>Order</th><th>Date</th><th>Total</th><th>Status</th><th></th></tr>
<tr><td>#10023</td><td>12 Mar 2024</td><td>$144.00</td><td><span class="status shipped">Shipped</span></td><td><a href="/orders/10023" id="details-10023">Details</a> <a href="/orders/10023/track" id="track-10023">Track package</a></td></tr>
<tr><td>#10011</td><td>02 Feb 2024</td><td>$95.00</td><td><span class="status delivered">Delivered</span></td><td><a href="/orders/10011" id="details-10011">Details</a> <a href="/orders/10011/return" id="return-10011">Return items</a></td></tr>
</table><a href="/orders?year=2023" id="older">Show orders from 2023</a></main>`,
);

const ordersV2 = page(
  'Your orders',
  `<main><h1>Order history</h1>
<div class="card order" data-order="10023"><h3>Order #10023 · 12 Mar 2024</h3><p>$144.00 · <span class="pill">Shipped</span></p><div class="row"><a href="/orders/10023" class="btn">View order</a><a href="/orders/10023/track" class="btn">Track package</a></div></div>
<div class="card order" data-order="10011"><h3>Order #10011 · 02 Feb 2024</h3><p>$95.00 · <span class="pill">Delivered</span></p><div class="row"><a href="/orders/10011" class="btn">View order</a></div></div>
<select aria-label="Year"><option>2024</option><option>2023</option></select></main>`,
);

const searchV1 = page(
  'Search results',
  `<header><input id="search-box" value="tent"><button id="search-go">Search</button></header>
<main><p id="result-count">3 results for "tent"</p>
<ol class="results"><li><a href="/p/1" class="result-title">Alpine Tent 2P</a><p>Lightweight two person tent.</p></li>
<li><a href="/p/2" class="result-title">Family Dome 6</a><p>Roomy tent for six.</p></li>
<li><a href="/p/3" class="result-title">Bivy Shelter</a><p>Minimal solo shelter.</p></li></ol>
<button id="load-more">Load more results</button></main>`,
);

const searchV2 = edit(searchV1, [
  [
    '<input id="search-box" value="tent"><button id="search-go">Search</button>',
    '<form role="search" class="row"><input name="q" value="tent" aria-label="Search"><button type="submit" aria-label="Search" class="icon">🔍</button></form>',
  ],
  ['<p id="result-count">3 results for "tent"</p>', '<p class="summary">Showing 3 results for "tent"</p>'],
  [
    '<a href="/p/2" class="result-title">Family Dome 6</a>',
    '<a href="/p/2" class="hit-title">Family Dome 6 Tent</a>',
  ],
  ['<button id="load-more">Load more results</button>', '<button class="more">Show more</button>'],
]);

/** Shop pages. */
export const SHOP_PAIRS: readonly PagePair[] = [
  {
    name: 'product-listing',
    v1: listingV1,
    v2: listingV2,
    targets: [
      { selector: '#q', expect: 'input[type="search"]', change: 'id removed, moved into a search form' },
      { selector: '#cart-link', expect: 'a.cart', change: 'text split into a badge' },
      { selector: '#sort', expect: '#order', change: 'renamed id and label' },
      { selector: '#in-stock', expect: 'input[name="stock"]', change: 'moved into a filter sidebar' },
      {
        selector: '#add-101',
        expect: 'button[data-sku="101"]',
        change: 'relabeled Add to cart → Add to bag, grid → list',
      },
      { selector: '#add-103', expect: 'button[data-sku="103"]', change: 'relabeled, moved up a slot' },
      { selector: '#add-102', expect: null, change: 'product delisted (siblings look alike)' },
      { selector: '#next-page', expect: 'a[rel="next"]', change: 'pager restructured' },
    ],
  },
  {
    name: 'product-detail',
    v1: productV1,
    v2: productV2,
    targets: [
      { selector: '#title', expect: 'h1.product-title', change: 'id → class' },
      { selector: '#price', expect: 'p.product-price', change: 'id → class' },
      { selector: '#size', expect: '#variant-size', change: 'renamed id and label' },
      { selector: '#qty', expect: '#quantity', change: 'renamed id, name and label' },
      { selector: '#add-to-cart', expect: '[data-testid="add-to-bag"]', change: 'relabeled' },
      { selector: '#wishlist', expect: 'button.btn-icon', change: 'text replaced by icon with aria-label' },
      { selector: '#reviews-link', expect: 'a.rating', change: 'moved above the form, relabeled' },
      { selector: '#write-review', expect: null, change: 'button deleted' },
    ],
  },
  {
    name: 'cart',
    v1: cartV1,
    v2: cartV2,
    targets: [
      { selector: '#qty-2', expect: '[data-line="2"] input', change: 'table → cards, id removed' },
      { selector: '#remove-1', expect: '[data-line="1"] button', change: 'table → cards, id removed' },
      { selector: '#promo', expect: 'input[name="promo"]', change: 'moved into a disclosure' },
      { selector: '#checkout', expect: 'button.checkout', change: 'relabeled, moved to a summary box' },
      { selector: '#subtotal', expect: 'strong.subtotal', change: 'id → class' },
      { selector: '#continue', expect: null, change: 'link deleted' },
    ],
  },
  {
    name: 'checkout',
    v1: checkoutV1,
    v2: checkoutV2,
    targets: [
      { selector: '#ship-street', expect: '#address1', change: 'renamed id and label' },
      { selector: '#ship-city', expect: '#town', change: 'renamed id, moved after postal code' },
      { selector: '#ship-zip', expect: '#postal', change: 'renamed id and label' },
      { selector: '#ship-country', expect: '#country', change: 'renamed id' },
      { selector: '#express', expect: 'input[value="express"]', change: 'id removed, relabeled' },
      { selector: '#place-order', expect: 'button.pay', change: 'relabeled Place order → Pay now' },
      { selector: '#ship-name', expect: null, change: 'split into first and last name' },
    ],
  },
  {
    name: 'order-history',
    v1: ordersV1,
    v2: ordersV2,
    targets: [
      { selector: '#track-10023', expect: '[data-order="10023"] a[href$="track"]', change: 'table → cards' },
      {
        selector: '#details-10011',
        expect: '[data-order="10011"] a',
        change: 'relabeled Details → View order',
      },
      { selector: '#return-10011', expect: null, change: 'returns removed' },
      { selector: '#older', expect: null, change: 'link replaced by a year select' },
    ],
  },
  {
    name: 'search-results',
    v1: searchV1,
    v2: searchV2,
    targets: [
      { selector: '#search-box', expect: 'input[name="q"]', change: 'id removed, moved into a form' },
      { selector: '#search-go', expect: 'button.icon', change: 'text → icon with aria-label' },
      { selector: '#result-count', expect: 'p.summary', change: 'id → class, reworded' },
      {
        selector: '.result-title[href="/p/2"]',
        expect: 'a.hit-title',
        change: 'class renamed, text extended',
      },
      { selector: '#load-more', expect: 'button.more', change: 'relabeled' },
    ],
  },
];
