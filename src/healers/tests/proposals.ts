/**
 * Source patch proposals for broken locators. Each heal files (or refreshes)
 * one proposal per locator, and so does a failure whose best candidate was
 * not confident enough to heal at run time but is worth a look (a
 * suggestion); a person approves it, and only approved proposals are applied
 * to the test source. States: proposed → approved → applied, or rejected.
 */
import { z } from 'zod';
import { HomeostatError } from '../../core/errors.js';
import { COLLECTIONS, type DocStore, keyId } from './doc-store.js';
import { VALUE_FIELDS } from './fingerprint.js';
import { applyPatch, type PatchPlan, planPatch } from './patch.js';
import { replacementCode } from './suggest.js';

const replacementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('testid'), testId: z.string() }),
  z.object({ kind: z.literal('role'), role: z.string(), name: z.string() }),
  z.object({ kind: z.literal('label'), label: z.string() }),
  z.object({ kind: z.literal('css'), selector: z.string() }),
]);

export const proposalSchema = z.object({
  id: z.string(),
  key: z.string(),
  testFile: z.string(),
  line: z.number().int().nullable(),
  selector: z.string(),
  replacement: replacementSchema,
  /** The call that replaces `.locator(...)`, e.g. `getByRole('button', { name: 'Save', exact: true })`. */
  code: z.string(),
  state: z.enum(['proposed', 'approved', 'applied', 'rejected']),
  /** healed: the element was used at run time; suggested: the step failed and the fix awaits review. */
  origin: z.enum(['healed', 'suggested']).default('healed'),
  element: z.string(),
  /** How the proposed element takes a value, when it is a field: the patch rewrites an action written for another kind. */
  field: z.enum(VALUE_FIELDS).optional(),
  /** Locator calls of the closed menus (`<details>` summaries) to click open first, outermost first. */
  opens: z.array(z.string()).optional(),
  /** The option to pick when a radio button or checkbox became an option of the proposed select: the patch turns its check or click into selectOption. */
  option: z.string().optional(),
  score: z.number(),
  confidence: z.number(),
  /** The evidence that moved the confidence most, in words (explain.ts): what a reviewer checks. */
  why: z.array(z.string()).default([]),
  heals: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
  approvedBy: z.string().optional(),
});

export type Proposal = z.infer<typeof proposalSchema>;
export type ProposalInput = Omit<
  Proposal,
  'id' | 'code' | 'state' | 'heals' | 'createdAt' | 'updatedAt' | 'why'
> & {
  readonly why?: readonly string[];
};

/** Files a proposal for a heal or a suggestion, or refreshes the open one for the same locator (counting heals). */
export async function upsertProposal(store: DocStore, input: ProposalInput, now: number): Promise<Proposal> {
  const id = keyId(input.key);
  const prev = await getProposal(store, id);
  const reopened = !prev || prev.state === 'applied' || prev.state === 'rejected';
  const sameFix = prev && JSON.stringify(prev.replacement) === JSON.stringify(input.replacement);
  const next: Proposal = {
    ...input,
    why: [...(input.why ?? [])],
    id,
    code: replacementCode(input.replacement),
    state: !reopened && sameFix && prev ? prev.state : 'proposed',
    heals: (reopened ? 0 : (prev?.heals ?? 0)) + (input.origin === 'healed' ? 1 : 0),
    createdAt: reopened || !prev ? now : prev.createdAt,
    updatedAt: now,
    ...(!reopened && sameFix && prev?.approvedBy ? { approvedBy: prev.approvedBy } : {}),
  };
  await store.putDoc(COLLECTIONS.proposals, id, next);
  return next;
}

export async function getProposal(store: DocStore, id: string): Promise<Proposal | undefined> {
  const raw = await store.getDoc(COLLECTIONS.proposals, id);
  return raw === undefined ? undefined : proposalSchema.parse(raw);
}

/** Every proposal, oldest first. */
export async function listProposals(store: DocStore): Promise<Proposal[]> {
  const docs = await store.listDocs(COLLECTIONS.proposals);
  return docs.map((d) => proposalSchema.parse(d.doc)).sort((a, b) => a.createdAt - b.createdAt);
}

/** Moves a proposal to approved or rejected. */
export async function decideProposal(
  store: DocStore,
  id: string,
  decision: 'approved' | 'rejected',
  by: string,
  now: number,
): Promise<Proposal> {
  const p = await getProposal(store, id);
  if (!p)
    throw new HomeostatError(
      'HST_NOT_FOUND',
      `no locator proposal ${id}; list them with homeostat tests heal`,
    );
  if (p.state === 'applied')
    throw new HomeostatError('HST_APPROVAL_CLOSED', `proposal ${id} is already applied`);
  const next: Proposal = { ...p, state: decision, approvedBy: by, updatedAt: now };
  await store.putDoc(COLLECTIONS.proposals, id, next);
  return next;
}

/** The patch a proposal would make, with its diff (the file is not touched). */
export function planProposal(p: Proposal, resolveFile: (f: string) => string = (f) => f): PatchPlan {
  return planPatch(resolveFile(p.testFile), p.line, p.selector, p.replacement, {
    ...(p.field ? { field: p.field } : {}),
    ...(p.opens ? { opens: p.opens } : {}),
    ...(p.option !== undefined ? { option: p.option } : {}),
  });
}

/** Applies an approved proposal to the test source and marks it applied. */
export async function applyProposal(
  store: DocStore,
  p: Proposal,
  now: number,
  resolveFile: (f: string) => string = (f) => f,
): Promise<PatchPlan> {
  if (p.state !== 'approved') {
    throw new HomeostatError(
      'HST_FORBIDDEN',
      `proposal ${p.id} is ${p.state}; approve it first (homeostat tests heal --approve ${p.id})`,
    );
  }
  const plan = planProposal(p, resolveFile);
  applyPatch(plan);
  await store.putDoc(COLLECTIONS.proposals, p.id, { ...p, state: 'applied', updatedAt: now });
  return plan;
}
