/**
 * Corpus: travel — flight search, hotel results, booking extras, an
 * itinerary, car-rental filters, passenger details, a travel site's header
 * and a review form. Sold-out offers replaced by new ones in the same card,
 * options swapped for other options of the same look, fields dropped, and
 * the usual relabels and renamed ids.
 */
import { edit, type PagePair, page } from './page.js';

const flightV1 = page(
  'Flights',
  `<header><a href="/" id="logo">SkyFare</a></header>
<main><h1>Search flights</h1><form id="flight-search">
<div class="row"><label><input type="radio" name="trip" id="trip-return" checked> Return</label><label><input type="radio" name="trip" id="trip-oneway"> One way</label></div>
<label for="from">From</label><input id="from" placeholder="City or airport">
<label for="to">To</label><input id="to" placeholder="City or airport">
<label for="depart">Depart</label><input id="depart" type="date">
<label for="return">Return</label><input id="return" type="date">
<label for="pax">Passengers</label><select id="pax"><option>1 adult</option><option>2 adults</option></select>
<label class="row"><input type="checkbox" id="flexible"> My dates are flexible (± 3 days)</label>
<button id="search-flights" class="btn primary">Search flights</button></form></main>`,
);

const flightV2 = page(
  'Flights',
  `<header><a href="/" class="brand">SkyFare</a></header>
<main><h1>Where to next?</h1><form class="search">
<div class="tabs" role="tablist"><button role="tab" aria-selected="true" class="tab">Return</button><button role="tab" class="tab">One way</button><button role="tab" class="tab">Multi-city</button></div>
<div class="row"><input name="origin" placeholder="Leaving from" aria-label="From"><button type="button" class="swap" aria-label="Swap origin and destination">⇄</button><input name="destination" placeholder="Going to" aria-label="To"></div>
<div class="row"><label for="d1">Departure</label><input id="d1" type="date"><label for="d2">Return</label><input id="d2" type="date"></div>
<label for="travellers">Travellers</label><select id="travellers"><option>1 adult</option><option>2 adults</option></select>
<button class="btn primary">Find flights</button></form></main>`,
);

const hotelsV1 = page(
  'Hotels in Lisbon',
  `<main><h1>Hotels in Lisbon</h1><div class="row"><label for="sort">Sort by</label><select id="sort"><option>Recommended</option><option>Price</option></select></div>
<div class="card" id="h-alfama"><h3>Casa Alfama</h3><p>★★★★ · 8.9 Excellent · from €142</p><button class="deal">View deal</button> <button class="save" aria-label="Save Casa Alfama">♡</button></div>
<div class="card" id="h-baixa"><h3>Baixa Grand</h3><p>★★★★★ · 9.1 Superb · from €260</p><button class="deal">View deal</button> <button class="save" aria-label="Save Baixa Grand">♡</button></div>
<div class="card" id="h-belem"><h3>Belém River Inn</h3><p>★★★ · 8.2 Very good · from €98</p><button class="deal">View deal</button> <button class="save" aria-label="Save Belém River Inn">♡</button></div>
<button id="more-hotels">Show more hotels</button></main>`,
);

const hotelsV2 = page(
  'Hotels in Lisbon',
  `<main><h1>Hotels in Lisbon</h1><div class="row"><label for="order">Sort</label><select id="order"><option>Our top picks</option><option>Lowest price</option></select></div>
<div class="card hotel"><h3>Casa Alfama</h3><p>★★★★ · 8.9 Excellent · from €139</p><button class="btn">See availability</button> <button class="fav" aria-label="Save Casa Alfama">♡</button></div>
<div class="card hotel"><h3>Chiado Lofts</h3><p>★★★★ · 8.7 Excellent · from €175</p><button class="btn">See availability</button> <button class="fav" aria-label="Save Chiado Lofts">♡</button></div>
<div class="card hotel"><h3>Belém River Inn</h3><p>★★★ · 8.2 Very good · from €98</p><button class="btn">See availability</button> <button class="fav" aria-label="Save Belém River Inn">♡</button></div>
<button class="load-more">Load more</button></main>`,
);

