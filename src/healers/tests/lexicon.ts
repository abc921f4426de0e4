/**
 * The words interface writers swap for one another. A redesign that relabels
 * "Cancel" as "Discard" or "Careers" as "Jobs" kept the control and changed
 * its wording; nothing in the markup says so, only the meaning of the words.
 * This lexicon is that meaning for the small vocabulary of controls and
 * navigation: each group holds labels that name the same action or place in
 * an interface, so that a label whose words all have a counterpart of the
 * same group reads as the same label.
 *
 * Groups are deliberately narrow: "Cancel" (abandon what you were doing) and
 * "Delete" (destroy something) are different actions although a dictionary
 * lists them as synonyms, and so are "Share" and "Copy link". A word may
 * belong to several groups ("discard" a draft is deleting it, "discard"
 * changes is cancelling); two labels match when they share a group, never by
 * a chain of groups.
 */
import { words } from './words.js';

/** Each line one group; entries separated by commas; an entry may be a phrase. */
const GROUPS = `
cancel, discard, dismiss, never mind, not now, abort, go back
close, dismiss, hide, done
delete, remove, trash, move to trash, erase, destroy, discard, bin
delete account, close account, deactivate account, cancel account
save, save changes, update, apply, keep changes, store
edit, modify, change, update, rename, adjust, manage
add, new, create, plus, insert
search, find, look up, lookup, query, go
filter, refine, narrow
reset, clear, clear all, start over, reset filters
submit, send, confirm, place
sign in, log in, login, signin, log on, sign on
sign up, register, create account, join, get started, start free trial, try free, open account
sign out, log out, logout, signout
subscribe, sign up, join, follow, get updates, notify me, sign me up, keep me posted
unsubscribe, unfollow, leave, opt out
continue, next, proceed, go on, forward
back, previous, prev, return
next page, older, more, load more, show more, see more, view more, more results
newer, previous page, earlier
checkout, check out, buy, buy now, purchase, pay, pay now, place order, order now, get ticket, book, book now, reserve
cart, basket, bag, trolley
wishlist, favourite, favorite, save for later, heart
like, heart, upvote, thumbs up
bookmark, save for later
download, export, save as, get
upload, attach, add file, import, browse
share, send to, post
print
refresh, reload, sync, update
details, view, view detail, more info, learn more, see detail, open, show, read more, info
settings, preferences, option, configure, configuration, setup, gear
profile, account, my account, me, user
help, support, faq, help centre, help center, contact support, get help
contact, contact us, get in touch, talk to us, reach us
message, chat, contact, dm, write, send message
call, phone, ring
home, dashboard, overview, start page
notification, alert, inbox, activity
job, career, join us, work with us, hiring, opening, vacancy, position
changelog, release note, what new, update, news
deal, offer, sale, discount, promotion, promo, special
hotel, stay, accommodation, lodging, place to stay, room
flight, fly, air
car, car hire, car rental, rental
price, pricing, plan, cost
about, about us, company, who we are
blog, article, story, news, post
doc, documentation, guide, manual, reference
team, member, people, user
invite, add member, add people, add user, share access
approve, accept, allow, grant
reject, decline, deny, refuse
archive, store away
mute, snooze, silence, ignore
play, start, resume
pause, hold, stop
start, begin, launch, run, go, get started
finish, complete, done, end, wrap up
yes, yep, sure, ok, okay, agree
no, nope, disagree
work, office, business
home address, residential
first name, given name, forename
last name, surname, family name
email, e mail, email address, mail
password, passcode, passphrase
phone number, mobile, telephone, phone
address, street
postcode, zip, postal code, zip code
date of birth, birthday, birth date, dob
from, start date, first day, depart, departure, check in, start
to, end date, last day, return, arrival, check out, end
quantity, qty, amount, number
note, comment, remark, message
expand, show all, open all, more
collapse, show less, less
copy, copy to clipboard
duplicate, clone, make a copy
report, flag, report abuse
show, reveal, unhide, show password, visibility, toggle visibility
hide, conceal, hide password
swap, reverse, switch, flip, exchange
increase, raise, increment, add one, plus, up, more
decrease, lower, decrement, remove one, minus, down, less
publish, release, go live, make public, post
resolve, solve, mark resolved, mark solved, mark as solved, close ticket
recipient, payee, pay to, beneficiary, send to, to
complete, completed, mark complete, mark as complete, mark as done, done, finished
reminder, notification, alert, notify
event, what's on, whats on, happening
clinician, doctor, practitioner, provider, who with, physician
clinic, practice, surgery, location, centre, center
transit, public transport, public transit, bus, train
problem, issue, something isn't working, not working, bug, fault, error
hold, reserve, reservation, place hold, book
registration, registration number, reg, licence plate, license plate, number plate
column, status, stage, lane
cv, resume, résumé, curriculum vitae
note, secure note, memo
subscription, plan, membership
quote, price, estimate, pricing, cost, rate
see, view, show, display
got it, ok, okay, understood, dismiss, close
account settings, account, profile settings, my account
billing, payment, billing detail, payment detail, payment method
invoice, receipt, bill
track, trace, track order, track parcel, where my order
schedule, calendar, timetable, agenda
appointment, booking, reservation, slot
reschedule, change date, change time, move
upload photo, add photo, change photo, change picture, change avatar
attachment, add attachment, attach file, upload file
comment, reply, respond, answer
rating, rate, review, star
feedback, send feedback, give feedback
language, locale
privacy, privacy setting, data and privacy
security, password and security, sign in and security
log, history, activity, audit log
order history, past order, previous order, my order
sort, sort by, order by
view all, see all, show all, browse all
map, map view, show map
list view, list
grid view, grid
zoom in, enlarge
zoom out, shrink
fullscreen, full screen, maximise, enter full screen
exit full screen, minimise
unmute, sound on
next track, skip, next song
previous track, previous song
shuffle, random
repeat, loop
top up, add money, add fund, deposit
withdraw, cash out
transfer, send money, move money, pay someone, make a transfer
balance, available balance, funds
statement, account statement
donate, give, give now, donate now, contribute
enroll, enrol, register, join course, start course
continue learning, resume course, resume
quiz, test, exam, assessment
grade, mark, score, result
submit, hand in, turn in
size guide, size chart, sizing
delivery, shipping, postage
return, return policy, refund
address book, saved addresses, addresses
wallet, saved card, payment method
promo code, discount code, coupon, voucher, gift code, promo
directions, route, get directions, navigate
dark mode, dark theme, night mode
theme, appearance
keyboard shortcut, shortcut, hotkey
redo, repeat last
bold, b
underline, u
font size, text size
image, insert image, add image, picture, photo
link, insert link, add link
heading, title
username, user name, handle, login name
company, organisation, organization, employer
website, url, homepage, web address, site
country, region
city, town
state, province, county
subject, topic
menu, more option, action, option
undo, revert, roll back, rollback
retry, try again, re run, rerun
discussion, talk, conversation, thread
down payment, deposit
redeem, activate, apply code, use code, enter code
redeem code, product key, activation code, gift code, activate product key
locate me, show my location, my location, find me, use my location, current location
registry, gift registry, gift list, gift
skip, exclude, leave out, omit
bedtime, wind down, sleep
lead, prospect, contact
restore, revert, roll back, rollback, revert to this version, restore this version
odometer, mileage, distance driven
request, ask
watch, follow
home price, purchase price, property price, house price, price
return location, drop off, drop off location, drop off branch, return branch
submit for approval, send to approver, send for approval, request approval
decline, regretfully decline, can t make it, cannot attend, not attending, can t attend, won t attend
uninstall, remove, delete
schedule, book, arrange, set up
advance, move forward, move to next stage, next stage, progress
check in, i m here, i have arrived, arrived, here
install, download, get
unfinished, in progress, incomplete, ongoing, not finished
reboot, restart, power cycle
`;

