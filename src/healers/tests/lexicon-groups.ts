/**
 * The lexicon's groups (lexicon.ts explains how they are read): one group per
 * line, entries separated by commas, an entry may be a phrase; lines starting
 * with # are headings. The general groups came from the development pairs'
 * relabels; the domain groups were written from general knowledge of how
 * product interfaces word things, by writers who had not seen the benchmark's
 * pages.
 */
export const LEXICON_GROUPS = `
# general: actions, navigation and form fields
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
transit, public transport, public transit
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
suspend, deactivate, disable, lock, block access
enable, activate, turn on, switch on
turn off, switch off, disable, power off
mark as read, mark read
mark as unread, mark unread
reply all, respond all
forward, fwd, send on
compose, new message, write message, new email, write email, new mail
save draft, save as draft, keep as draft
star, mark important, flag, important
spam, junk, report spam, mark spam
move, move to, move to folder, file
new folder, create folder, add folder
tag, label, category, categorize, categorise
assign, assign to, set owner, assignee, owner, take
unassign, remove assignee
priority, urgency, importance, severity
due date, deadline, due, due by
exit, quit, leave
refund, reimburse, money back, issue refund
pay invoice, pay bill, settle, pay balance
continue shopping, keep shopping, back to shop, back to store
save search, saved search, create alert, search alert, alert me, notify me, get alert
volume, sound, audio
caption, subtitle, cc, closed caption
quality, resolution, hd
speed, playback speed, playback rate
rewind, skip back, replay, back 10 second, back 15 second
fast forward, skip ahead, forward 10 second, forward 30 second
queue, up next, play next
add to playlist, add to queue, save to playlist
crop, trim, cut
rotate, turn
brightness, exposure, light
draw, pen, brush, pencil, marker
eraser, erase
select, choose, pick, pick this
verify, confirm, validate
check answer, submit answer, mark answer
hint, clue, tip, get hint
scan, scan code, scan qr, scan barcode
reorder, buy again, order again, repeat order
write review, leave review, review, rate
helpful, this helped, useful, was helpful
not helpful, this did not help, unhelpful
contact seller, message seller, ask seller
block, ban, block user
pin, pin top, keep top, stick
unpin, unstick
edit profile, update profile, change profile
change password, update password, new password, set password
forgot password, reset password, can t sign in, trouble signing, forgotten password
two factor, 2fa, two step verification, two step, mfa, authenticator, two factor authentication
resend, send again, resend code, send new code, request new code, get new code, send code again
remember me, keep me signed in, stay signed in, keep me logged in, stay logged in
terms, terms of service, terms and condition, legal, t c
accept all, allow all, accept cookie, agree all, accept
reject all, decline all, necessary only, only essential, essential only, reject non essential
cookie setting, manage cookie, manage preference, customise, customize, privacy setting, cookie preference
upgrade, go pro, go premium, upgrade plan, get pro
downgrade, switch lower plan
cancel subscription, end subscription, cancel plan, cancel membership, end membership
renew, extend, renew now
contact sales, talk sales, book demo, request demo, get demo
deploy, ship, roll out, rollout, release, promote
build, compile
stop, halt, terminate, kill, shut down, end
shut down, power off, turn off
metric, monitoring, graph, chart, stat, statistic, analytic, insight
incident, outage, alert
environment variable, env var, variable, secret, config var
api key, token, access token, secret key, key
merge, combine, join
empty trash, delete forever, delete permanently, permanently delete
select all, check all
deselect, clear selection, unselect, select none, deselect all
bulk action, action, more action
card number, card, credit card number, card no
expiry, expiry date, expiration, expiration date, exp, valid thru, expire
cvc, cvv, security code, card code, cvv2
name on card, cardholder, cardholder name
billing address, invoice address
shipping address, delivery address, ship to, deliver to
mobile number, cell, cell phone, mobile phone, phone number
job title, role, position
salary, pay, compensation, wage, expected salary
notice period, availability, when can you start, start date, when could you start, available from
cover letter, motivation letter, covering letter
apply, apply now, submit application, send application
venue, location, place, where
guest, party size, traveller, traveler, passenger, attendee, number of guest, people
child, kid, children
one way, single
round trip, return trip
departure, depart, leaving, outbound
arrival, arrive, inbound
seat, seat selection, choose seat, pick seat, select seat
baggage, luggage, bag, checked bag, checked baggage
boarding pass, mobile pass
itinerary, trip, my trip, my booking
cancel booking, cancel reservation, cancel trip
manage booking, view booking, change booking, modify booking
pickup, collection, click and collect, collect, pick up, collect in store, store pickup
tip, gratuity
serving, portion, serve
temperature, temp, heat
light, lighting, lamp
lock, lock door, secure
unlock, open lock
away, vacation mode, holiday mode, away mode
eco, energy saving, power saving
workout, exercise, training, activity, session
goal, target, objective
heart rate, pulse, bpm
medication, medicine, prescription, med, drug
refill, renew prescription, reorder
test result, lab result, result
allergy, allergie
dose, dosage
record, log, enter, capture, add entry
assignment, homework, coursework, task
student, pupil, learner
teacher, instructor, tutor, educator
course, class, module
lesson, unit, session
drop, drop course, withdraw, unenroll, unenrol, remove course, leave course
borrow, check out, loan, take out
renew, extend loan, renew loan, extend
fine, fee, charge, penalty
catalog, catalogue, search catalog, browse catalog
in stock, available, availability
out of stock, sold out, unavailable
notify when available, back in stock alert, email me when available, notify me
compare, comparison, add compare
quick view, preview, peek, quick look
gallery, photo, image, picture
spec, specification, tech spec, technical detail
warranty, guarantee, protection plan, coverage, protection
gift wrap, gift wrapping, wrap gift, add gift wrap
gift card, gift voucher, e gift card, voucher
store locator, find store, store, store finder, find shop, our store
set as my store, make this my store, choose store, select store, my store
customize, personalize, personalise, configure, build your own
total, order total, grand total, amount due, to pay, total due
subtotal, sub total, item total
tax, vat, sales tax
estimate, estimated, approx, approximately
upload, add document, upload document, choose file, select file, browse file
remove, remove file, delete file, detach
sign, signature, e sign, add signature, sign document, sign here
initial, initials, add initial
attach, attachment
assign, delegate, hand over, reassign, transfer
escalate, raise, bump
merge ticket, combine ticket
close ticket, resolve, mark resolved
reopen, open again, re open
snooze, remind me later, later, postpone, defer
snapshot, backup, back up
restore backup, restore, recover
invite, send invite, send invitation, add people, share
permission, access, role, privilege, right
owner, admin, administrator, manager
viewer, read only, can view
editor, can edit
members, team members, people, user, seat
usage, consumption, meter reading
reading, meter reading, submit reading, enter reading
tariff, rate, plan, price plan
outage, power cut, blackout, fault
donation, gift, contribute, give
monthly, every month, per month, month
yearly, annual, annually, every year, per year, year
weekly, every week, per week, week
daily, every day, per day, day
quarterly, every quarter
# domains: email, calendars, trackers, files, media, social, learning, health, fitness, home, utilities, government
sent, sent mail, sent item, sent message, sent email
trash, deleted item, deleted message, deleted, recycle bin, wastebasket, bin, deleted folder
cc, carbon copy, add cc
bcc, blind carbon copy, blind copy, add bcc
email signature, signature, mail signature
out of office, auto reply, automatic reply, vacation responder, away message, autoresponder, automatic replies
unread, not read, unseen
contact list, address book, phonebook, phone book, people
emoji, emoticon, smiley, emoji picker, insert emoji
add reaction, react, emoji reaction, reaction
voice message, voice note, audio message, voice memo, voice clip
video call, video chat, video meeting, start video call
voice call, audio call, phone call
group chat, group conversation, group message, group thread
new chat, start chat, new conversation, start conversation, new message, start messaging
leave group, exit group, leave chat, leave conversation, quit group
chat, conversation, thread, message thread
schedule send, send later, schedule message, schedule email, delayed send, delay delivery
undo send, unsend, recall message, retract message, delete for everyone, remove for everyone, delete for all
mail rule, inbox rule, email rule, email filter, message rule, message filter
not spam, not junk, this is not spam, mark not spam, mark not junk, move to inbox
do not disturb, dnd, quiet hours, focus mode, mute notifications, pause notifications
new event, create event, add event, new appointment, add appointment, new meeting, schedule meeting, new calendar event
all day, all day event, whole day, full day
recurrence, repeat, recurring, repeat event, recurring event, repeats
time zone, timezone, tz
today, go to today, jump to today, current day
rsvp, respond to invitation, reply to invitation, respond to invite, are you going, will you attend
attend, going, attending, i m going, will attend, count me in, i ll be there, yes i ll be there
maybe, tentative, tentatively accept, might attend, not sure
organizer, organiser, host, event organizer, event organiser, hosted by, organized by, organised by
set reminder, add reminder, remind me, create reminder
find a time, find time, scheduling assistant, find meeting time, suggest time, suggested times
join meeting, join call, enter meeting, join video call, join conference
hang up, end call, leave call, disconnect call
mute microphone, mute mic, turn off microphone, mic off, microphone off
camera off, turn off camera, stop video, video off, disable camera
turn on camera, start video, enable camera
share screen, screen share, present now, share your screen, screen sharing, start presenting screen
add to calendar, save to calendar, add to my calendar, put in calendar
working hours, work hours, business hours, office hours
duration, length, how long, event length, meeting length
start time, begin time, starts at, begins at, time from
end time, finish time, ends at, finishes at, until
time off, vacation, holiday, pto, annual leave, leave request, absence, paid time off
public holiday, bank holiday, national holiday, federal holiday, statutory holiday
task, to do, todo, action item
issue, ticket, work item
new issue, create issue, new ticket, open ticket, raise ticket, log ticket, report issue, file issue, submit ticket, create ticket, report bug, file bug
new task, add task, create task, add to do, new to do, add todo
sprint, iteration, cycle
board, kanban, kanban board, board view
timeline, roadmap, gantt, gantt chart, timeline view
story point, story points, effort, complexity points
reporter, created by, author, requester, creator
not started, to do, todo, yet to start, not yet started
under review, awaiting review, pending review, review in progress, being reviewed
impeded, blocker, stuck
won t fix, wontfix, won t do, will not fix, not planned, closed as not planned
mark as duplicate, close as duplicate, dupe, mark as dupe
add column, add list, add stage, add section, add lane, new column, new list, new section
feature request, enhancement, improvement, suggestion, idea, request a feature, suggest a feature
integration, addon, plugin, extension, power up, app integration, marketplace app
created date, date created, creation date, created at, date added
last updated, updated, modified, last modified, date modified, updated at, last edited, last changed
overdue, past due, behind schedule
shared with me, shared with you, shared files, shared items, files shared with me
recent, recents, recently opened, recently viewed, recently used, recent files, recent items, recently accessed
starred, favourite, favorite, starred files, quick access
get link, copy link, create link, generate link, get shareable link, copy shareable link
manage access, who has access, sharing settings, share settings, access settings, manage sharing
private, only me, only you, just me, visible only to me
storage, storage space, quota, storage quota, storage used, space used, disk space, disk usage
get more storage, buy storage, upgrade storage, add storage, increase storage
version history, version, previous versions, revision history, revision, file history, page history
make available offline, available offline, offline access, keep offline, save offline, download for offline
properties, file info, file details, get info, file properties, info panel
suggesting, suggest edits, suggestion mode, track changes, suggesting mode
outline, table of contents, document outline, navigation pane, toc
font color, text color, font colour, text colour
highlight, highlight color, highlighter, text highlight, highlight text
strikethrough, strike through, strike, strikeout, cross out
bulleted list, bullet list, bullet points, unordered list, bullets
numbered list, number list, ordered list
clear formatting, remove formatting, clear format, remove format, clear style
paste without formatting, paste as plain text, paste plain text, paste and match style, paste text only, keep text only
find and replace, find replace, search and replace, search replace
spell check, spelling, spelling and grammar, proofing, check spelling, spellcheck
slideshow, slide show, start slideshow, presentation mode, present, play slideshow, start presenting, present from beginning
newest, newest first, most recent, latest, latest first, recent first, newest to oldest
oldest, oldest first, earliest first, oldest to newest, least recent, earliest
undelete, put back, restore from trash, recover deleted, untrash, restore deleted, restore item, restore
split clip, split, razor, blade, slice clip, cut at playhead, split at playhead
preset, photo filter, filter preset, style preset
auto enhance, enhance, auto fix, auto adjust, magic fix, quick fix, auto tone
white balance, warmth, color temperature, colour temperature, wb
resize, scale, change size, image size, resize image
background blur, blur background, portrait blur, bokeh, depth effect
remove background, background remover, erase background, cut out, remove bg, bg remover, background eraser
remove object, object eraser, magic eraser, object removal, erase object
revert to original, reset all edits, discard edits, undo all, restore original, reset to original
media library, media pool, media browser, project media, asset library, assets, media
voiceover, voice over, narration, record voiceover, record narration, record voice
background music, add music, soundtrack, music track, add soundtrack
picture in picture, pip, pop out, pop out video, floating video, float video
cast, cast to device, play on tv, play on device, stream to tv, send to tv, watch on tv, cast to tv
autoplay, auto play, autoplay next, play next automatically, auto advance
skip intro, skip opening, skip opening credits, skip title sequence
continue watching, resume watching, keep watching, resume playback, pick up where you left off
play from beginning, watch from beginning, restart video, play from start, watch from start, start from beginning, start over
watch later, watchlist, watch list, add to watchlist, save to watch later, want to watch
audio language, audio track, dub, dubbed, spoken language
microphone, mic, audio input, input device
speaker, speakers, audio output, output device, playback device, sound output
camera, webcam, video input, video source, camera source
noise suppression, noise cancellation, background noise removal, reduce noise, noise reduction, denoise
take photo, take picture, capture photo, take snapshot, capture image, shutter
news feed, feed, newsfeed, home feed, timeline, home timeline
new post, create post, write post, compose post, start post, add post, start thread, new thread, new topic, create topic, start discussion, new discussion, start topic
repost, retweet, reblog, reshare, share post, re share
downvote, thumbs down, dislike, vote down
kudos, give kudos, high five, props, cheer, clap, applause, like
friend, connection, my network, friends list, friend list
add friend, send friend request, add connection, send connection request, befriend
unfriend, remove friend, remove connection, delete friend
about me, bio, biography, intro, about yourself, profile bio
display name, screen name, public name, profile name
avatar, profile picture, profile photo, profile pic, display picture, profile image, user picture
cover photo, cover image, header image, header photo, profile banner, banner image
explore, discover, discovery
not interested, show fewer, see fewer, fewer like this, show less like this, don t recommend
saved items, saved posts, bookmarks, saved
community rules, community guidelines, guidelines, code of conduct, house rules, forum rules, group rules, posting guidelines
mark as solution, mark solution, accept answer, mark as answer, accepted answer, best answer, mark best answer
leaderboard, ranking, rankings, top users, standings, league table, scoreboard
go live, start live, start live video, start broadcast, start streaming, broadcast live, live stream
blocked accounts, blocked users, block list, blocklist, blocked people, blocked contacts
audience, post audience, who can see, who can see this, post visibility, choose audience
translate, see translation, translate post, show translation, auto translate, translation
switch account, change account, use another account, switch user, switch profile, use a different account
syllabus, course outline, course plan, curriculum
course material, learning material, course resources, resources, materials, course content
submission, submitted work, turned in work, my submission
gradebook, grade book, markbook, mark book, grade centre, grade center
transcript, academic transcript, academic record, record of study, statement of results
attendance, roll call, attendance record, take attendance, mark attendance, take register, mark register
report absence, report an absence, notify absence, absence reporting, report absent
announcement, announcements, notice, bulletin, notice board, noticeboard
roster, class roster, class list, student list, classlist
lecture recording, class recording, recorded lecture, recorded class, lecture capture, video lecture
practice test, mock exam, practice quiz, mock test, trial exam, practice exam
start quiz, begin quiz, take quiz, attempt quiz, start attempt, begin test, take test, start test
retake, reattempt, re attempt, resit, retake quiz, redo quiz, retake test, resit exam
show answer, reveal answer, see answer, view solution, show solution, see solution
certificate, certificate of completion, completion certificate, my certificate
parent, guardian, parent guardian, parent carer, legal guardian
student id, student number, matriculation number, enrolment number, enrollment number, registration number
semester, trimester, academic term, school term, grading period, academic period
live class, live session, virtual classroom, online class, live lecture
rubric, marking scheme, grading criteria, mark scheme, marking criteria, scoring guide
request extension, ask for extension, deadline extension, extension request, extra time, more time
book appointment, make appointment, schedule appointment, request appointment, arrange appointment, book visit, schedule visit, see a doctor
video visit, telehealth, virtual visit, video consultation, online consultation, telemedicine, video appointment, virtual care
gp, family doctor, primary care, primary care provider, pcp, general practitioner
repeat prescription, refill, prescription refill, request refill, request repeat prescription, repeat medication, order repeat prescription
pharmacy, chemist, drugstore, drug store, dispensary, nominated pharmacy
medical record, health record, medical history, health history, patient record
immunization, immunisation, vaccination, vaccine, vaccines, shots, jabs, vaccination record, immunization record
health condition, medical condition, condition, diagnosis, diagnoses, problem list, health issue
insurance, health insurance, insurance details, insurance information, coverage, health plan, insurance plan, insurer, medical aid
emergency contact, next of kin, in case of emergency, ice contact
message doctor, message provider, contact care team, message care team, ask doctor, message your doctor
online check in, e check in, echeckin, pre check in, check in online, pre visit check in
questionnaire, health questionnaire, intake form, patient form, health form, medical questionnaire, pre visit questionnaire
emergency room, er, accident and emergency, emergency department, casualty
urgent care, walk in clinic, walk in centre, urgent care centre, minor injuries unit, urgent treatment centre
find doctor, find a provider, find care, search doctors, doctor search, provider directory, find a physician
checkup, check up, health check, annual physical, physical exam, wellness visit, wellness exam, annual checkup, medical check up
blood test, blood work, bloodwork, bloods, blood draw, blood sample
sick note, fit note, doctor s note, doctors note, medical certificate, sick certificate, medical note
prior authorization, prior authorisation, pre authorization, preauthorization, pre approval, precertification, prior auth
deductible, excess
log workout, record workout, track workout, add workout, log activity, record activity, add activity, track activity, add manual activity
steps, step count, step counter, pedometer
calories burned, calorie burn, active energy, active calories, energy burned, calories out
water intake, hydration, fluid intake, water log, log water
food diary, food log, meal log, food journal, nutrition log
weigh in, log weight, record weight, add weight, enter weight, weight entry
personal best, pb, personal record, best time
training plan, workout plan, training program, training programme, workout program, workout programme, routine, workout routine, fitness plan, exercise plan, exercise programme
rest timer, rest period, rest between sets, recovery time, rest time
coach, trainer, personal trainer
waitlist, wait list, waiting list, join waitlist, join waiting list
freeze membership, pause membership, suspend membership, hold membership, membership freeze
mood, how are you feeling, how do you feel, log mood, mood check in, track mood, mood tracker
meditation, meditate, mindfulness, mindful minutes, mindful session
journal, diary, journaling, journal entry, diary entry
period tracker, period tracking, cycle tracking, cycle tracker, menstrual cycle, track period, log period, period log
pair, pair device, connect device, link device, pair new device, bluetooth pairing
add device, new device, set up device, add new device, set up new device, add accessory
thermostat, climate, climate control, heating and cooling, hvac, temperature control
air conditioning, ac, aircon, air con, air conditioner, cool mode, cooling
setpoint, set point, target temperature, set temperature, desired temperature
auto mode, automatic mode, auto
sleep mode, night mode, bedtime mode
dim, dimmer, lower brightness, dim light, darken
outlet, socket, power outlet, power socket, wall socket, wall outlet
doorbell, door bell, video doorbell
security camera, cctv, surveillance camera, cam, ip camera, security cam, camera
live view, live feed, view live, watch live, live video, live camera
recordings, clips, footage, recorded video, event video, video history, camera history, recorded events
motion detection, movement detection, motion alert, motion detected, movement detected, motion event
arm, arm system, arm alarm, set alarm, activate alarm, turn on alarm
disarm, disarm system, disarm alarm, unset alarm, deactivate alarm, turn off alarm, alarm off
hub, home hub, smart hub, bridge, base station
firmware update, software update, update firmware, device update, check for updates, system update
wifi, wi fi, wireless network, wlan, wifi network, wireless, wi fi network
offline, not connected, unreachable, not responding, no response, device offline, unavailable
remove device, delete device, forget device, unpair, unpair device, unlink device, remove accessory, disconnect device
factory reset, reset to factory settings, restore factory settings, factory defaults, hard reset, master reset
reset to defaults, restore defaults, restore default settings, default settings, reset to default, use defaults
blind, shade, window blind, window shade, roller blind, roller shade, window covering
parental controls, family safety, family controls, child safety, content restrictions, family filter
give reading, provide reading, submit reading, send reading, read meter, enter reading, record reading, log reading, add reading, meter read
bill history, past bills, previous bills, billing history, old bills, previous statements, past statements
payment history, past payments, previous payments, transaction history, payment record, payments made
direct debit, autopay, auto pay, automatic payment, automatic bill pay, recurring payment, auto debit
paperless, paperless billing, e billing, ebill, go paperless, online bills, email bills, electronic billing, e statements, estatement
payment arrangement, payment plan, payment agreement, instalment plan, installment plan, repayment plan, pay in instalments, pay in installments, pay over time
budget billing, level billing, level pay, balanced billing, equal payment plan, averaged billing, budget plan, levelized billing
switch tariff, change tariff, switch plan, change plan, change rate plan, switch rate plan
power failure, no power, power out, loss of supply, supply interruption, outage, power cut
outage map, power cut map, outage checker, check outage, check for power cuts, power cut checker, outages near me
bin collection, waste collection, rubbish collection, garbage collection, trash collection, refuse collection, garbage pickup, trash pickup, waste pickup
bin day, collection day, trash day, garbage day, pickup day, collection date, next collection, bin collection day, collection schedule, collection calendar
recycling, recycle, recyclables, mixed recycling, recycling bin, recycling collection, recycling pickup
garden waste, green waste, yard waste, yard debris, garden refuse, lawn waste, yard trimmings
bulky waste, bulky items, large items, bulk pickup, bulky collection, large item collection, bulk trash, bulk item pickup
missed collection, missed bin, report missed collection, missed pickup, bin not collected, bin wasn t collected, report missed bin
rubbish, garbage, general waste, household waste, residual waste, landfill waste, trash
moving home, moving house, home move, house move, i m moving, move home, relocating, relocation, change of address
start service, set up service, start new service, turn on service, connect service, new connection
stop service, end service, turn off service, disconnect service, cancel service, move out, stop supply
prepayment, prepay, pre pay, prepaid, pay as you go, payg, prepaid meter
make payment, make a payment, pay online, online payment, submit payment
council tax, property tax, council rates, property rates, local tax, municipal tax, real estate tax
parking permit, resident permit, residents parking, resident parking permit, parking pass, residential parking permit
parking ticket, parking fine, pcn, penalty charge notice, parking citation, parking violation, parking penalty
appeal, dispute, contest, challenge, make representation, formal challenge, contest citation
planning application, planning permission, development application, land use permit, zoning permit, planning consent
building permit, building consent, building regulations approval, building control, construction permit, building approval, building regs
licence, license, licensing, licencing
driving licence, driver s license, drivers license, driver licence, driving license, driver s licence
id card, identity card, national id, photo id, identification, proof of identity, proof of id, id document, identity document
voter registration, register to vote, electoral register, electoral roll, voter roll, enrol to vote, enroll to vote
postal vote, absentee ballot, mail in ballot, vote by mail, mail ballot, postal ballot, absentee vote
council, local council, local authority, municipality, city hall, town hall
pothole, pot hole, road defect, road surface defect, hole in road
noise complaint, noise nuisance, report noise, noisy neighbour, noise problem, noise disturbance
opening hours, opening times, open hours, hours of operation, business hours, office hours, when we re open, operating hours, trading hours
foi request, freedom of information, foia, public records request, open records request, information request, access to information request
complaint, complain, make a complaint, file a complaint, lodge a complaint, submit a complaint, raise a complaint, formal complaint
sidewalk, pavement, footpath, footway, walkway
trash can, garbage can, rubbish bin, wheelie bin, garbage bin, trash bin, waste bin, refuse bin, waste container, trash cart, garbage cart
car park, parking lot, parking area
blue badge, disabled parking permit, accessible parking permit, handicap placard, disability parking permit, disabled badge, parking placard, disabled parking badge
near me, nearby, near you, around me, close to me, closest, nearest
# domains: shopping, finance, travel, property, hiring, support, developer tools, admin, security, forms, events, legal, logistics, giving
order status, order tracking, where is my order, track package, track shipment, track delivery, delivery status
start return, return item, send back, make return, return or replace, request return, return this item
exchange item, swap item, replace item, request replacement, get replacement
free shipping, free delivery, free postage
express shipping, express delivery, expedited shipping, expedited delivery, priority shipping, fast delivery
delivery estimate, estimated delivery, expected delivery, estimated arrival, delivery eta, eta
shipping cost, shipping fee, delivery fee, delivery charge, postage cost, shipping and handling, delivery cost, postage and packing
cancel order, cancel purchase, cancel item, cancel this order
order number, order id, order no, order reference, order ref
booking reference, booking number, confirmation number, confirmation code, reservation number, booking ref, pnr, booking code, reservation code
proceed to checkout, go to checkout, continue to checkout, secure checkout
guest checkout, checkout as guest, continue as guest, continue without account, check out as guest
low stock, only few left, limited stock, almost gone, selling fast, few left
recently viewed, viewed recently, browsing history
recommended for you, picked for you, you may also like, you might also like, suggested for you, just for you
best seller, bestseller, top seller, top selling, most popular, best selling
price low to high, lowest price, price ascending, cheapest first, lowest price first
price high to low, highest price, price descending, most expensive first, highest price first
newest first, most recent, latest first, recently added, newest
subscribe and save, auto replenish, repeat delivery, autoship, recurring order, auto delivery
pickup point, collection point, parcel shop, pick up point
delivery instruction, driver note, note for driver, courier instruction, note for courier, instruction for driver
leave at door, safe place, leave outside, contactless delivery, no contact delivery
order summary, order overview, summary, order recap, basket summary, cart summary, bag summary
shipping method, delivery method, delivery option, shipping option, shipping speed, delivery speed, postage option
return reason, reason for return, why are you returning, reason for returning
missed delivery, we missed you, failed delivery, delivery attempt, attempted delivery, sorry we missed you
item missing, missing item, item not received, didn t receive, not received, package not received, never arrived
account number, acct no, account no, acct number
sort code, routing number, aba routing number, bank code, bsb, transit number, aba number
autopay, auto pay, automatic payment, recurring payment, direct debit, auto debit
transaction history, recent transactions, account activity, transaction list, movements, transactions
freeze card, lock card, block card, pause card, temporarily block card, temporarily freeze card
unfreeze card, unlock card, unblock card, unpause card
report lost card, lost or stolen card, report stolen card, report card lost, report card stolen
monthly payment, monthly repayment, monthly instalment, monthly installment
pay in instalments, pay in installments, pay over time, buy now pay later, pay later, bnpl, pay in 3, pay in 4
payment reference, reference, memo, remittance information, payment note, payment description
request money, request payment, ask for money, request funds
create invoice, raise invoice, issue invoice, generate invoice, new invoice
mark as paid, record payment, mark paid, log payment, register payment, enter payment
overdue, past due, payment overdue
unpaid, outstanding, not paid, awaiting payment
expense, spend, spending, outgoings, expenditure, money out
payslip, pay slip, pay stub, paystub, earnings statement, pay statement, salary slip, wage slip, pay advice
run payroll, pay run, payrun, payroll run, process payroll
gross pay, gross salary, gross earnings, before tax
net pay, take home pay, take home, net salary, after tax, net earnings
invoice number, invoice no, inv no, invoice id, invoice ref, invoice reference
balance due, outstanding balance, remaining balance, balance owed, amount owed, left to pay
customer, client
next payment, next billing date, next charge, renewal date, next invoice, next bill, next payment date
current account, checking account, chequing account
bank transfer, direct bank transfer, wire transfer, bank wire
including vat, incl vat, inc vat, vat included, tax included, including tax, incl tax, tax inclusive
pay by card, pay with card, card payment, credit debit card, debit credit card, credit or debit card, debit or credit card
save card, remember card, save this card, save card for future, save payment details, remember payment details, save payment method
set as default, make default, set default, make primary, set as primary, set primary, use as default
payment card, payment method, payment option
origin, leaving from, flying from, departing from, departure city, departure airport, where from
destination, arrival airport, arrival city, destination airport
return date, coming back, inbound date
departure date, depart date, outbound date, flight date
direct, nonstop, non stop, direct flight, no stops, direct only
carry on, cabin bag, hand luggage, carry on bag, hand baggage, cabin baggage
frequent flyer number, frequent flier number, loyalty number, membership number, rewards number, member number
rewards, loyalty, loyalty program, loyalty programme, rewards program, reward points, my rewards
free cancellation, fully refundable, refundable, cancel for free, free cancel
amenity, amenities, facility, facilities, what this place offers, property amenities, hotel amenities
per night, price per night, nightly rate, nightly price, each night
pick up location, pickup location, pick up branch, pickup branch, rental location, collection location
excess, deductible, insurance excess
book table, reserve table, make reservation, table reservation, find table, book a table, reserve a table
takeaway, take away, takeout, carry out, carryout
special instruction, special request, cooking instruction, note for restaurant, note for kitchen, order note, kitchen note
dietary requirement, dietary restriction, dietary need, dietary preference, dietary
driver, courier, rider, delivery person, delivery driver
curbside, curbside pickup, kerbside, kerbside collection, kerbside pickup, drive up pickup
delivery slot, delivery window, time slot, delivery time slot, choose slot, book slot, select delivery time
check availability, see availability, view availability, show availability, find availability
cancellation policy, cancellation terms, cancellation rules, cancellation and refund policy
concierge, front desk, reception, guest services
homes for sale, property for sale, houses for sale, buy a home, buy property, buy a house
rent, to let, lettings, for rent, homes for rent, property to rent, rent a home
bedroom, bedrooms, bd, number of bedrooms
bathroom, bathrooms, ba, baths, number of bathrooms
square feet, sq ft, sqft, square footage, floor area, floor space, living area, square meter, square metre, sq m, sqm
pre approval, preapproval, get pre approved, prequalification, mortgage in principle, agreement in principle, decision in principle
estate agent, real estate agent, realtor, property agent
contact agent, message agent, email agent, enquire, inquire, request info, request information, request details
schedule viewing, book viewing, request tour, schedule tour, book tour, arrange viewing, request viewing, schedule showing, request showing, book a viewing
virtual tour, 3d tour, video tour, 360 tour, virtual viewing
saved homes, saved properties, saved listings, favorite homes, favorite properties, favorite listings
landlord, lessor, property owner
tenant, renter, lessee
lease, tenancy, rental agreement, lease agreement, tenancy agreement
security deposit, damage deposit, rental bond, rental deposit, tenancy deposit
new construction, new build, new home, new development, newly built
time off, pto, paid time off, annual leave, vacation days, holiday allowance, absences, leave balance
request time off, request leave, book time off, book holiday, request vacation, book leave, request pto, apply for leave
clock in, punch in, start shift, clock on
clock out, punch out, end shift, finish shift, clock off
timesheet, timesheets, time sheet, time entry, time log
org chart, organization chart, organisation chart, org structure
staff directory, employee directory, people directory, company directory, who s who
employee, employees, staff, staff member, personnel, worker
job posting, job listing, job ad, job advert, requisition, job opening, job post
post job, post a job, create job, new job, advertise job, add job, publish job, new requisition
candidate, candidates, applicant, applicants, job seeker
easy apply, quick apply, one click apply, express apply, 1 click apply
work experience, employment history, work history, experience, previous employment, career history, job history
right to work, work authorization, work authorisation, authorized to work, eligible to work, legally authorized to work, work permit, work eligibility
remote, work from home, wfh, remote work, fully remote, telecommute, work remotely
salary range, pay range, compensation range, salary band
save job, bookmark job, favorite job, favourite job, saved jobs
job alert, job alerts, get job alerts, email me jobs like this, create job alert, jobs by email
withdraw application, retract application, cancel application, withdraw candidacy
job description, role description, about the role, about this role, about the job, position description, job details, job summary, role overview
opportunity, deal, opp, sales opportunity
case, support ticket, support request, support case, service request, enquiry, inquiry
new ticket, create ticket, open ticket, raise ticket, submit ticket, log ticket, file ticket, submit request, new request, open case, create case, new case
internal note, private note, staff note, internal comment, private comment
macro, canned response, saved reply, canned reply, quick reply, response template, reply template
knowledge base, help article, support article, self service
live chat, chat now, chat with us, start chat, chat support, chat with agent, online chat, chat online
waiting on customer, awaiting customer, waiting for customer, pending customer, awaiting reply
merge contacts, merge duplicates, deduplicate, dedupe, combine duplicates
talk to a human, speak to a person, talk to a person, speak to someone, talk to someone, speak to an agent, talk to an agent, real person, human agent, live agent
email us, send us an email, write to us, drop us a line, send us a message, mail us, message us
repository, repo, repositories, code repository
default branch, main branch, master branch, trunk, primary branch
pull request, merge request, pr
pipeline, workflow, ci pipeline, build pipeline, ci cd pipeline
run pipeline, trigger build, run workflow, start build, run build, trigger pipeline, trigger run, start pipeline, queue build, run job, trigger job
cancel run, stop run, abort run, cancel build, stop build, abort build, cancel pipeline, stop pipeline, cancel job, stop job, cancel workflow, stop workflow
run again, rerun job, restart job, rerun workflow, rebuild, build again, restart build, retry job, re run job
build log, job log, console output, log output, raw log, view log, output log
production, prod, production environment, live environment, live mode
staging, staging environment, pre production, preprod, pre prod
personal access token, pat, api token, developer token
ssh key, ssh public key, public key
webhook, web hook, callback url, webhook url, webhook endpoint
dns record, dns entry, resource record, dns records
nameserver, name server, nameservers, dns server, ns record
ssl, tls, https, ssl certificate, tls certificate, cert
instance, server, vm, virtual machine, droplet, compute instance, virtual server, vps
launch instance, create instance, create server, new server, spin up, create vm, new instance, new vm
terminate instance, delete instance, destroy instance, destroy server, delete server, terminate server, delete vm, terminate vm, destroy droplet, delete droplet
new issue, open issue, create issue, file issue, report bug, report issue, file bug, raise issue, submit issue
purge cache, clear cache, flush cache, invalidate cache, cache purge
auto renew, auto renewal, automatic renewal, autorenew, renew automatically
admin panel, admin console, admin dashboard, control panel, administration, back office, admin area, admin centre
user management, manage users, user admin, user administration, user list
reactivate, re enable, reenable, unsuspend, reinstate, restore access, reactivate user, enable user
impersonate, log in as, sign in as, login as, masquerade, impersonate user
last login, last sign in, last seen, last active, last signed in, last online, last logged in
date created, created at, created on, creation date, date added, created date
last modified, last updated, last edited, last changed, date modified, modified at, updated at, modified date, updated date
integration, plugin, plug in, addon, connector, app integration
disconnect, unlink, remove connection, disconnect account, unlink account
switch workspace, change workspace, switch org, switch organization, switch organisation, change organization, switch team, switch tenant
transfer ownership, change owner, make owner, reassign ownership, transfer owner
revoke invite, cancel invite, cancel invitation, withdraw invitation, revoke invitation, delete invite, uninvite
bulk edit, batch edit, mass edit, edit multiple, edit selected, bulk update, mass update, batch update
bulk delete, delete selected, batch delete, mass delete, remove selected
edit columns, choose columns, customize columns, customise columns, manage columns, configure columns, column settings, column chooser, select columns, visible columns
rows per page, per page, page size, items per page, results per page, show entries
no results, nothing found, no matches, no records found, no data, no items, no results found
toggle navigation, toggle nav, toggle menu, menu toggle, hamburger menu, open menu, main menu, nav menu, navigation menu, site menu, open navigation, navigation
skip to content, skip to main content, skip navigation, skip to main, jump to content, skip nav
back to top, scroll to top, go to top, return to top, jump to top, top of page
sign out all, sign out everywhere, log out all devices, sign out other sessions, log out everywhere, end all sessions, sign out of all devices, revoke all sessions, log out other devices
active sessions, logged in devices, signed in devices, where you re logged in, where you re signed in, device activity, manage devices
trusted device, remembered device, recognized device, recognised device, known device, saved device
backup code, backup codes, recovery code, emergency code, recovery key, backup key
security key, hardware key, hardware security key, fido key, u2f key, physical security key, yubikey
verification code, one time code, one time password, otp, sms code, auth code, authentication code, login code, 6 digit code, access code
current password, old password, existing password
confirm password, repeat password, retype password, re enter password, confirm new password, password again, verify password, re type password
login history, sign in history, login activity, sign in activity, recent logins, security activity, recent security activity
security question, secret question, security answer, memorable word, memorable information
recovery email, backup email, secondary email, alternate email, alternative email
session timeout, idle timeout, inactivity timeout, auto logout, auto sign out, automatic logout, automatic sign out
data export, download data, download your data, export data, request data, data download, download your information, export your data
delete my data, erase my data, erase data, delete data, right to be forgotten, request deletion
account recovery, recover account, regain access, recover access, can t access account, trouble accessing account, lost access, locked out
sso, single sign on, sign in with sso, log in with sso, enterprise sign in, enterprise login, company sign in, corporate login
magic link, email link, sign in link, login link, email me a link, send magic link, passwordless, email me login link
ip allowlist, ip whitelist, allowlist, whitelist, allowed ips, trusted ips, ip allow list, safelist, allow list
display name, screen name, nickname, public name, profile name
avatar, profile photo, profile picture, profile pic, profile image, user photo, headshot, display picture
address line 2, apt suite, apartment suite, apartment number, flat number, suite number, unit number, apartment suite unit, apt suite unit
apartment, flat, apt
address line 1, street address, street name, house number and street, first line of address
full name, legal name, complete name, full legal name
middle name, middle names, middle initial
driver license, driver licence, driving licence, driving license, driver s license, drivers license
company name, business name, organization name, organisation name
i agree, i accept, i agree to terms, accept terms, agree to terms, i accept terms, accept and continue, agree and continue, yes i agree
privacy policy, privacy notice, privacy statement, data policy, data protection policy
i am not a robot, captcha, verify you are human, human verification
start time, from time, begins at, starts at
end time, ends at, finish time, finishes at
recurrence, recurring, repeat every, frequency, how often
optional, not required, if applicable
required, mandatory, compulsory
prefer not to say, rather not say, decline to answer, decline to state, prefer not to answer, do not wish to disclose, choose not to disclose, i d rather not say
emergency contact, next of kin, emergency contact person, in case of emergency
home phone, landline, house phone, home telephone
country code, dialing code, dialling code, dial code, calling code, international code
confirm email, re enter email, retype email, repeat email, email again, re type email, confirm email address
tax id, tax identification number, tin, tax number, taxpayer id, taxpayer identification number
social security number, ssn, national insurance number, ni number, social insurance number
same as billing, same as shipping, billing same as shipping, shipping same as billing, use same address, same as delivery address, billing same as delivery
enter address manually, enter manually, type address manually, manual address, add address manually, can t find your address, i can t find my address
personal details, personal information, personal info, about you, basic info, basic information
how did you hear about us, how did you find us, where did you hear about us, referral source, how you heard about us
verify identity, identity verification, id verification, verify id, kyc, confirm identity, identity check, id check
terms of use, conditions of use, user agreement, tos, terms of service, website terms
going, attend, attending, i ll be there, count me in, i m going, will attend, accept invitation
maybe, tentative, might attend, not sure
waitlist, wait list, waiting list, join waitlist, join waiting list
add to calendar, save to calendar, export to calendar, add to google calendar, download ics, add ical
seat map, seating plan, seating chart, venue map
accessibility, access needs, accessibility needs, accessibility requirements, access requirements, accessibility info
live stream, livestream, watch live, watch online, stream live, join online
join meeting, join call, enter meeting, join session, join webinar, join event
organizer, organiser, organized by, organised by, event host
guest list, attendee list, who s coming, who s going, participant list, registrant list, attendees, participants, registrants
spots left, places left, seats left, tickets left, spaces left, spots remaining, places remaining, seats remaining, tickets remaining
send for signature, request signature, send to sign, get signature, send for signing, request signatures, collect signatures
review and sign, sign now, start signing, click to sign, adopt and sign, begin signing
decline to sign, decline document, reject document, refuse to sign, decline signing
date signed, signing date, signature date, executed on, execution date
file claim, make claim, submit claim, start claim, report claim, new claim, lodge claim, make a claim
tracking number, tracking id, tracking code, waybill number, air waybill, awb, consignment number, tracking no
proof of delivery, pod, delivery confirmation, delivery proof, delivery receipt
warehouse, fulfillment center, fulfilment center, fulfilment centre, fulfillment centre, distribution center, distribution centre, depot
inventory, stock level, stock on hand, quantity on hand, qoh, soh, inventory level
sku, item code, product code, stock code, part number, article number, item number
ship order, dispatch order, despatch order, fulfil order, fulfill order, mark shipped, mark dispatched, mark as shipped, mark as fulfilled, mark fulfilled
schedule pickup, book collection, arrange collection, request pickup, request collection, schedule collection, book pickup
print label, create label, generate label, buy label, print shipping label, buy postage, buy shipping label
monthly gift, give monthly, monthly donation, recurring gift, recurring donation, donate monthly, become a monthly donor, regular gift, regular giving
one time, one off, one time gift, single gift, one off donation, single donation, give once, donate once, one time donation
volunteer, volunteer with us, become a volunteer, volunteering, volunteer opportunities
ways to help, how you can help, get involved, take action, how to help, ways to get involved
fundraise, fundraiser, start fundraiser, fundraising, create fundraiser, start a fundraising page, fundraise for us
cover fees, cover transaction fee, cover processing fee, cover the fees, help cover fees
anonymous, anonymously, donate anonymously, give anonymously, hide my name, keep anonymous, make anonymous, don t show my name
`;
