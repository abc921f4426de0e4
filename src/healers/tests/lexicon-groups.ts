/**
 * The lexicon's groups (lexicon.ts explains how they are read): one group per
 * line, entries separated by commas, an entry may be a phrase; lines starting
 * with # are headings. The first general groups came from the development
 * pairs' relabels; the domain groups and the later general ones were written
 * from general knowledge of how product interfaces word things, by writers
 * who had not seen the benchmark's pages, under one rule: a group joins
 * wordings used interchangeably for one control or field, never items of
 * one list ("Full name" and "First name", "Email" and "SMS") nor opposites.
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
# domains: manufacturing, agriculture, energy operations, construction, automotive, aviation, maritime, sports clubs, video games, music production, broadcasting, libraries, museums, churches and community groups, nonprofits, veterinary, childcare, school administration, research labs, pharmacy, dentistry, emergency dispatch, hospitality, beauty salons, gyms, pet services, real estate agents, insurance claims, banking back office, telecoms, public transport, parking, waste operations, elections, courts, hr and payroll, procurement, field service, warehouse, fleet
work order, wo, production order, manufacturing order, job order
bill of materials, bom, parts list, materials list
work center, work centre, workstation, production cell
downtime, machine downtime, stoppage, line stoppage
downtime reason, stop reason, stoppage reason, downtime cause
scrap quantity, scrap qty, scrapped quantity, scrap count
good quantity, good qty, good parts, good count
batch number, lot number, batch no, lot no, batch id, lot id
serial number, serial no, sn, serial, s n
oee, overall equipment effectiveness
report production, record production, book production, confirm production, production confirmation
nonconformance, non conformance, nonconformity, non conformity, ncr, nonconformance report
quality inspection, quality check, qc inspection, qc check, qc
preventive maintenance, preventative maintenance, planned maintenance, scheduled maintenance
finished goods, fg, finished product
work in progress, wip, work in process
paddock, farm field
field boundary, paddock boundary, field outline, field border
crop type, crop name, planted crop
planting date, sowing date, sow date, seeding date, drilling date, date planted
harvest date, harvesting date, date harvested, harvested on
yield, crop yield, harvest yield
spray record, spray log, spraying record, chemical application record, pesticide application record
fertiliser, fertilizer, fert
livestock, animals, herd
ear tag, ear tag number, ear tag no, animal tag number
move livestock, move animals, move mob, mob move
withholding period, withdrawal period, whp
holding number, cph, cph number, county parish holding number
machinery, farm machinery, farm equipment
field operation, field activity, field job, field task, field work
substation, sub station
feeder, distribution feeder, circuit
meter number, meter no, meter id, meter serial number, meter serial
service point, supply point, metering point, point of supply
planned outage, scheduled outage, planned interruption, scheduled interruption, planned power cut
estimated restoration time, etr, estimated time of restoration, estimated power on, etor, restoration time
crew, field crew, line crew, work crew
kwh, kilowatt hour, kilowatt hours, kw h
peak hours, on peak, peak time, peak period
off peak, off peak hours, off peak time, off peak period
acknowledge, ack, acknowledge alarm, ack alarm
lockout tagout, lock out tag out, loto
report gas leak, smell gas, gas leak, report a gas smell
rfi, request for information
punch list, punchlist, snag list, snagging list, deficiency list
snag, punch item, punch list item, deficiency
site diary, daily log, daily site report, site log, daily report
change order, variation order, variation
subcontractor, subbie, trade contractor, trade partner
site induction, induction, site orientation, safety induction
toolbox talk, tool box talk, toolbox meeting, tailgate meeting, safety briefing
incident report, accident report, safety incident report
permit to work, ptw, safe work permit
job site, jobsite, project site, construction site, worksite, work site
progress claim, payment claim, pay app, progress billing, interim valuation
retention, retainage, retention money
general contractor, gc, main contractor, prime contractor, head contractor
bill of quantities, boq, bq
practical completion, substantial completion
vin, vehicle identification number, chassis number, frame number
repair order, ro, job card, job sheet, service order, work order
service advisor, service adviser, service writer
technician, mechanic, tech
book service, book a service, schedule service, service booking, book your car in
mot, mot test, state inspection, roadworthy inspection, roadworthy certificate, warrant of fitness, wof
trade in, part exchange, px, part ex, trade in value
test drive, book test drive, book a test drive, schedule test drive
used cars, used vehicles, pre owned, preowned, second hand cars, used inventory
stock number, stock no, stock id
courtesy car, loan car, loaner, loaner car, courtesy vehicle, replacement vehicle
spare parts, spares, parts
vehicle health check, multi point inspection, mpi, vhc, digital vehicle inspection, dvi
recall, safety recall, check recalls, recall check, open recalls
car finance, vehicle finance, auto loan, car loan, auto finance
service history, maintenance history, service record, service records
flight number, flight no, flt no, flight code
gate, departure gate, boarding gate
aircraft stand, parking stand, stand
std, scheduled departure, scheduled time of departure
sta, scheduled arrival, scheduled time of arrival
etd, estimated departure, estimated time of departure, expected departure
atd, actual departure, actual time of departure
tail number, tail no, aircraft registration, aircraft reg
aircraft type, equipment type, ac type
baggage claim, baggage reclaim, luggage claim, reclaim belt, baggage carousel
lost baggage, lost luggage, missing baggage, missing luggage, mishandled baggage
delay code, delay reason, reason for delay
turnaround, aircraft turnaround, turn time, ground time
notam, notice to airmen, notice to air missions
crew roster, crew schedule, crew rota
pax, pax count, passenger count, number of passengers
cancelled, canceled, cnl, cxl, canx
flight status, flight information, flight info, flight tracker, arrivals and departures, live flights
vessel, ship
imo number, imo, imo no
berth number, berth no, berth
port call, vessel call, vessel visit, port visit
voyage number, voyage no, voy no, voyage ref, voyage
container number, container no, cntr no, container id
bill of lading, b l, bol, bl
shipper, consignor
consignee, receiver
port of loading, pol, loading port, load port
port of discharge, discharge port, port of unloading, unloading port
order pilot, book pilot, pilot request, request pilot
dangerous goods, dg, hazmat, hazardous materials, hazardous cargo
fixtures, fixture list, match schedule, game schedule
match results, game results, match scores, game scores
team sheet, lineup, line up, starting lineup, team selection, starting xi
player registration, register player, sign player, player signup
membership fee, club fees, annual subs, member dues
training session, practice session, team practice, team training
referee, match official, umpire
top scorers, goalscorers, scorers, leading scorers
kick off, kickoff, kick off time
home team, host team, home side
away team, visiting team, away side
match report, game report, match summary, game recap, match recap
forfeit, walkover
load game, load save, load saved game
save game, save progress, quicksave, quick save
quit to menu, exit to main menu, return to main menu, back to main menu, quit to main menu
quit game, exit game, quit to desktop, exit to desktop
key bindings, keybinds, keybindings, button mapping, remap controls
graphics, graphics settings, video settings
field of view, fov
find match, find game, search for match, search for game
party, squad, fireteam
ranked, competitive, ranked match, competitive mode
achievements, trophies
bracket, brackets, tournament bracket
spectate, spectator mode, observe match, watch match
gamertag, gamer tag, player name, in game name, ign
fps, frame rate, framerate, frames per second
tempo, bpm, beats per minute
musical key, song key, track key
mixer, mixing console, mixing desk
metronome, click track
quantize, quantise, quantization
loop region, cycle region, loop range, cycle range
bounce, bounce to disk, export audio, render audio, mixdown, export mixdown
effects, fx, audio effects
sample rate, sampling rate
pan, panning, pan position
crossfader, cross fader, xfader
beat sync, tempo sync, bpm sync
master track, master bus, main bus, master channel, stereo out
piano roll, midi editor, note editor
rundown, running order, show rundown
slug, story slug, slugline
byline, author credit
headline, hed
standfirst, dek, subheadline, sub headline, strapline
embargo, embargoed until, embargo until, under embargo
breaking news, news alert
tv guide, programme guide, program guide, epg, listings
catch up, catch up tv, watch again
file story, submit story, file copy
sub edit, subedit, subediting, copy edit, copyedit, copy editing
teleprompter, prompter, autocue, auto cue
lower third, lower thirds, chyron, name strap, name super
tx date, transmission date, broadcast date, air date, airdate
loans, my loans, items out, borrowed items, current loans, checked out items
interlibrary loan, inter library loan, document supply
call number, call no, shelfmark, shelf mark, classmark, class mark
library card number, borrower number, patron number, patron id
patron, borrower, library user
finding aid, collection guide, archival guide
reading room, search room, research room
accession number, accession no, acc no
reference code, ref code, archival reference
request item, request document, order document
digitised, digitized, digitised copy, digital copy
new acquisitions, new arrivals, new titles, new additions
ebook, e book, digital book, electronic book
isbn, international standard book number
exhibitions, exhibits
search the collection, collection search, explore the collection, browse the collection, collection online, online collection
plan your visit, visit us, visitor information, visitor info
admission, admission fee, admission price, entrance fee, entry fee, entry price
free entry, free admission, admission free, free to visit
guided tour, gallery tour, docent tour, guided visit
audio guide, audioguide, audio tour
object number, object no, object id, inventory number, accession number
artist, maker, artist maker
dimensions, measurements
provenance, ownership history, history of ownership
gift shop, museum shop, museum store
floor plan, floorplan, museum map, gallery map
service times, worship times, mass times, church services, sunday services
online giving, give online, e giving, digital giving
sermons, sermon archive, teachings, preaching
small groups, life groups, connect groups, home groups, community groups, cell groups
prayer request, prayer requests, request prayer, submit prayer request, prayer needs
new here, i m new, new to church, first time here, first time visitor, first time guest, plan a visit
connection card, connect card, welcome card, visitor card
baptism, christening
volunteer rota, volunteer schedule, serving schedule
agm, annual general meeting, annual meeting
meeting minutes, minutes of meeting
chairperson, chairman, chairwoman, chair person
log hours, record hours, log volunteer hours, submit hours, track hours
volunteer hours, hours volunteered, hours served
sign up for shift, claim shift, pick up shift, take shift, shift sign up
volunteer roles, volunteer positions, volunteer opportunities, volunteer openings
background check, dbs check, crb check, police check, criminal record check, vulnerable sector check
donor, supporter, giver
gift aid, gift aid declaration, claim gift aid, add gift aid
donation receipt, tax receipt, charitable receipt
giving statement, contribution statement, annual giving statement, year end giving statement
grant application, apply for funding, funding application, grant request
fundraising campaign, fundraising appeal
in memoriam, memorial gift, gift in memory
legacy giving, gift in will, leave a gift in your will, bequest, planned giving
matched giving, matching gift, employer matching, gift matching, match my gift
trustees, board of trustees, board of directors
patient, pet
pet owner, client, animal owner
species, animal type, pet type
neutered, desexed, sterilised, sterilized
microchip number, microchip, chip number, chip id, microchip id
booster, booster vaccination, annual booster
consultation, consult
clinical notes, clinical record, soap notes
discharge instructions, discharge notes, go home instructions
hospitalised, hospitalized, inpatient, admitted
euthanasia, put to sleep
deceased, passed away
check in child, sign child in, child drop off, drop off child
check out child, sign child out, child pick up, collect child
authorised collectors, authorized collectors, authorised pickups, authorized pickups, approved pickups, people allowed to collect
key worker, keyworker, key person, key carer, primary caregiver
learning journey, learning journal, learning diary, learning story
observation, obs, add observation
nappy change, diaper change, nappy, diaper
nap, nap time, naptime
daily sheet, daily diary, day sheet, daily report
accident form, injury report, ouch report, accident report
medication form, medicine consent, medication permission, medication authorisation, medication authorization
funded hours, free hours, free childcare hours, funded childcare hours
ccs, child care subsidy, childcare subsidy
extra session, additional session, ad hoc session, extra day, book extra session
consent forms, consents, parental consent, permission forms
staff ratio, adult child ratio, staff child ratio
authorised absence, authorized absence, excused absence, excused
unauthorised absence, unauthorized absence, unexcused absence, unexcused
late, tardy, late arrival, tardiness
class timetable, class schedule, student timetable, student schedule
homeroom, form group, tutor group, form class, registration group
year group, grade level, year level
academic year, school year
report card, school report, student report
parents evening, parent evening, parent teacher conference, parent teacher meeting, parent teacher interview, ptc
behaviour, behavior, conduct
sen, special educational needs, special needs, additional needs, additional learning needs, aln
free school meals, fsm, free meals, free lunch
school trip, field trip, excursion, educational visit
cover teacher, substitute teacher, supply teacher, relief teacher
sample id, sample number, sample no, specimen id, specimen number
lab notebook, eln, electronic lab notebook, electronic laboratory notebook
sop, standard operating procedure
protocol, lab protocol, experimental protocol
chemical inventory, reagent inventory, chemical stock, reagent stock
instrument booking, equipment booking, book instrument, book equipment, instrument reservation, equipment reservation
calibration, calibrate, calibrate instrument, run calibration
auto zero, autozero, measure blank
start acquisition, acquire, acquire data, start measurement
absorbance, od, optical density
principal investigator, pi, lab head, group leader
ethics approval, ethical approval, irb approval, ethics committee approval, rec approval
chain of custody, coc
unit of measure, unit of measurement, uom, measurement unit
dispense, fill prescription, dispense prescription
ready for collection, ready for pickup, ready to collect, ready to pick up
prescriber, prescribing doctor, prescribing clinician
rx number, prescription number, rx no, script number
ndc, ndc code, national drug code
generic name, active ingredient, non proprietary name
brand name, trade name, proprietary name
strength, dose strength, drug strength
dosage instructions, dosing instructions, directions for use, sig
controlled drug, controlled substance
drug interaction, interactions, interaction check, ddi
otc, over the counter, non prescription
refills remaining, refills left, repeats remaining, repeats left
transfer prescription, transfer rx, move prescription
tooth chart, dental chart, odontogram
periodontal chart, perio chart, perio charting, gum chart
tooth number, tooth no
hygiene appointment, hygiene visit, cleaning appointment, scale and polish, teeth cleaning, dental cleaning
dental checkup, dental check up, dental exam, routine exam, recall appointment, recall exam
treatment plan, tx plan, treatment proposal
x ray, xray, x rays, radiograph, radiographs
crown, cap
extraction, tooth extraction
root canal, root canal treatment, rct, endodontic treatment, endo
anaesthetic, anesthetic, local anaesthetic, local anesthetic
operatory, treatment room, dental chair
incident number, incident no, cad number, event number
dispatch unit, assign unit, send unit
en route, enroute, responding
on scene, at scene, arrived on scene
caller, caller name, reporting party, rp
callback number, call back number, caller phone, cbn
incident location, incident address, scene location, scene address
cross street, cross streets, nearest intersection
nature code, nature of call, call type, incident type
narrative, incident narrative, call narrative, remarks
request backup, call for backup, request assistance, request additional units
mutual aid, mutual assistance
ems, emergency medical services, ambulance service
fire department, fire service, fire brigade, fire and rescue, fd
police department, pd, law enforcement, police
check in guest, guest check in, register guest
check out guest, guest check out, depart guest
room number, room no, rm
room type, room category, accommodation type
no show, noshow, did not arrive, failed to arrive
folio, guest folio, guest bill, guest ledger
night audit, end of day, eod, close day, day end
encode key, make key, cut key, issue key, create key card
table number, table no, tbl
covers, cover count, number of covers, guest count
open tab, start tab, open check, new check
close check, close tab, settle check, settle bill, close bill
split bill, split check, split tab, split the bill
comp, comp item, complimentary
send to kitchen, fire order, send order
cash drawer, till, cash register, till drawer
z report, z read, end of day report, eod report, daily close report
stylist, hairdresser, hair stylist, hairstylist
therapist, beauty therapist, beautician, esthetician, aesthetician
patch test, sensitivity test, skin patch test
client card, client record, client file, client profile
colour formula, color formula, formula card, colour card, color card
late cancellation, late cancel
any stylist, any staff, no preference, any available, first available
blow dry, blowdry, blow out, blowout
manicure, mani
pedicure, pedi
gel polish, gel manicure, shellac, gel nails
eyelash extensions, lash extensions, lash extension
book class, reserve class, book a class, class booking, sign up for class, reserve spot, book spot
reps, repetitions, rep
1rm, one rep max, 1 rep max
body fat, body fat percentage, bf, body fat %
pt session, personal training session, pt, one to one session
membership card, member card, gym card, access card, key fob
guest pass, buddy pass, bring a friend pass
exercise library, exercise database, exercise list
warm up, warmup
cool down, cooldown
progress photos, progress pictures, progress pics, transformation photos
body measurements, body stats, measurements
macros, macronutrients
pet sitting, pet sit
pet boarding, kennels, kennel, dog boarding
doggy daycare, dog daycare, dog day care, doggy day care
grooming, pet grooming, dog grooming
pet profile, pet details, pet info, about my pet
vet details, vet info, vet contact, veterinarian details
feeding instructions, feeding schedule, feeding routine, food instructions
meet and greet, meet greet, intro meeting, introductory visit
visit report, walk report, pet report card, pupdate
valuation, appraisal, home valuation, property valuation, market appraisal
sale agreed, sstc, sold stc, sold subject to contract
price reduced, reduced, price drop, price cut
asking price, list price, listing price, guide price
make offer, make an offer, submit offer, place offer, put in offer
vendor, seller, property seller
hoa fees, hoa dues, homeowners association fees, strata fees, body corporate fees
open house, open home, open inspection
days on market, dom, time on market, days listed
lot size, land size, plot size, land area, lot area
year built, construction year, year of construction
mls number, mls, listing id, listing number
claim number, claim no, claim reference, claim ref, claim id
policy number, policy no, policy id, policy ref, policy reference
policyholder, policy holder, insured, named insured, policy owner
date of loss, loss date, incident date, date of incident, accident date
adjuster, loss adjuster, claims adjuster, assessor, claims handler, claims examiner
fnol, first notice of loss
claim status, track claim, check claim status, claim tracker
claim reserve, case reserve, loss reserve
total loss, write off, written off
body shop, repair shop, approved repairer, repairer
insurance premium, policy premium
sum insured, insured amount, cover limit, coverage limit
third party details, other party details, other driver details
police report number, crime reference number, police reference, crime ref
no claims bonus, no claims discount, ncb, ncd, claims free discount
aml, anti money laundering
sar, suspicious activity report, str, suspicious transaction report
customer due diligence, cdd
edd, enhanced due diligence
reconciliation, recon, reconcile, bank reconciliation, bank rec
chargeback, payment dispute, card dispute, transaction dispute
four eyes, maker checker, dual control, dual authorisation, dual authorization
general ledger, gl, nominal ledger
iban, international bank account number
swift code, bic, swift bic, bic code
standing order, standing instruction, recurring transfer
freeze account, account freeze, account block
customer number, customer id, client number, customer no, cif
data remaining, remaining data, data left, data balance
top up, recharge, add credit, buy credit
sim, sim card
puk, puk code, pin unlock key, personal unblocking key
keep my number, port my number, transfer number, number port
pac code, pac, porting authorisation code
roaming, international roaming, using your phone abroad
unlock phone, network unlock, sim unlock, unlock handset, unlock device
upgrade phone, phone upgrade, handset upgrade, device upgrade, upgrade device
bolt on, bolt ons, data add on, data bolt on, extra data
broadband, home broadband, home internet
speed test, check speed, test speed, broadband speed test
call history, call log, recent calls
caller id, caller display, number display, show my number
call forwarding, call divert, divert calls, forward calls, call diversion
fare, ticket price, fare price
journey planner, trip planner, plan a journey, plan your journey, plan your trip, route planner, plan trip
season ticket, travel pass, commuter pass, period pass
contactless, tap to pay, tap and pay, tap and go
tap in, tap on, touch in, touch on, validate ticket
tap out, tap off, touch out, touch off
smart card, travel card, transit card, fare card
concession, concessionary, reduced fare, discounted fare
add value, load value, top up card, add value to card
delay repay, delay compensation, claim compensation, delay refund
service updates, service alerts, travel updates, disruptions, line status, service status
fare zone, fare zones, travel zone
e ticket, eticket, mobile ticket, digital ticket, m ticket, mticket
pay for parking, pay parking, park now, start parking, start parking session
extend parking, extend session, add time, top up parking, extend stay
stop parking, end parking, end parking session, stop parking session
location code, zone code, zone number, location number, parking zone, zone id
bay number, bay no, space number, space no, spot number, stall number
pre book parking, prebook parking, reserve parking, book parking, reserve a space, book a space
entry time, entered at
exit time, time out, exited at
max stay, maximum stay, max duration, time limit
charge point, charging point, charging station, charger, ev charger
skip hire, skip rental, dumpster rental, dumpster hire, roll off rental
dumpster, skip bin, roll off container
recycling centre, recycling center, household waste recycling centre, hwrc, civic amenity site
waste transfer note, wtn
collection route, collection round, bin round, pickup route
contamination, contaminated bin, contaminated recycling
weighbridge, scale house, truck scale
weighbridge ticket, weigh ticket, scale ticket, weight ticket
gross weight, gross wt
tare weight, tare, tare wt
net weight, net wt
food waste, food scraps, kitchen waste
clinical waste, medical waste, biohazard waste
hazardous waste, household hazardous waste, hhw
request a bin, order a bin, new bin, replacement bin, request bin
polling station, polling place, polling location, voting location, polling site, where to vote
ballot, ballot paper, voting paper
constituency, electoral district, electoral division, electorate
turnout, voter turnout
early voting, vote early, early vote, advance voting, pre poll voting
sample ballot, specimen ballot
precinct, voting precinct, polling district, election district
proxy vote, vote by proxy, proxy voting, appoint a proxy
check registration, am i registered, check voter registration, verify registration, registration status, voter status
ballot tracking, track ballot, track my ballot, ballot status, where s my ballot
poll worker, election worker, poll clerk
voter id, voter identification
cast vote, submit vote, cast ballot, submit ballot, vote
abstain, abstention
ranked choice, ranked choice voting, rcv, preferential voting, instant runoff
case number, case no, docket number, docket no, cause number, case id
e filing, efiling, electronic filing, e file
file document, file a document, submit filing, new filing, lodge document
docket, case docket, register of actions, roa
hearing date, court date, date of hearing
plaintiff, claimant
defendant, def, deft
attorney, lawyer, counsel, legal representative, solicitor
pro se, self represented, litigant in person, unrepresented, self representation
filing fee, filing fees, court fee
fee waiver, fee exemption, help with fees, in forma pauperis, ifp, fee remission
proof of service, certificate of service, affidavit of service
continuance, adjournment, postponement of hearing
pay fine, pay a fine, pay court fine, pay penalty
onboarding, employee onboarding, new hire onboarding
new hire, new starter, new joiner, new employee
termination date, leaving date, last working day, last day of employment, separation date, exit date
hire date, date of hire, date joined, joining date, date of joining, employment start date, doj
employee id, employee number, employee no, staff number, staff id, emp id
line manager, direct manager, supervisor
direct reports, reportees
department, dept
cost centre, cost center, cost ctr
performance review, appraisal, performance appraisal, performance evaluation, annual review
sick leave, sick day, sick days, sickness absence, sick time
overtime, ot, extra hours
bank details, bank account details, banking details, direct deposit
shift swap, swap shift, trade shift, shift trade, exchange shift
rota, staff rota, roster, staff roster, work schedule, shift schedule
purchase order, po
po number, purchase order number, po no
purchase requisition, purchase request, purchase req
supplier, vendor
rfq, request for quote, request for quotation, quote request
rfp, request for proposal
submit bid, submit tender, tender submission, bid submission
goods receipt, goods received note, grn, receive goods
approved supplier list, approved vendor list, avl
supplier onboarding, vendor onboarding, supplier registration, vendor registration
lead time, delivery lead time, supplier lead time
unit price, price per unit, unit cost, price each
payment terms, credit terms, net terms
blanket order, blanket po, blanket purchase order
service call, call out, callout, service visit
field technician, field engineer, service engineer, service technician, field tech
dispatch board, schedule board, dispatch console
onsite, at site, arrived on site
complete job, close job, finish job, job completion, complete work order, close work order
customer signature, customer sign off, client signature, client sign off
parts used, materials used, parts consumed, parts and materials
van stock, truck stock, vehicle stock, van inventory, truck inventory
job notes, technician notes, service notes, work notes
service report, job report, field service report
travel time, drive time, travel duration
sla, service level agreement, service level
first time fix, ftf
installed base, customer assets, customer equipment
bin location, storage location, stock location, pick location
pick list, picking list, pick ticket, pick sheet
packing slip, packing list, packing note, delivery note, despatch note, dispatch note
put away, putaway, put away stock, stow
asn, advance shipping notice, advanced shipping notice, advance ship notice
stocktake, stock take, stock count, inventory count, physical inventory, physical count
stock adjustment, inventory adjustment, adjust stock, adjust inventory, stock correction
stock transfer, inventory transfer, transfer stock, transfer inventory
reorder point, reorder level, rop, min stock level, minimum stock level
backorder, back order, backordered, on back order
pallet, plt, skid
barcode, bar code
loading dock, loading bay, dock door
available quantity, quantity available, available qty, qty available, avail qty
allocated, reserved, committed, allocated quantity, reserved quantity
fleet number, fleet no, vehicle number, fleet id
fuel log, fuel entry, log fuel, add fuel, fill up, fuel up, refuel
fuel economy, fuel efficiency, mpg, fuel consumption
vehicle tracking, gps tracking, live tracking, telematics
geofence, geo fence, geofences, geozone
dvir, vehicle inspection, pre trip inspection, walkaround check, walk around check, daily vehicle check, vehicle check
service due, next service, service reminder, maintenance due, due for service
idle time, idling, engine idle
harsh braking, hard braking, harsh brake
over speed, overspeed, speed violation, speeding event
trip history, journey history, trip log, journey log
hours of service, hos, driver hours, drivers hours
eld, electronic logging device
engine hours, hour meter, run hours
# general: everyday control verbs and wrapped phrasings, calls, collaboration, people/contact/address/identity/date/time/money/quantity/measurement fields, question-style field labels, navigation and account sections, admin, table columns, filter operators, sort options, view switches, status filters, notifications, privacy and consent, accessibility, language and region, appearance, scheduling and recurrence
start, begin, start now, begin now, start here, begin here, kick off, let's go, get going
stop, end, finish, terminate, conclude
pause, suspend, put on hold, pause for now, temporarily pause
resume, unpause, continue, pick up where you left off, continue where you left off
force quit, force stop, force close, kill process, end process, end task
assign, allocate, allot, assign to, allocate to
approve, sign off, authorise, authorize, give approval, ratify
withdraw, retract, take back, pull back
forward, pass along, relay, send on
forward call, transfer call, redirect call, divert call, pass call on
call, dial, ring, call now, dial now, ring now
call us, phone us, ring us, give us a call, call our team
request callback, request a call, call me back, request a call back, get a call back, arrange a callback, callback request
answer call, accept call, pick up call
decline call, reject call, ignore call, dismiss call
keypad, dial pad, dialpad, number pad, numpad
voicemail, voice mail, voicemail box
duplicate, clone, replicate, create a copy, make a copy, duplicate this
launch app, start app, run app
open in app, open in the app, continue in app, view in app, switch to app
get the app, download the app, download app, install app, get our app, download our app, install the app
continue in browser, continue on web, stay on web, use website, stay in browser, continue to website, use the website
yes i'm sure, i'm sure, yes confirm, yes do it, yes continue, yes proceed
send reminder, nudge, send nudge, chase, chase up, follow up, followup, remind them
at mention, tag someone, tag a person, mention someone, mention a person
add comment, leave comment, post comment, write comment, leave a comment, comment
resolve thread, resolve comment, resolve conversation, mark thread resolved, resolve discussion
reopen thread, reopen comment, unresolve, reopen discussion, reopen conversation
self assign, assign myself, claim task, pick up task, take task
watchers, subscribers, people watching
unwatch, stop watching, stop following, unsubscribe from thread, mute thread, unsubscribe from conversation
collaborators, contributors, co authors, coauthors, co editors
add collaborator, invite collaborators, add contributor, invite to collaborate, add collaborators
who's viewing, people viewing, currently viewing, who's here, viewing now
recent activity, latest activity, activity stream, activity feed, recent changes, what's changed
request changes, request revisions, ask for changes, send back for changes, return for revision, send back for revision
changes requested, needs changes, needs revision, needs work, revision requested, revisions requested
request review, ask for review, request a review, add reviewer, request feedback, ask for feedback
review requests, review requested, needs my review, assigned for review
approvals, approval requests, for my approval, approval inbox, approval queue
mentions, mentions of me, mentioned me, where you're mentioned, my mentions
notify everyone, notify all, mention everyone, alert everyone, notify channel
meet now, instant meeting, start instant meeting, quick call, start meeting now
start meeting, begin meeting, host meeting, launch meeting
end meeting, end meeting for all, end for all, end for everyone, close meeting, finish meeting
stop sharing, end screen share, stop screen share, stop presenting, end presentation, stop share
start recording, begin recording, record now, hit record, rec
stop recording, end recording, finish recording
start timer, begin timer, start countdown, run timer
start trip, begin trip, start journey, begin journey
start survey, begin survey, take survey, take the survey, start questionnaire, begin questionnaire
start game, begin game, play game, play now, let's play
relaunch, restart app, reopen app, reload app
stop generating, stop response, stop responding, halt generation
regenerate, regenerate response, generate again, re generate, reroll
summarise, summarize, sum up, tldr, tl dr, generate summary, get summary
explain, explain this, what does this mean, explain more
save and continue, save & continue, save and next, save and proceed
save and exit, save and close, save and quit, save and return later, save and come back later, finish later
save and new, save and add another, save and create another, save and add new
save preferences, save my choices, confirm my choices, confirm choices, save selection, save my preferences
skip for now, skip this step, do it later, do this later, maybe later, i'll do it later, set up later
don't show again, do not show again, don't show this again, never show again, stop showing this, don't remind me again
acknowledge, ack, acknowledged, mark as acknowledged, i acknowledge
close, close dialog, close modal, close popup, close pop up, close overlay, close this
move up, shift up, move item up, move higher
move down, shift down, move item down, move lower
move to top, move to first, move first, send to top
move to bottom, move to end, move last, send to bottom
rearrange, drag to reorder, reorder items, reorder list, sort manually
replace, substitute, swap out
convert, transform, turn into, change into
run now, execute, execute now, run it, trigger now
test connection, check connection, verify connection, try connection
send test, send test email, test send, send test message, send a test
clear history, delete history, erase history, wipe history, clear browsing history
clear search, clear search text, reset search, clear search field, clear query
expand, unfold, open up
collapse, fold, roll up
tick off, check off, cross off, mark off
uncheck, untick, clear checkbox
multi select, select multiple, bulk select, select items, select several
drag and drop, drag files here, drop files here, drop files to upload, drag and drop files
print, print page, print this page, printable version, printer friendly version, print friendly
export csv, export to csv, export as csv, download csv, download as csv, csv export
export pdf, export as pdf, export to pdf, download pdf, download as pdf, save as pdf
export to excel, export as excel, download excel, export xlsx, download xlsx, excel export
import csv, upload csv, import from csv, csv import
embed, embed code, get embed code, copy embed code
send by email, share via email, share by email, email this, email to a friend, send via email
save image, download image, save picture, download picture, save photo, download photo
back to home, back to homepage, go home, return home, return to home, go to homepage, take me home
back to results, back to list, return to results, back to search, back to search results, return to list
visit website, visit site, go to website, go to site, open website
sign up free, sign up for free, create free account, join free, join for free, register for free
start free trial, start trial, free trial, try for free, try it free, start your free trial
how it works, see how it works, how does it work
continue with email, sign in with email, log in with email, use email, email sign in
continue with phone, sign in with phone, log in with phone, use phone number, phone sign in
accept invite, accept invitation, join workspace, join team, join organization, join organisation
leave team, leave workspace, leave organization, leave organisation, exit workspace
request access, ask for access, request permission, ask for permission, request to join
grant access, give access, allow access, provide access
revoke access, remove access, withdraw access, take away access, disable access
connect account, link account, attach account, connect your account
approve request, accept request, approve this request
deny request, decline request, reject request, refuse request
confirm booking, confirm reservation, complete booking, finalise booking, finalize booking, complete reservation
complete purchase, complete order, confirm order, submit order, confirm purchase, finish order
pause subscription, pause plan, pause deliveries, hold subscription, suspend subscription, take a break
resume subscription, unpause subscription, restart subscription, reactivate subscription, resume plan, resume membership
withdraw consent, revoke consent, retract consent, remove consent, take back consent
i consent, i give consent, give consent, provide consent, grant consent, consent
opt in, keep me updated, send me updates, i'd like to receive updates, i want to receive updates, yes please send me updates
troubleshooting, troubleshoot, fix a problem, diagnose problems, solve a problem
verify email, verify email address, validate email, email verification, verify your email
resend verification email, resend email, send verification email again, resend confirmation email, resend link
login details, sign in details, credentials, login credentials, account credentials
now, right now, immediately, asap, as soon as possible, straight away, instantly
what's your name, what is your name, name and surname, first and last name, full name
firstname, first name, fname, given names, first names, christian name
lastname, last name, lname, surnames, last names, family names
preferred name, what should we call you, what do you like to be called, known as, name you go by, chosen name
salutation, honorific, name prefix, form of address
name suffix, suffix
pronouns, preferred pronouns, my pronouns
nationality, citizenship, country of citizenship, citizen of
country of birth, birth country
place of birth, birthplace, where were you born, town of birth
age, how old are you, your age, age in years
date of birth, birthdate, born on, when were you born, what is your date of birth, when is your birthday
marital status, relationship status, civil status
relationship, relation, relationship to you, how are you related, how do you know them
dependents, dependants, people you support
ethnicity, ethnic group, ethnic origin, ethnic background
religion, faith, religious belief, religion or belief
disability, do you have a disability, disability status, impairment
veteran status, military status, protected veteran, are you a veteran
occupation, profession, what do you do, line of work, what do you do for a living
job title, what's your job title, what is your job title, what's your role, what is your role, designation
employer, employer name, who do you work for, what company do you work for, where do you work, place of work, workplace, current employer
company name, what's your company name, what is your company name, name of company, name of business
industry, sector, line of business, business sector
company size, number of employees, how many employees, organization size, organisation size, headcount
department, dept, division, business unit
work email, business email, company email, professional email, corporate email, work email address
personal email, private email, home email, personal email address
work phone, office phone, business phone, work number, office number, work telephone
ext, phone extension, extension number, ext no
phone number, contact number, telephone number, tel, tel no, phone no, contact phone, what's your phone number
email address, what's your email, what is your email, your email address, where can we reach you by email
preferred contact method, how should we contact you, best way to reach you, preferred method of contact, how would you like to be contacted
best time to call, preferred time to call, when can we call you, best time to reach you, callback time, best time to contact you
contact person, point of contact, contact name, primary contact, who should we contact
address, where do you live, your address, home address, residential address, address of residence
where are you located, where are you based, your location, location, based in
house number, house no, building number, street number, house name or number, house name number
town or city, city or town, town city, city town, locality, suburb, city
state or province, province or state, state province, state region, state province region, state county
postal code zip, post code, zip postal code, postcode zip, zipcode, postcode
country of residence, country where you live, residence country, which country do you live in, your country
po box, p o box, post office box, pobox
address lookup, find address, find my address, look up address, search address, postcode lookup, search for address
shipping address, delivery address, where should we deliver, where should we send it, where should we send your order, where to deliver
passport number, passport no, passport num
passport expiry, passport expiry date, passport expiration date, passport valid until, passport expires
issuing country, country of issue, country of issuance, issuing state
date of issue, issue date, issued on, date issued
valid until, valid to, valid through, good until, good through, expires on
id number, identification number, id no, identity number, national id number, national identity number
document type, id type, type of id, type of document, identification type, type of identification
upload id, upload identity document, upload photo id, upload id document, upload identification
selfie, take a selfie, face photo, photo of yourself, take a photo of yourself
proof of address, proof of residence, address proof, residency proof, address verification
vat number, vat id, vat no, vat registration number, vat reg no
company number, company registration number, business registration number, company reg no, crn, registered company number
member id, member number, member no, membership id, subscriber id
group number, group no, group id
policyholder, policy holder, insured person, primary insured
blood type, blood group
symptoms, what are your symptoms, describe your symptoms, symptom description
reason for visit, reason for appointment, visit reason, what brings you in, reason for booking, chief complaint
education level, level of education, highest level of education, highest qualification, highest education, education
name of institution, institution name, educational institution, school or university, institution
field of study, course of study, area of study, subject area, area of specialisation
graduation date, date of graduation, graduated on
graduation year, year of graduation, year graduated
gpa, grade point average, cgpa, cumulative gpa
skills, key skills, core skills, skill set, skillset, competencies, expertise
languages spoken, language skills, languages you speak, languages i speak
linkedin, linkedin profile, linkedin url, linkedin profile url
portfolio, portfolio url, portfolio link, work samples, portfolio website
referees, professional references, work references
visa sponsorship, sponsorship, require sponsorship, need sponsorship, will you require sponsorship
willing to relocate, open to relocation, would you relocate, able to relocate
household size, number of people in household, people in household, how many people are in your household, household members
date and time, date time, datetime, date & time, when
select date, choose date, pick date, pick a date, select a date, choose a date, date
select time, choose time, pick time, pick a time, select a time, choose a time, time
preferred date, desired date, requested date, date requested, preferred day, when do you need it, when would you like it
preferred time, desired time, requested time, time requested, preferred slot
move in date, moving date, date you move in, when do you want to move in, move date
delivery date, preferred delivery date, when would you like it delivered, choose delivery date, select delivery date
effective date, effective from, valid from, commencement date, commences on
date range, time range, period, time period, timeframe, time frame, date span
custom range, custom date range, custom period, custom dates
last 7 days, past 7 days, previous 7 days, last seven days, past seven days
last 30 days, past 30 days, previous 30 days, last thirty days
last 90 days, past 90 days, previous 90 days
last 24 hours, past 24 hours, previous 24 hours, last 24h, past 24h
last 12 months, past 12 months, previous 12 months, trailing 12 months, ttm, past year
all time, any time, anytime, all dates, lifetime
year to date, ytd
month to date, mtd
quarter to date, qtd
hours, hrs, hour
minutes, mins, minute
seconds, secs, sec, second
weeks, wks, wk, week
years, yrs, yr, year
time remaining, time left, remaining time, time to go
elapsed time, time elapsed, elapsed, time spent
estimated time, estimated duration, time estimate, expected duration, est duration, est time
delayed, running late, late, delay
repeat every, repeats every, recur every, recurs every, occurs every, repeat interval, interval
end repeat, repeat until, end recurrence, recurrence end, stop repeating on
does not repeat, doesn't repeat, no repeat, never repeat, don't repeat, one time only, no recurrence
never ends, no end date, repeat forever, forever, indefinitely, never end
number of occurrences, occurrences, after occurrences, ends after, end after, number of times
weekdays, every weekday, monday to friday, mon fri, mon to fri, work days, working days, business days
weekends, every weekend, saturday and sunday, sat sun, sat and sun
every other week, biweekly, bi weekly, fortnightly, every 2 weeks, every two weeks
twice a month, semi monthly, semimonthly
every 2 months, every two months, every other month, bimonthly, bi monthly
every 6 months, every six months, semi annually, semiannually, twice a year, biannually, half yearly
hourly, every hour, per hour, each hour
custom recurrence, custom repeat, custom schedule, custom frequency
days of the week, day of week, on these days, which days, select days, on which days
reminder time, remind me at, alert time, notification time, when to remind
cron, cron expression, schedule expression, crontab
run time, scheduled time, execution time, trigger time, run at
next run, next execution, next scheduled run, next occurrence, next trigger
last run, last execution, last ran, previous run, last triggered
available times, available slots, open slots, free slots, available appointments
fully booked, booked up, no availability, no slots available, no availability left
amount, how much, enter amount, payment amount, transfer amount, amount to send
currency, ccy, currency code, choose currency, select currency, display currency
unit price, price per unit, price each, item price, price per item, unit cost, cost per unit
you save, you saved, total savings, amount saved, discount amount
budget, your budget, budget range, price range, spending limit, how much do you want to spend, what's your budget
min price, minimum price, price from, price min
max price, maximum price, price max, up to price
annual income, yearly income, income per year, income per annum, gross annual income, annual salary
account holder, account name, name on account, account holder name, account holder's name
bank name, name of bank, financial institution
card type, card brand, card network
cash on delivery, cod, pay on delivery, pay at door, pay at the door
billing cycle, billing period, billing frequency, billing interval
excluding vat, excl vat, ex vat, plus vat, excluding tax, excl tax, tax excluded, pre tax
usd, us dollar, us dollars
eur, euro, euros
gbp, pound sterling, british pound, sterling
jpy, yen, japanese yen
cad, canadian dollar
aud, australian dollar
payer, payor, paying party
merchant, seller, retailer
payouts, payout, disbursements, payout history
quantity, qty, how many, number of items, item count, pcs, pieces
how many people, number of people, pax, persons, how many of you
adults, adult, number of adults, how many adults
number of rooms, how many rooms, room count
number of nights, nights, how many nights, length of stay, stay length
capacity, max capacity, maximum capacity, maximum occupancy, max guests, accommodates
weight, wt, body weight, how much do you weigh, your weight
height, ht, how tall are you, your height, body height
dimensions, measurements, product dimensions, item dimensions, size and dimensions
kg, kgs, kilogram, kilograms, kilo, kilos
cm, cms, centimetre, centimetres, centimeter, centimeters
km, kms, kilometre, kilometres, kilometer, kilometers
miles, mile, mi
feet, foot, ft
litres, liters, litre, liter, ltr
ml, millilitre, millilitres, milliliter, milliliters
celsius, centigrade, degrees celsius
fahrenheit, degrees fahrenheit
unit system, measurement system, unit preference, system of measurement
distance, radius, how far, search radius
percentage, percent, pct
manufacturer, mfr, manufactured by
car make, vehicle make, make of car, make of vehicle
model number, model no, model code
barcode, upc, ean, gtin, barcode number
what's wrong, what went wrong, what happened, describe the problem, describe the issue, problem description, issue description, tell us what happened, what's the problem
how can we help, what can we help you with, what do you need help with, reason for contact, reason for enquiry, reason for inquiry, nature of enquiry, enquiry type, inquiry type
tell us more, anything else, additional information, additional info, additional details, additional comments, further information, anything else we should know
what's your question, what is your question, enter your question, type your question, describe your question
what are you looking for, i'm looking for, looking for, search for
what's on your mind, share something, write something, share your thoughts
how did we do, how was your experience, rate your experience, rate us, how would you rate us, overall rating
how likely are you to recommend, likelihood to recommend, nps, net promoter score
why are you leaving, reason for cancelling, cancellation reason, why do you want to cancel, reason for leaving, why are you cancelling
what's this about, what is this about, regarding, subject line, subject
who is this for, who's it for, who is it for, recipient name, recipient
where are you going, where do you want to go, where would you like to go, destination
what are you interested in, interests, topics of interest, areas of interest, what interests you
what's the occasion, occasion, special occasion, what are you celebrating
this is a gift, is this a gift, send as a gift, mark as gift, buying as a gift, gift order
how would you like to pay, how do you want to pay, payment type, choose payment method, select payment method, payment method
reason, tell us why, why, reason why, explain why
need help, got questions, have a question, any questions, need assistance, need a hand
website, website url, your website, what's your website, company website, site url
account overview, account summary, account home, account dashboard
account details, account info, account information, account data
general settings, general, basic settings
advanced settings, advanced options, advanced, advanced configuration, expert settings
personal settings, my settings, user settings, personal preferences, my preferences
workspace settings, organization settings, organisation settings, org settings, company settings, tenant settings
system settings, global settings, site settings, platform settings, instance settings
report centre, report center, report library, all reports, reports dashboard
billing and plans, plans and billing, subscription and billing, billing and subscription, plan and billing, billing & plans, manage billing, billing portal, billing settings
invoice history, past invoices, previous invoices, invoices and receipts, billing documents, all invoices
plans and pricing, pricing plans, compare plans, see plans, view plans, see pricing, view pricing, pricing and plans
current plan, your current plan, active plan, plan details, subscription details
my subscriptions, subscriptions, manage subscriptions, active subscriptions, manage subscription
usage and limits, limits, quotas, usage limits, plan limits
users and permissions, members and roles, people and permissions, members and permissions, team and permissions
roles, user roles, access levels, permission sets, roles and permissions
connected apps, authorized apps, authorised apps, authorized applications, third party apps, apps with access, app permissions
social accounts, social logins, login connections, linked services, sign in connections
audit trail, audit log, audit history, audit events, security log, event log
developer settings, developer options, api settings, api access
api docs, api documentation, api reference, api guide, developer docs, developer documentation
developer portal, developer hub, developer center, developer centre
logs explorer, log explorer, log viewer, log search, log browser
domains, custom domains, domain settings, manage domains, custom domain
brand settings, brand kit, custom branding, brand assets
localisation, localization, l10n, i18n, internationalization, internationalisation
email templates, mail templates, email template library, email template
template gallery, template library, browse templates, templates, template center, template centre
status page, system status, service status, platform status, uptime status
security centre, security center, security dashboard, security overview, security hub, security checkup
compliance centre, compliance center, compliance, governance and compliance, compliance hub
tax settings, tax information, tax details, tax info
automation, automations, automation rule, automation rules, automated workflow, automated workflows
campaigns, campaign manager, marketing campaigns, campaign list
shipping and delivery, delivery settings, shipping settings, shipping & delivery, delivery and shipping
store settings, shop settings, store details, shop details
customize theme, customise theme, edit theme, theme editor, theme customizer, theme customiser
online store, storefront, web store, webshop, e shop
point of sale, pos, pos system
sales channels, selling channels, sales channel settings
order history, purchase history, past purchases, previous purchases, purchase records
messages, my messages, conversations, chats, direct messages, dms, message centre, message center
family sharing, family group, family members, my family
referral code, invite code, referrer code, friend code
referral link, invite link, personal invite link, your referral link
refer a friend, referrals, invite friends, referral program, referral programme, refer and earn, refer friends
partner program, partner programme, become a partner, partner with us, partnerships, partners
affiliate program, affiliate programme, affiliates, become an affiliate, join affiliate program
press, newsroom, press room, press centre, press center, media centre, media room, press releases
investors, investor relations, ir, shareholders, investor information
sustainability, esg, corporate responsibility, csr, social responsibility, corporate social responsibility
legal notice, imprint, impressum, legal information, site notice
accessibility statement, accessibility policy, accessibility commitment
sitemap, site map, site index
cookie policy, cookies policy, cookie notice, use of cookies, cookie statement
our locations, find us, where to find us, our offices, branch locator, find a branch, our branches
our team, meet the team, meet our team, our people
our services, what we do, what we offer, our offering
our products, all products, product range, product lineup
case studies, customer stories, success stories, client stories, customer success stories
resource centre, resource center, resource library, resource hub, learning resources
tutorials, tutorial, how to guides, how tos, walkthroughs, step by step guides
getting started, quick start, quickstart, quick start guide, first steps, setup guide, onboarding guide
community, community forum, forum, forums, user forum, community hub
date joined, member since, join date, signup date, sign up date, registration date
description, desc, descr
type, kind
id, identifier, uid
reference number, ref number, ref no, reference no, ref
ip address, ip, ip addr
percent complete, percentage complete, completion, progress
traffic source, referrer, referring site, traffic channel
rank, ranking, leaderboard position
points, pts, total points
average, avg, mean
maximum, max, highest value
minimum, lowest value, min value
view options, view settings, display options, viewing options
grid view, grid, tiles, tile view, card view, cards view, thumbnails, thumbnail view, gallery view, icon view
list view, list layout, rows view, row view, list mode
table view, spreadsheet view, table layout, sheet view
calendar view, calendar layout, calendar mode
split view, side by side, split screen, dual pane
preview pane, reading pane, preview panel, reading panel
details pane, details panel, detail panel, inspector
compact view, compact mode, condensed view, dense view, compact layout
density, display density, row density, view density, layout density
show sidebar, open sidebar, expand sidebar
hide sidebar, close sidebar, collapse sidebar
filter by, refine by, narrow by, show only, filter results, refine results, narrow results, refine search
clear filters, remove filters, clear all filters, reset all filters, remove all filters
apply filters, show results, see results, view results, update results, show matches
advanced search, more filters, all filters, advanced filters, more search options
in stock only, available only, hide out of stock, exclude out of stock, show in stock only
equals, is equal to, equal to, is exactly
does not equal, is not, not equal to, is not equal to, doesn't equal
contains, includes, containing
does not contain, doesn't contain, not containing
greater than, more than, larger than, is greater than, gt
less than, fewer than, smaller than, is less than, lt
is empty, is blank, has no value, is not set
is not empty, is not blank, has a value, has any value, is set
between, in range, within range, is between
before, earlier than, prior to, is before
after, later than, is after
alphabetical, alphabetically, name ascending, alphabetical order, sort alphabetically
reverse alphabetical, name descending, reverse alphabetical order
popularity, most popular, popular first, sort by popularity
relevance, most relevant, best match, top match, sort by relevance, relevant first
highest rated, top rated, best rated, rating high to low, best reviewed, highest rating
lowest rated, rating low to high, worst rated, lowest rating
most reviewed, most reviews, number of reviews, review count
nearest first, closest first, sort by distance, distance low to high, shortest distance
ascending, asc, sort ascending, lowest first, low to high
descending, sort descending, highest first, high to low
ending soonest, ending soon, closing soon, time ending soonest
active, currently active, active only
inactive, not active, deactivated, dormant
pending approval, awaiting approval, needs approval, waiting for approval, approval pending, requires approval
pending, awaiting, waiting, queued, not yet processed
approved, authorised, authorized, approval granted
declined, denied, refused, not approved, turned down
failed, failure, unsuccessful, not successful, did not complete
succeeded, successful, success, completed successfully
draft, unpublished, not published, not yet published
upcoming, coming up, future, forthcoming, future events, upcoming events
past events, previous events, past, earlier events
expired, lapsed, no longer valid, past expiry
unresolved, not resolved, still open, unsolved
resolved, solved, issue resolved, problem solved
verified, validated
unverified, not verified, unconfirmed, pending verification
no assignee, not assigned, unowned, nobody assigned, without assignee
created by me, reported by me, authored by me, raised by me, opened by me
paid, settled, paid in full, fully paid, payment received
partially paid, part paid, partial payment, partly paid
refund issued, refund processed, money returned, refund complete
dispatched, despatched, on its way, has shipped
delivered, delivery complete, delivered successfully, has been delivered
out for delivery, on vehicle for delivery, with courier for delivery, arriving today
processing, being processed, preparing, being prepared, in preparation
backordered, back order, on backorder, on back order, awaiting stock
notification settings, notification preferences, manage notifications, alert settings, alert preferences
email notifications, email alerts, email updates, notify by email, notify me by email, email notification
push notifications, push alerts, mobile notifications, app notifications
desktop notifications, browser notifications, web notifications, desktop alerts
sms notifications, text alerts, text notifications, sms alerts, text me, notify by text
text message, sms, sms message, txt, send text message, send sms
marketing emails, promotional emails, marketing communications, promotional messages, marketing messages, news and offers, offers by email
communication preferences, email preferences, marketing preferences, mailing preferences, subscription preferences
newsletter, email newsletter, mailing list, subscribe to newsletter, our newsletter
notification sound, alert sound, notification tone, alert tone
email digest, digest, summary email, digest email
mark all as read, mark all read, mark everything as read, read all
clear all notifications, dismiss all, clear notifications, clear all alerts, dismiss all notifications
vibrate, vibration, haptic, haptics, haptic feedback
privacy centre, privacy center, privacy hub, privacy dashboard, privacy and data, your data and privacy
profile visibility, who can see my profile, who can see your profile, profile privacy, visibility settings
public, visible to everyone, everyone can see, anyone can see, open to everyone
location services, location access, location permission, allow location, allow location access
share location, share my location, location sharing, share live location, send location
ad preferences, ad settings, personalised ads, personalized ads, ad personalisation, ad personalization, interest based ads, tailored ads
do not sell my info, do not sell my personal information, do not sell or share, do not sell, your privacy choices, opt out of sale
read receipts, read receipt, seen receipts, show read receipts, send read receipts
online status, activity status, show when i'm online, show activity status, show online status, presence
search engine indexing, allow search engines, show in search results, search visibility, let search engines find my profile
share usage data, usage data, usage statistics, send usage statistics, telemetry, diagnostic data, diagnostics
consent preferences, consent settings, manage consent, manage choices, manage options
necessary cookies, strictly necessary, strictly necessary cookies, essential cookies, required cookies
analytics cookies, performance cookies, statistics cookies, measurement cookies
marketing cookies, advertising cookies, targeting cookies, ad cookies
functional cookies, functionality cookies, preference cookies, preferences cookies
age verification, verify age, confirm age, i am over 18, i am 18 or older, i'm over 18
accessibility settings, accessibility options, ease of access, accessibility preferences, a11y
larger text, bigger text, increase text size, enlarge text, larger font, bigger font, increase font size
smaller text, decrease text size, reduce text size, smaller font, decrease font size
high contrast, increase contrast, contrast mode, high contrast mode, enhanced contrast
reduce motion, reduced motion, minimise motion, limit animations, turn off animations, disable animations, less motion
screen reader, screenreader, screen reader mode, screen reader support
audio description, audio described, described video, descriptive audio
dyslexia friendly font, dyslexic font, dyslexia font, readable font
keyboard navigation, keyboard access, keyboard only navigation
line spacing, line height, spacing between lines
colour blind mode, color blind mode, colourblind mode, colorblind mode, colour filters, color filters
sign language interpreter, sign language interpretation, signed interpretation
alt text, alternative text, image description, image alt text, describe this image
read aloud, text to speech, read out loud, tts, listen to this page, listen to article
speech to text, dictation, dictate, voice typing, voice input, type with voice
zoom level, page zoom, zoom percentage, zoom factor
display language, interface language, ui language, app language, site language, choose language, select language, change language
language and region, language & region, region and language, language and location, regional settings, locale settings
preferred language, language preference, primary language, what language do you speak, communication language
date format, date display, date style
time format, clock format, hour format, time display
first day of week, week starts on, start week on, week start, start of week
number format, number formatting, numeric format
english, en, eng
spanish, español, espanol, castellano, es
french, français, francais, fr
german, deutsch
portuguese, português, portugues
italian, italiano
dutch, nederlands
swedish, svenska
turkish, türkçe, turkce
united kingdom, uk, great britain, britain
united states, usa, united states of america
united arab emirates, uae
netherlands, holland, the netherlands
germany, deutschland
czech republic, czechia
south korea, republic of korea, korea republic of
russia, russian federation
turkey, türkiye, turkiye
ivory coast, côte d'ivoire, cote d'ivoire
eswatini, swaziland
appearance settings, display settings, look and feel, theme settings, customise appearance, customize appearance, visual settings
light mode, light theme, day mode, light appearance
system theme, use system setting, match system, follow system, sync with system, same as system, use device setting, system default theme
accent colour, accent color, theme colour, theme color
wallpaper, background image, background picture, backdrop
font, typeface, font family
sound effects, ui sounds, interface sounds, app sounds, system sounds
data saver, low data mode, lite mode, save data, reduce data usage, data saving mode
offline mode, work offline, go offline
`;