/** Entry (normalised words joined by spaces) → the groups it belongs to. */
const ENTRIES = new Map<string, number[]>();
/** The longest entry, in words, for phrase matching. */
let LONGEST = 1;

for (const [g, line] of GROUPS.trim().split('\n').entries()) {
  for (const raw of line.split(',')) {
    const key = words(raw).join(' ');
    if (!key) continue;
    const groups = ENTRIES.get(key) ?? [];
    if (!groups.includes(g)) groups.push(g);
    ENTRIES.set(key, groups);
    LONGEST = Math.max(LONGEST, key.split(' ').length);
  }
}

/** A label read as units: the longest lexicon phrase at each point, else the word itself. */
interface Unit {
  readonly text: string;
  readonly groups: readonly number[];
}

function unitsOf(ws: readonly string[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < ws.length; ) {
    let taken = 1;
    let groups: readonly number[] = [];
    for (let n = Math.min(LONGEST, ws.length - i); n >= 1; n--) {
      const found = ENTRIES.get(ws.slice(i, i + n).join(' '));
      if (found) {
        taken = n;
        groups = found;
        break;
      }
    }
    out.push({ text: ws.slice(i, i + taken).join(' '), groups });
    i += taken;
  }
  return out;
}

/** Memo of a label's units: a page's labels are compared with every candidate's. */
const UNITS = new Map<string, Unit[]>();