const extrasV1 = page(
  'Your booking',
  `<main><h1>Your booking</h1><table id="price"><tr><td>Flight LIS → LHR</td><td>€118.00</td></tr><tr><td>Taxes and fees</td><td>€31.40</td></tr><tr><th>Total</th><th id="total">€149.40</th></tr></table>
<h2>Extras</h2><label class="row"><input type="checkbox" id="x-bag"> Checked bag (23 kg) +€35</label>
<label class="row"><input type="checkbox" id="x-insurance"> Travel insurance +€12</label>
<label class="row"><input type="checkbox" id="x-seat"> Choose your seat +€8</label>
<a href="#coupon" id="coupon-link">Have a coupon?</a>
<div class="row"><a href="/flights" id="back-results">Back to results</a><button id="to-passengers" class="btn primary">Continue</button></div></main>`,
);

const extrasV2 = page(
  'Your booking',
  `<main><div class="grid"><section><h1>Add extras</h1>
<div class="card row"><input type="checkbox" name="bag" aria-label="Checked bag (23 kg)"><span>Checked bag (23 kg)</span><span class="muted">+€35</span></div>
<div class="card row"><input type="checkbox" name="priority" aria-label="Priority boarding"><span>Priority boarding</span><span class="muted">+€9</span></div>
<div class="card row"><input type="checkbox" name="seat" aria-label="Choose your seat"><span>Choose your seat</span><span class="muted">+€8</span></div></section>
<aside class="card"><h3>Price summary</h3><p>Flight LIS → LHR €118.00</p><p>Taxes and fees €31.40</p><p><b class="total">Total €149.40</b></p><button class="link">Add a promo code</button>
<button class="btn primary">Continue to passenger details</button><a href="/flights" class="muted">Back to results</a></aside></div></main>`,
);

const tripV1 = page(
  'Trip to Kyoto',
  `<main><h1>Trip to Kyoto</h1><div class="row" role="tablist"><button role="tab" id="day-1">Day 1</button><button role="tab" id="day-2">Day 2</button><button role="tab" id="day-3">Day 3</button><button role="tab" id="day-4">Day 4</button></div>
<div class="card" id="stop-1"><h3>Fushimi Inari</h3><p>08:00 · 2 h</p><button class="edit-stop">Edit</button> <button class="remove-stop">Remove</button></div>
<div class="card" id="stop-2"><h3>Nishiki Market</h3><p>12:00 · 1 h</p><button class="edit-stop">Edit</button> <button class="remove-stop">Remove</button></div>
<button id="add-stop">+ Add a stop</button>
<div class="row"><button id="export-cal">Export to calendar</button><button id="share-trip">Share trip</button></div></main>`,
);

const tripV2 = page(
  'Trip to Kyoto',
  `<main><div class="row"><h1>Trip to Kyoto</h1><button class="share">Share</button><button class="ics">Add to calendar</button></div>
<nav class="days" role="tablist"><button role="tab" class="day">Mon 1</button><button role="tab" class="day">Tue 2</button><button role="tab" class="day">Wed 3</button></nav>
<ol class="stops"><li class="card"><h3>Fushimi Inari</h3><p>08:00 · 2 h</p><button class="icon" aria-label="Edit Fushimi Inari">✎</button> <button class="icon" aria-label="Remove Fushimi Inari">🗑</button></li>
<li class="card"><h3>Nishiki Market</h3><p>12:00 · 1 h</p><button class="icon" aria-label="Edit Nishiki Market">✎</button> <button class="icon" aria-label="Remove Nishiki Market">🗑</button></li></ol>
<button class="add">Add a place</button></main>`,
);

