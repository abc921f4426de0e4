/**
 * The element fingerprint: what homeostat remembers about the element a
 * locator resolved to, so that it can find the same element again after a
 * redesign. The schema is documented in docs/fingerprint.md; every
 * fingerprint read from a file or the store is validated here.
 */
import { z } from 'zod';
import { HomeostatError } from '../../core/errors.js';
import { CONTROL_ROLES } from './roles.js';

/**
 * Version of the fingerprint format written now. Version 1 (no `container`)
 * is still read: its container is empty, which the matcher treats as
 * missing evidence.
 */
export const FINGERPRINT_VERSION = 2;

const box = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});

const ancestor = z.object({
  tag: z.string(),
  id: z.string().nullable(),
  classes: z.array(z.string()),
});

/** One element as recorded in the page; see docs/fingerprint.md for each field. */
export const fingerprintSchema = z.object({
  v: z.union([z.literal(1), z.literal(FINGERPRINT_VERSION)]),
  tag: z.string().min(1),
  id: z.string().nullable(),
  name: z.string().nullable(),
  classes: z.array(z.string()),
  text: z.string(),
  role: z.string().nullable(),
  accessibleName: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  testIds: z.record(z.string(), z.string()),
  xpath: z.string(),
  indexPath: z.array(z.number().int().nonnegative()),
  box,
  neighbors: z.array(z.string()),
  /** Texts of the containing row, card or section (v2; empty when read from v1). */
  container: z.string().default(''),
  ancestors: z.array(ancestor),
  visible: z.boolean(),
  /** A select's options, in order (absent for other elements, and in fingerprints recorded before them). */
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
});

export type Fingerprint = z.infer<typeof fingerprintSchema>;
export type Box = z.infer<typeof box>;

/** A recorded page: the visible candidate elements of one page state. */
export const candidateListSchema = z.object({
  url: z.string().optional(),
  recordedAt: z.number().optional(),
  elements: z.array(fingerprintSchema),
});

export type CandidateList = z.infer<typeof candidateListSchema>;

/** What the store keeps per locator: the last good fingerprint and where it came from. */
export const locatorRecordSchema = z.object({
  key: z.string(),
  testFile: z.string(),
  line: z.number().int().nullable(),
  selector: z.string(),
  url: z.string(),
  recordedAt: z.number(),
  fingerprint: fingerprintSchema,
  /** The visible elements of the page at recording time (for the mutual-match check). */
  page: z.array(fingerprintSchema).optional(),
});

export type LocatorRecord = z.infer<typeof locatorRecordSchema>;

/** The attribute names that count as test ids, in order of preference. */
export const TEST_ID_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa'] as const;

/**
 * Parses a fingerprint from untrusted JSON, naming the source and field on failure.
 * @example const fp = parseFingerprint(JSON.parse(text), 'old.json');
 */
export function parseFingerprint(input: unknown, source: string): Fingerprint {
  // A locator record holds its fingerprint one level down; accept both shapes.
  const value =
    typeof input === 'object' && input !== null && 'fingerprint' in input
      ? (input as { fingerprint: unknown }).fingerprint
      : input;
  return parseWith(fingerprintSchema, value, source);
}

/**
 * Parses a recorded candidate list; a bare array of fingerprints is accepted too.
 * @example const list = parseCandidateList(JSON.parse(text), 'new.json');
 */
export function parseCandidateList(input: unknown, source: string): CandidateList {
  const value = Array.isArray(input) ? { elements: input } : input;
  return parseWith(candidateListSchema, value, source);
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, source: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  throw new HomeostatError(
    'HST_INPUT_INVALID',
    `${source}: not a valid fingerprint file (${issues}); see docs/fingerprint.md`,
  );
}

/** A one-line description of an element for messages and reports, e.g. `button#save "Save changes"`. */
export function describeElement(fp: Fingerprint): string {
  const id = fp.id ? `#${fp.id}` : '';
  const cls = !fp.id && fp.classes.length ? `.${fp.classes.slice(0, 2).join('.')}` : '';
  const label = fp.accessibleName || fp.text;
  const shown = label ? ` "${label.length > 40 ? `${label.slice(0, 37)}...` : label}"` : '';
  return `${fp.tag}${id}${cls}${shown}`;
}

/** What an element says of itself: text, accessible name, placeholder, aria-label, title, alt. */
export function labelFields(f: Fingerprint): string[] {
  const a = f.attributes;
  return [
    f.text,
    f.accessibleName ?? '',
    a.placeholder ?? '',
    a['aria-label'] ?? '',
    a.title ?? '',
    a.alt ?? '',
  ];
}

/**
 * Input types Playwright's `fill` accepts: typed into or set as a value.
 * Checkboxes, radios, files and buttons are not among them.
 */
const FILLABLE_TYPES = new Set([
  '',
  'text',
  'email',
  'number',
  'password',
  'search',
  'tel',
  'url',
  'color',
  'date',
  'datetime-local',
  'month',
  'range',
  'time',
  'week',
]);

/**
 * Whether an element takes typed input (a test fills it rather than clicks
 * it): a text area, an input of a fillable type, or an element whose role
 * is a text box.
 * @example takesInput({ tag: 'input', attributes: { type: 'email' }, role: 'textbox' }) // true
 */
export function takesInput(f: Pick<Fingerprint, 'tag' | 'attributes' | 'role'>): boolean {
  if (f.tag === 'textarea' || f.role === 'textbox' || f.role === 'searchbox') return true;
  return f.tag === 'input' && FILLABLE_TYPES.has((f.attributes.type ?? '').toLowerCase());
}

/** Roles of a field that holds one value a test gives it, typed or picked. */
const VALUE_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'spinbutton',
  'slider',
  'radiogroup',
]);

/**
 * Whether an element is a field that holds a value a test gives it — typed
 * (a text box, a number) or picked (a select, a slider, a group of radio
 * buttons). A redesign swaps these for one another (a select became a text
 * box with suggestions, a number became a slider) and the field keeps its
 * meaning; the test's action follows (the healing wrapper fills a text box
 * it was told to select an option of).
 * @example givesValue({ tag: 'select', attributes: {}, role: 'combobox' }) // true
 */
export function givesValue(f: Pick<Fingerprint, 'tag' | 'attributes' | 'role'>): boolean {
  return takesInput(f) || f.tag === 'select' || VALUE_ROLES.has(f.role ?? '');
}

/** How a field takes its value: picked in a select, checked among radios, or typed. */
export const VALUE_FIELDS = ['select', 'radios', 'typed'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** How the element takes a value, when it is such a field (see `givesValue`). */
export function valueFieldOf(f: Pick<Fingerprint, 'tag' | 'attributes' | 'role'>): ValueField | undefined {
  if (f.tag === 'select') return 'select';
  if (f.role === 'radiogroup') return 'radios';
  return takesInput(f) ? 'typed' : undefined;
}

const CONTROL_TAGS = new Set(['button', 'input', 'select', 'textarea', 'summary']);

/**
 * Whether an element is a control a person operates — a button, a link with
 * a target, a form field, or an element with such a role — rather than
 * text or a heading that says the same words.
 * @example isControl({ tag: 'span', attributes: {}, role: null }) // false
 */
export function isControl(f: Pick<Fingerprint, 'tag' | 'attributes' | 'role'>): boolean {
  if (CONTROL_TAGS.has(f.tag) || CONTROL_ROLES.has(f.role ?? '')) return true;
  return f.tag === 'a' && f.attributes.href !== undefined;
}