function unitsFor(label: string): Unit[] {
  let u = UNITS.get(label);
  if (!u) {
    if (UNITS.size > 50_000) UNITS.clear();
    u = unitsOf(words(label));
    UNITS.set(label, u);
  }
  return u;
}

const alike = (a: Unit, b: Unit): boolean => a.text === b.text || a.groups.some((g) => b.groups.includes(g));

/**
 * How alike two labels are in meaning: the share of the units of both (words,
 * or lexicon phrases) that have a counterpart in the other — the same word,
 * or one of a common group. 1 for "Cancel" / "Discard"; 2/3 for "Save" /
 * "Update email"; 0 for "Cancel" / "Delete address".
 * @example meaningSimilarity('Careers', 'Jobs') // 1
 */
export function meaningSimilarity(a: string, b: string): number {
  const ua = unitsFor(a);
  const ub = unitsFor(b);
  if (ua.length === 0 || ub.length === 0) return 0;
  const matchedA = ua.filter((x) => ub.some((y) => alike(x, y))).length;
  const matchedB = ub.filter((y) => ua.some((x) => alike(x, y))).length;
  return (matchedA + matchedB) / (ua.length + ub.length);
}

/**
 * Word → the entries that say what an entry holding it says: the group mates
 * of each entry it is part of, each as its words. Built once, as `saidIn`
 * runs for every distinguishing word of every candidate of a page.
 */
const MATES = new Map<string, string[][]>();
{
  const members = new Map<number, string[]>();
  for (const [key, groups] of ENTRIES)
    for (const g of groups) members.set(g, [...(members.get(g) ?? []), key]);
  for (const [entry, groups] of ENTRIES) {
    const mates = new Set<string>();
    for (const g of groups) for (const m of members.get(g) ?? []) if (m !== entry) mates.add(m);
    for (const w of new Set(entry.split(' '))) {
      const known = new Set((MATES.get(w) ?? []).map((m) => m.join(' ')));
      const added = [...mates].filter((m) => !known.has(m)).map((m) => m.split(' '));
      MATES.set(w, [...(MATES.get(w) ?? []), ...added]);
    }
  }
}

/**
 * Whether a set of normalised words says what the word `w` said, in other
 * words: some lexicon entry holding `w` ("careers", or "sign" of "sign up")
 * has a group mate whose words are all in the set ("jobs"; "subscribe").
 * @example saidIn(new Set(['release', 'note']), 'changelog') // true
 */
export function saidIn(set: ReadonlySet<string>, w: string): boolean {
  return (MATES.get(w) ?? []).some((mate) => mate.every((x) => set.has(x)));
}