const carsV1 = page(
  'Car hire',
  `<div class="sidebar"><h3>Filters</h3><fieldset><legend>Car type</legend>
<label class="row"><input type="checkbox" id="type-economy"> Economy</label>
<label class="row"><input type="checkbox" id="type-compact"> Compact</label>
<label class="row"><input type="checkbox" id="type-suv"> SUV</label>
<label class="row"><input type="checkbox" id="type-van"> Van</label></fieldset>
<fieldset><legend>Transmission</legend><label class="row"><input type="radio" name="gear" id="gear-any" checked> Any</label><label class="row"><input type="radio" name="gear" id="gear-auto"> Automatic</label></fieldset>
<button id="apply-filters">Apply filters</button> <a href="#" id="reset-filters">Reset</a></div>
<main style="margin-left:220px"><h1>42 cars in Faro</h1><div class="card"><h3>Fiat 500</h3><p>€21/day</p><button class="book">Book</button></div></main>`,
);

const carsV2 = page(
  'Car hire',
  `<div class="sidebar"><div class="row"><h3>Filter</h3><button class="link clear">Clear all</button></div><fieldset><legend>Vehicle</legend>
<label class="row"><input type="checkbox" name="economy"> Economy</label>
<label class="row"><input type="checkbox" name="compact"> Compact</label>
<label class="row"><input type="checkbox" name="suv"> SUV</label>
<label class="row"><input type="checkbox" name="electric"> Electric</label></fieldset>
<fieldset><legend>Gearbox</legend><label class="row"><input type="radio" name="gear" value="any" checked> Any</label><label class="row"><input type="radio" name="gear" value="auto"> Automatic only</label></fieldset>
<button class="btn">Show 42 cars</button></div>
<main style="margin-left:220px"><h1>42 cars in Faro</h1><div class="card"><h3>Fiat 500</h3><p>€21/day</p><button class="book">Book</button></div></main>`,
);

const paxV1 = page(
  'Passenger details',
  `<main><h1>Passenger 1</h1><form id="pax-form">
<label for="title">Title</label><select id="title"><option>Mr</option><option>Ms</option><option>Dr</option></select>
<label for="first">First name</label><input id="first" name="first">
<label for="middle">Middle name</label><input id="middle" name="middle">
<label for="last">Last name</label><input id="last" name="last">
<label for="dob">Date of birth</label><input id="dob" type="date">
<label for="passport">Passport number</label><input id="passport" name="passport">
<button id="save-pax" class="btn primary">Save passenger</button></form></main>`,
);

const paxV2 = page(
  'Passenger details',
  `<main><h1>Who is travelling?</h1><p class="muted">Names must match the passport.</p><form class="traveller">
<label for="gender">Gender</label><select id="gender"><option>Female</option><option>Male</option><option>Unspecified</option></select>
<div class="grid"><div><label for="given">Given names</label><input id="given" name="first" autocomplete="given-name"></div><div><label for="family">Surname</label><input id="family" name="last" autocomplete="family-name"></div></div>
<label for="birth">Date of birth</label><input id="birth" type="date">
<label for="doc">Passport or ID number</label><input id="doc" name="document">
<button class="btn primary">Continue</button></form></main>`,
);

const travelNavV1 = page(
  'Wayfarer',
  `<header><a href="/" id="home">Wayfarer</a><nav id="main-nav"><a href="/flights" id="nav-flights">Flights</a><a href="/hotels" id="nav-hotels">Hotels</a><a href="/cars" id="nav-cars">Cars</a><a href="/cruises" id="nav-cruises">Cruises</a><a href="/deals" id="nav-deals">Deals</a></nav>
<select id="currency"><option>EUR</option><option>GBP</option></select><a href="/login" id="nav-login">Sign in</a></header>
<main><h1>Find your next trip</h1><p>Flights, hotels and cars in one place.</p></main>`,
);

const travelNavV2 = page(
  'Wayfarer',
  `<header><a href="/" class="logo" aria-label="Wayfarer home">W</a><nav class="primary"><a href="/flights">Flights</a><a href="/stays">Stays</a><a href="/cars">Car rental</a><a href="/activities">Activities</a><a href="/offers">Offers</a></nav>
<button class="currency" aria-label="Currency">€ EUR</button><a href="/login" class="btn">Log in</a></header>
<main><h1>Find your next trip</h1><p>Flights, stays and cars in one place.</p></main>`,
);

