/**
 * The sibling sets (siblings.ts explains how they are read): one set per
 * line, items separated by commas, an item may be a phrase; lines starting
 * with # are headings. Items of a set are different things a user picks
 * between, never wordings of one thing and never toggle states. Written
 * from general knowledge by a writer who had not seen the benchmark's
 * pages. Left out: actions on content (a redesign does turn "Delete" into
 * "Archive" on the same button), the sections of account settings, and
 * statuses (normalised, "Delivered" reads as the verb "deliver").
 */
export const SIBLING_SETS = `
# Notification and contact channels
email, text, phone, post
email, sms, push notification, in-app notification, voice call, whatsapp
email address, phone number, postal address
mobile, home, work
call, message, video call, email
email, slack, webhook, sms, pagerduty
live chat, email, phone, help centre
immediately, daily digest, weekly digest, never
mentions, comments, replies, likes, new followers, direct messages
order updates, promotions, newsletter, account alerts, security alerts

# Days and parts of the day
monday, tuesday, wednesday, thursday, friday, saturday, sunday
mon, tue, wed, thu, fri, sat, sun
today, tomorrow, yesterday
this week, next week, last week
this month, last month, next month
this year, last year, next year
last 7 days, last 30 days, last 90 days, last 12 months, all time
any time, past hour, past 24 hours, past week, past month, past year
morning, afternoon, evening, night
breakfast, lunch, dinner, brunch, snack
first, second, third, fourth, last

# Months, quarters and seasons
january, february, march, april, may, june, july, august, september, october, november, december
jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov, dec
q1, q2, q3, q4
spring, summer, autumn, winter

# Time units, periods and frequencies
second, minute, hour, day, week, month, year
day, week, month, quarter, year
hourly, daily, weekly, fortnightly, monthly, quarterly, annually
daily, weekly, monthly, yearly
does not repeat, every day, every week, every month, every year, custom
5 minutes, 10 minutes, 15 minutes, 30 minutes, 1 hour, 2 hours
5 minutes before, 10 minutes before, 1 hour before, 1 day before
1 day, 1 week, 1 month, 1 year
1 month, 3 months, 6 months, 12 months
day view, week view, month view, year view, agenda
pacific time, mountain time, central time, eastern time

# Name parts
first name, middle name, last name
title, first name, last name, suffix
given name, family name, preferred name
full name, display name, username

# Address parts
street address, apartment, city, state, postcode, country
address line 1, address line 2, town, county, postcode
city, state, zip code
billing address, shipping address
home, work, other

# Personal details
title, first name, date of birth, gender, nationality
date of birth, place of birth, country of birth
mr, mrs, ms, miss, dr, mx, prof
male, female, non-binary, prefer not to say
he/him, she/her, they/them
single, married, divorced, widowed, separated, civil partnership
nationality, passport number, national insurance number
height, weight, age
under 18, 18-24, 25-34, 35-44, 45-54, 55-64, 65+
occupation, employer, job title, annual income
employed, self-employed, unemployed, student, retired
full-time, part-time, contract, freelance, internship, temporary
spouse, partner, parent, child, sibling, friend

# Sizes and fits
xs, s, m, l, xl, xxl
extra small, small, medium, large, extra large
small, medium, large
small, regular, large
twin, full, queen, king, california king
petite, regular, tall, plus size
slim fit, regular fit, relaxed fit, skinny fit
short, regular, long
size 8, size 10, size 12, size 14, size 16
baby, toddler, kids, teens
a4, a3, a5, letter, legal
10 per page, 25 per page, 50 per page, 100 per page

# Quantities of people, rooms and things
1 adult, 2 adults, 3 adults, 4 adults
adults, children, infants
adult, child, senior, student, infant
1 room, 2 rooms, 3 rooms, 4 rooms
1 guest, 2 guests, 3 guests, 4 guests
solo, couple, family, group
studio, 1 bedroom, 2 bedrooms, 3 bedrooms, 4+ bedrooms
table for 2, table for 4, table for 6
1 person, 2 people, 3 people, 4 people
one, two, three, four, five, six

# Colours and finishes
red, orange, yellow, green, blue, purple, pink, brown, black, white, grey
navy, teal, turquoise, maroon, beige, cream, gold, silver
black, white, silver, gold, rose gold, space grey, midnight, starlight

# File formats and export types
pdf, csv, xlsx, docx, json, xml, txt, html
png, jpg, gif, svg, webp
mp3, wav, flac, aac, ogg
mp4, mov, avi, mkv, webm
zip, rar, tar, 7z
export pdf, export csv, export excel
download pdf, download csv, download json
pdf, word, excel, powerpoint
print, save as pdf, email, share link
480p, 720p, 1080p, 4k
documents, spreadsheets, presentations, forms

# Social networks, messaging and sign-in providers
facebook, instagram, twitter, linkedin, tiktok, youtube, pinterest, snapchat, reddit
whatsapp, telegram, signal, messenger, wechat, viber
slack, microsoft teams, discord, zoom, google meet, skype
share on facebook, share on twitter, share on linkedin, share via email, copy link
sign in with google, sign in with apple, sign in with facebook, sign in with microsoft
continue with google, continue with apple, continue with email, continue with phone
gmail, outlook, yahoo mail, icloud mail
github, gitlab, bitbucket
google drive, dropbox, onedrive, box, icloud drive

# Payment methods and card brands
credit card, debit card, paypal, apple pay, google pay, bank transfer, cash on delivery
card, bank transfer, paypal, cash
visa, mastercard, american express, discover, maestro, jcb, diners club, unionpay
klarna, afterpay, affirm
pay now, pay later, pay in 3 instalments
direct debit, standing order, bank transfer, cheque
cash, card, gift card, store credit
venmo, zelle, cash app, paypal
card number, expiry date, cvc, name on card
one-time, monthly, annual
10%, 15%, 20%, custom tip
£5, £10, £25, £50, other amount

# Currencies
usd, eur, gbp, jpy, cad, aud, chf, cny, inr
us dollar, euro, british pound, japanese yen, swiss franc, canadian dollar, australian dollar

# Shipping and delivery options
standard delivery, express delivery, next day delivery, same day delivery, click and collect
standard shipping, expedited shipping, overnight shipping, two-day shipping
home delivery, collect in store, pickup point, parcel locker
delivery, pickup, dine in
dine in, takeaway, delivery
royal mail, dhl, ups, fedex, usps, dpd, evri
morning slot, afternoon slot, evening slot
signature required, leave at door, leave with neighbour
gift wrap, gift message, gift receipt
order placed, dispatched, out for delivery, delivered

# Travel
economy, premium economy, business, first
window, middle, aisle
single room, double room, twin room, family room, suite
standard room, deluxe room, junior suite, penthouse
room only, bed and breakfast, half board, full board, all inclusive
vegetarian, vegan, halal, kosher, gluten-free, child meal
one way, return, multi-city
flights, hotels, car hire, holidays, experiences
cabin bag, checked bag, personal item
direct, 1 stop, 2+ stops
departure date, return date
hotel, apartment, hostel, villa, bed and breakfast, campsite
pool, gym, spa, parking, wifi, restaurant, bar
seat selection, extra baggage, priority boarding, lounge access, travel insurance
single, return, season ticket, day ticket

# Shop product categories
women, men, kids, baby, home, beauty
clothing, shoes, accessories, bags, jewellery, watches
electronics, computers, phones, tvs, cameras, audio, gaming
books, music, movies, games, toys
groceries, fruit, vegetables, meat, fish, dairy, bakery, frozen, drinks
beer, wine, spirits, cider
furniture, lighting, bedding, kitchen, bathroom, garden, rugs
sofas, beds, tables, chairs, wardrobes, desks
dresses, tops, jeans, trousers, skirts, jackets, coats, knitwear
t-shirts, shirts, polos, hoodies, sweatshirts
trainers, boots, sandals, heels, flats, loafers
skincare, makeup, haircare, fragrance, nails
laptops, desktops, tablets, monitors, printers, keyboards
new, used, refurbished
new in, best sellers, sale, gift ideas
relevance, newest, most popular, top rated, price
brand, price, size, colour, rating
cotton, linen, wool, silk, polyester, leather, denim
colour, size, material, style
description, specifications, reviews, delivery
damaged, wrong item, doesn't fit, changed mind, not as described, arrived late
original payment method, store credit, exchange
track order, return item, reorder, write a review
64gb, 128gb, 256gb, 512gb, 1tb
desktop, laptop, tablet, phone, smartwatch

# Analytics metrics
revenue, refunds, orders, sessions, visitors, conversion rate, churn, average order value
page views, unique visitors, bounce rate, session duration, pages per session
impressions, clicks, click-through rate, cost per click, conversions
mrr, arr, churn rate, ltv, cac, arpu
daily active users, weekly active users, monthly active users
new users, returning users, active users
gross revenue, net revenue, profit
sales, refunds, chargebacks, fees, payouts
followers, likes, comments, shares, saves, reach, engagement
views, watch time, subscribers, average view duration
open rate, click rate, unsubscribe rate, bounce rate
signups, trials, activations, upgrades, cancellations
desktop, mobile, tablet
organic, paid, direct, referral, social, email
chrome, safari, firefox, edge, opera
windows, macos, linux, ios, android
line chart, bar chart, pie chart, table
sum, average, count, median
steps, distance, calories, active minutes, heart rate, sleep

# Roles and permission levels
owner, admin, editor, viewer, guest
admin, member, guest
owner, maintainer, developer, reporter, guest
can view, can comment, can edit
viewer, commenter, editor
read, write, admin
student, teacher, parent, admin
customer, staff, manager, administrator
administrator, editor, author, contributor, subscriber
host, co-host, panelist, participant
anyone with the link, restricted, organisation only
intern, junior, mid-level, senior, lead, principal

# Leave, absence and HR
annual leave, sick leave, parental leave, maternity leave, paternity leave, compassionate leave, unpaid leave, study leave
holiday, sickness, training, remote working, business travel
vacation, sick day, personal day, jury duty, bereavement
leave, overtime, expenses, timesheets
full day, half day, hours
in office, remote, hybrid
employees, payroll, time off, benefits, performance, recruitment
travel, meals, accommodation, mileage, office supplies
applied, screening, interview, offer, hired
per hour, per day, per year

# Subscription tiers and plans
free, basic, standard, premium
free, pro, team, enterprise
starter, growth, scale, enterprise
basic, plus, premium
bronze, silver, gold, platinum
individual, duo, family, student
personal, business, enterprise
early bird, standard, vip

# Media types
photo, video, audio, document, link, poll, gif
images, videos, music, documents, podcasts
text, image, video, audio
songs, albums, artists, playlists, podcasts, audiobooks
movies, tv shows, documentaries, kids, sport
photos, videos, live, reels, stories
all, images, videos, shopping, maps, books
top, latest, people, photos, videos
all, people, posts, groups, pages, events
camera, photo library, document, location, contact, poll
hardcover, paperback, ebook, audiobook
photo, video, portrait, panorama, slow-mo, time-lapse

# Document types
passport, driving licence, national id card, residence permit
invoice, receipt, quote, credit note, purchase order
contract, proposal, invoice, report
birth certificate, marriage certificate, death certificate
payslip, p60, p45, bank statement, utility bill
cv, cover letter, portfolio, references
terms of service, privacy policy, cookie policy, refund policy
necessary, functional, analytics, marketing

# Vehicles and transport
car, van, motorcycle, bicycle, truck, bus, scooter
sedan, hatchback, suv, estate, convertible, coupe, pickup truck
petrol, diesel, electric, hybrid, plug-in hybrid
driving, walking, cycling, transit
train, bus, tram, metro, ferry
fastest route, shortest route, avoid tolls, avoid motorways

# Sports
goalkeeper, defender, midfielder, forward
point guard, shooting guard, small forward, power forward, center
pitcher, catcher, first base, second base, third base, shortstop, outfield
quarterback, running back, wide receiver, tight end, linebacker
football, basketball, tennis, cricket, rugby, golf, baseball
win, draw, loss
singles, doubles, mixed doubles
running, cycling, swimming, walking, yoga, strength training

# Time controls and game modes
bullet, blitz, rapid, classical, correspondence
1 min, 3 min, 5 min, 10 min, 15 min, 30 min
single player, multiplayer, co-op
easy, medium, hard, expert
beginner, intermediate, advanced, expert
casual, ranked, tournament
play online, play with friends, play with computer
white, black, random
king, queen, rook, bishop, knight, pawn

# Weather
sunny, cloudy, rainy, snowy, windy, foggy, stormy
rain, snow, sleet, hail, fog, thunder
temperature, humidity, wind, precipitation, uv index, air quality, visibility, pressure
hourly, daily, 10-day

# Units of measure
kg, lb, g, oz, stone
cm, m, km, mm, inch, ft, mile
litre, millilitre, gallon, pint, cup, tablespoon, teaspoon
kb, mb, gb, tb
protein, carbs, fat, fibre, sugar, salt

# Languages
english, spanish, french, german, italian, portuguese, chinese, japanese, korean, arabic, hindi, russian, dutch
polish, turkish, swedish, greek, hebrew, vietnamese, thai, indonesian
en, es, fr, de, it, pt, ja, zh
english (uk), english (us)
simplified chinese, traditional chinese
javascript, python, java, go, rust, ruby, php, c#

# Countries and regions
united kingdom, united states, canada, australia, germany, france, ireland, india, spain, italy, netherlands, japan
europe, north america, south america, asia, africa, oceania
uk, us, eu
england, scotland, wales, northern ireland
north, south, east, west, central
us east, us west, eu west, asia pacific

# Priorities and severities
low, medium, high, urgent
p0, p1, p2, p3
critical, major, minor, trivial
must have, should have, could have, won't have
debug, info, warning, error, critical
info, warning, error, success
excellent, good, fair, poor
1 star, 2 stars, 3 stars, 4 stars, 5 stars

# Work and project tools
bug, task, story, epic, subtask
bug, feature request, question, feedback
billing, technical support, sales, general enquiry
engineering, design, product, marketing, sales, support, finance, legal
code, issues, pull requests, actions, projects, wiki, insights
commits, branches, tags, releases
development, staging, production
list, board, calendar, timeline, gallery
today, upcoming, past
event, task, reminder, out of office, focus time
text, number, email, date, checkbox, dropdown, file upload
short answer, paragraph, multiple choice, checkboxes, dropdown, linear scale
leads, contacts, accounts, deals, tasks
products, orders, customers, discounts, analytics, marketing
in person, online, hybrid
assignment, quiz, exam, project

# Typography and display
thin, light, regular, medium, semibold, bold, black
serif, sans serif, monospace, handwriting
0.5x, 1x, 1.5x, 2x
map, satellite, terrain, traffic

# Food and drink
espresso, americano, latte, cappuccino, flat white, mocha
whole milk, skimmed milk, oat milk, soy milk, almond milk
pizza, burgers, sushi, chinese, indian, thai
starters, mains, desserts, sides, drinks
beef, chicken, pork, lamb, fish, vegetarian
mild, medium, hot, extra hot
vegetarian, vegan, pescatarian, keto, paleo
gluten, dairy, nuts, eggs, soy, shellfish, sesame

# Home, property, money and insurance
buy, rent, sold prices, commercial
living room, bedroom, kitchen, bathroom, dining room, office, garage, garden
gas, electricity, water, broadband, council tax
current account, savings account, credit card, mortgage, loan
stocks, bonds, etfs, mutual funds, crypto
food, transport, shopping, bills, entertainment, health
car insurance, home insurance, travel insurance, pet insurance, life insurance
cat, dog, rabbit, bird, fish

# Health
in person, video, phone
gp, nurse, pharmacist, physiotherapist
blood test, x-ray, mri, ct scan, ultrasound

# Entertainment and culture
action, comedy, drama, horror, romance, sci-fi, thriller, documentary, animation
pop, rock, hip hop, jazz, classical, electronic, country, r&b
fantasy, mystery, romance, thriller, biography, history, self-help
standing, seated, vip, general admission

# Paired bounds and the two ends of a range (two fields side by side)
min, max
minimum, maximum
lower, upper
start date, start time, end
valid from, until
issue date, expiry
invoice date, due
origin, destination
departure, arrival
outbound, inbound
pickup, drop-off
before, after
earliest, latest
current password, new
new password, confirm

# Paired directions, parties and controls side by side
sender, recipient
cc, bcc
domestic, international
previous, next
undo, redo
import, export
upload, download
send, receive

# Paired parts of a form or a page
name, description
key, value
subject, message

# Layout, position and display
top, bottom, left, right
left, center, right, justify
left, centre, right, justify
horizontal, vertical
portrait, landscape
row, column
length, width, height, depth

# Money, accounting and trading
debit, credit
income, expense, transfer
deposit, withdrawal
deposit, withdraw
buy, sell
bid, ask
payable, receivable
net, gross
subtotal, shipping, discount, tax, total
price, quantity
balance sheet, income statement, cash flow
income tax, national insurance, pension, student loan
income tax, social security, medicare
account number, sort code
account number, routing
iban, bic
ach, wire transfer
ideal, bancontact, sofort, giropay, sepa direct debit, blik

# Identity documents and identifiers
passport, driver's license, state id, military id
document number, issuing country
id, arn, url
sku, barcode

# Technical fields and choices
ip, mac address
host, port, database, username, password
email, password
string, number, integer, boolean, object, array
cpu, memory, disk, network
logs, metrics, traces
https, ssh
aws, azure, google cloud
npm, yarn, pnpm, bun
intel, apple silicon
typescript, javascript
curl, python, node.js, ruby, php

# More file and export formats
json, yaml, toml, xml, ini
csv, tsv, xlsx, ods, parquet
csv, json, pdf, sbom
spdx, cyclonedx
markdown, html, plain text

# More units and measured quantities
celsius, fahrenheit, kelvin
metric, imperial
mph, km/h, m/s, knots
voltage, current, resistance, power, frequency
temperature, pressure, flow rate, vibration
mg, mcg, ml
conductivity, dissolved oxygen, turbidity, salinity

# Lab, science and industry
positive, negative, inconclusive
mean, median, mode, standard deviation, variance
precision, recall, accuracy, f1 score
setpoint, process value

# Medical questionnaires and care
allergies, medications, medical conditions, surgeries, family history
smoking, alcohol, exercise, diet, sleep
diabetes, hypertension, asthma, heart disease, cancer, stroke, epilepsy
never smoked, former, current
pain, fatigue, fever, cough, nausea, headache, dizziness, shortness of breath
mild, moderate, severe
not at all, several, more than half, nearly every
blood pressure, heart rate, temperature, respiratory rate, oxygen saturation
systolic, diastolic
hdl, ldl, triglycerides, total cholesterol
tablet, capsule, liquid, injection, cream, inhaler
once, twice, three times, as needed
cardiology, dermatology, neurology, orthopaedics, paediatrics, oncology, psychiatry
inpatient, outpatient
medical, dental, vision

# Education and organisations
high school, associate, bachelor, master, doctorate
human resources, finance, operations, legal, procurement, customer service
retail, healthcare, finance, education, manufacturing, technology, government, non-profit
sole trader, limited company, partnership, charity
sole proprietorship, llc, corporation, non-profit

# Property, utilities and insurance
house, apartment, condo, townhouse, land
detached, semi-detached, terraced, flat, bungalow
furnished, unfurnished
broadband, mobile, tv, landline

# Vehicles and freight
make, model, year
economy, compact, midsize, full-size, luxury, minivan
air, ocean, road, rail

# Food and drink, more
appetizers, entrees, desserts, sides, beverages
rare, medium rare, medium, medium well, well done
still, sparkling
red, white, rosé, sparkling

# Answers and decisions offered side by side
accept, reject
accept, decline
approve, reject
approve, comment, request changes
allow, deny
strongly agree, agree, neutral, disagree, strongly disagree
`;