const reviewV1 = page(
  'Write a review',
  `<main><h1>Review your stay at Casa Alfama</h1><form id="review">
<fieldset><legend>Overall rating</legend><div class="row"><label><input type="radio" name="stars" id="star-1"> 1</label><label><input type="radio" name="stars" id="star-2"> 2</label><label><input type="radio" name="stars" id="star-3"> 3</label><label><input type="radio" name="stars" id="star-4"> 4</label><label><input type="radio" name="stars" id="star-5"> 5</label></div></fieldset>
<label for="r-title">Title</label><input id="r-title">
<label for="r-body">Your review</label><textarea id="r-body" rows="5"></textarea>
<label for="r-trip">Trip type</label><select id="r-trip"><option>Couple</option><option>Family</option><option>Business</option></select>
<label class="row"><input type="checkbox" id="r-photos"> I want to add photos</label>
<button id="post-review" class="btn primary">Post review</button></form></main>`,
);

const reviewV2 = edit(reviewV1, [
  [
    '<label for="r-title">Title</label><input id="r-title">',
    '<label for="headline">Headline</label><input id="headline" maxlength="80">',
  ],
  [
    '<label for="r-body">Your review</label><textarea id="r-body" rows="5">',
    '<label for="r-body">Tell other travellers about your stay</label><textarea id="r-body" name="body" rows="6" class="review-body">',
  ],
  [
    '<label class="row"><input type="checkbox" id="r-photos"> I want to add photos</label>',
    '<label class="row"><input type="checkbox" name="recommend"> I would recommend this hotel</label>',
  ],
  [
    '<button id="post-review" class="btn primary">Post review</button>',
    '<button class="btn primary">Submit review</button>',
  ],
  ['id="star-1"> 1', 'value="1" aria-label="1 star"> 1'],
  ['id="star-4"> 4', 'value="4" aria-label="4 stars"> 4'],
]);

/** Travel pages. */
export const TRAVEL_PAIRS: readonly PagePair[] = [
  {
    name: 'flight-search',
    v1: flightV1,
    v2: flightV2,
    targets: [
      { selector: '#trip-oneway', expect: 'button.tab:nth-of-type(2)', change: 'radio → tab' },
      { selector: '#from', expect: 'input[name="origin"]', change: 'id removed, placeholder reworded' },
      { selector: '#to', expect: 'input[name="destination"]', change: 'id removed, placeholder reworded' },
      { selector: '#depart', expect: '#d1', change: 'renamed id and label' },
      { selector: '#pax', expect: '#travellers', change: 'renamed id and label' },
      { selector: '#flexible', expect: null, change: 'flexible dates option deleted' },
      {
        selector: '#search-flights',
        expect: 'button.primary',
        change: 'relabeled Search flights → Find flights',
      },
    ],
  },
  {
    name: 'hotel-results',
    v1: hotelsV1,
    v2: hotelsV2,
    targets: [
      {
        selector: '#h-alfama .deal',
        expect: '.hotel:nth-of-type(2) button.btn',
        change: 'relabeled View deal → See availability',
      },
      { selector: '#h-baixa .deal', expect: null, change: 'sold out; another hotel card in its place' },
      { selector: '#h-baixa .save', expect: null, change: 'sold out; another hotel card in its place' },
      {
        selector: '#h-belem .deal',
        expect: '.hotel:nth-of-type(4) button.btn',
        change: 'id of the card removed, relabeled',
      },
      { selector: '#sort', expect: '#order', change: 'renamed id, options reworded' },
      {
        selector: '#more-hotels',
        expect: 'button.load-more',
        change: 'relabeled Show more hotels → Load more',
      },
    ],
  },
  {
    name: 'booking-extras',
    v1: extrasV1,
    v2: extrasV2,
    targets: [
      { selector: '#x-bag', expect: 'input[name="bag"]', change: 'list → cards, id removed' },
      { selector: '#x-insurance', expect: null, change: 'insurance dropped; priority boarding in its place' },
      { selector: '#x-seat', expect: 'input[name="seat"]', change: 'list → cards, id removed' },
      { selector: '#coupon-link', expect: 'aside button.link', change: 'link → button, relabeled' },
      { selector: '#total', expect: 'b.total', change: 'table → summary card' },
      { selector: '#to-passengers', expect: 'button.primary', change: 'relabeled, moved into the summary' },
      { selector: '#back-results', expect: 'aside a.muted', change: 'moved into the summary' },
    ],
  },
  {
    name: 'trip-itinerary',
    v1: tripV1,
    v2: tripV2,
    targets: [
      { selector: '#day-2', expect: 'button.day:nth-of-type(2)', change: 'relabeled Day 2 → Tue 2' },
      { selector: '#day-4', expect: null, change: 'trip shortened, last day deleted' },
      {
        selector: '#stop-2 .edit-stop',
        expect: '[aria-label="Edit Nishiki Market"]',
        change: 'text → icon with aria-label',
      },
      {
        selector: '#stop-1 .remove-stop',
        expect: '[aria-label="Remove Fushimi Inari"]',
        change: 'text → icon with aria-label',
      },
      { selector: '#add-stop', expect: 'button.add', change: 'relabeled' },
      { selector: '#export-cal', expect: 'button.ics', change: 'relabeled, moved to the header' },
      { selector: '#share-trip', expect: 'button.share', change: 'relabeled Share trip → Share, moved' },
    ],
  },
  {
    name: 'car-filters',
    v1: carsV1,
    v2: carsV2,
    targets: [
      { selector: '#type-compact', expect: 'input[name="compact"]', change: 'id → name' },
      { selector: '#type-van', expect: null, change: 'van option dropped; an Electric option in its place' },
      { selector: '#gear-auto', expect: 'input[value="auto"]', change: 'id removed, relabeled' },
      {
        selector: '#apply-filters',
        expect: 'div.sidebar button.btn',
        change: 'relabeled Apply filters → Show 42 cars',
      },
      { selector: '#reset-filters', expect: 'button.clear', change: 'link → button, relabeled, moved up' },
    ],
  },
  {
    name: 'passenger-details',
    v1: paxV1,
    v2: paxV2,
    targets: [
      { selector: '#title', expect: null, change: 'title select dropped; a gender select in its place' },
      { selector: '#first', expect: '#given', change: 'renamed id and label, name kept' },
      { selector: '#middle', expect: null, change: 'middle name field deleted' },
      { selector: '#last', expect: '#family', change: 'renamed id and label, name kept' },
      { selector: '#dob', expect: '#birth', change: 'renamed id' },
      { selector: '#passport', expect: '#doc', change: 'renamed id, name and label' },
      { selector: '#save-pax', expect: 'button.primary', change: 'relabeled Save passenger → Continue' },
    ],
  },
  {
    name: 'travel-nav',
    v1: travelNavV1,
    v2: travelNavV2,
    targets: [
      { selector: '#nav-hotels', expect: 'a[href="/stays"]', change: 'relabeled Hotels → Stays, new URL' },
      { selector: '#nav-cars', expect: 'a[href="/cars"]', change: 'relabeled Cars → Car rental' },
      { selector: '#nav-cruises', expect: null, change: 'cruises dropped; Activities in its place' },
      { selector: '#nav-deals', expect: 'a[href="/offers"]', change: 'relabeled Deals → Offers, new URL' },
      { selector: '#currency', expect: 'button.currency', change: 'select → button' },
      { selector: '#nav-login', expect: 'header a.btn', change: 'relabeled Sign in → Log in' },
      { selector: '#home', expect: 'a.logo', change: 'text → logo with aria-label' },
    ],
  },
  {
    name: 'review-form',
    v1: reviewV1,
    v2: reviewV2,
    targets: [
      { selector: '#star-4', expect: 'input[value="4"]', change: 'id removed, aria-label added' },
      { selector: '#r-title', expect: '#headline', change: 'renamed id and label' },
      {
        selector: '#r-photos',
        expect: null,
        change: 'photo option dropped; a recommend checkbox in its place',
      },
      { selector: '#post-review', expect: 'button.primary', change: 'relabeled Post review → Submit review' },
    ],
  },
];
