/**
 * Edits a test file so that a healed locator no longer needs healing: finds
 * the `.locator('<old selector>')` call (nearest the recorded line) with a
 * real TypeScript parser (ts-morph) and replaces it with the proposed call.
 * The result comes with a unified diff for review; writing is separate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Node, Project, type PropertyAccessExpression, SyntaxKind } from 'ts-morph';
import { HomeostatError } from '../../core/errors.js';
import { unifiedDiff } from './diff.js';
import type { ValueField } from './fingerprint.js';
import { quote, type Replacement, replacementCode } from './suggest.js';

export interface PatchPlan {
  readonly file: string;
  /** 1-based line of the edited call. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
  readonly diff: string;
}

/** How the calls around the locator must follow the element it now names. */
export interface PatchAdaptation {
  /** The element became a field of this kind: an action written for another kind is rewritten. */
  readonly field?: ValueField;
  /** Locator calls of the closed menus to click open before the call, outermost first. */
  readonly opens?: readonly string[];
  /** A radio button or checkbox became this option of a select: its check or click becomes selectOption. */
  readonly option?: string;
}

/** The methods whose first argument is the selector a test wrote. */
const LOCATOR_METHODS = new Set(['locator', 'getByTestId', 'getByLabel', 'getByText', 'getByPlaceholder']);

/**
 * Plans the edit of one locator call; throws when the call cannot be found.
 * @example const plan = planPatch('tests/login.spec.ts', 12, '#login-btn', { kind: 'testid', testId: 'signin' });
 */
export function planPatch(
  file: string,
  line: number | null,
  oldSelector: string,
  replacement: Replacement,
  adapt: PatchAdaptation = {},
): PatchPlan {
  const { opens = [] } = adapt;
  const before = readFileSync(file, 'utf8');
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { allowJs: true } });
  const source = project.createSourceFile(file.endsWith('.js') ? 'test.js' : 'test.ts', before);
  const calls = source.getDescendantsOfKind(SyntaxKind.CallExpression).filter((call) => {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !LOCATOR_METHODS.has(callee.getName())) return false;
    const arg = call.getArguments()[0];
    return (
      arg !== undefined &&
      (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg)) &&
      arg.getLiteralText() === oldSelector
    );
  });
  if (calls.length === 0) {
    throw new HomeostatError(
      'HST_NOT_FOUND',
      `${file}: no .locator(${JSON.stringify(oldSelector)}) call found; was the test already edited?`,
    );
  }
  const target = line === null ? calls[0] : calls.reduce((a, b) => (dist(b, line) < dist(a, line) ? b : a));
  if (!target) throw new HomeostatError('HST_NOT_FOUND', `${file}: no locator call`);
  const callee = target.getExpression();
  if (!Node.isPropertyAccessExpression(callee))
    throw new HomeostatError('HST_NOT_FOUND', `${file}: no locator call`);
  const editedLine = target.getStartLineNumber();
  const action = rewrittenAction(target, adapt);
  if (action) {
    action.access.getNameNode().replaceWithText(action.name);
    if (action.args !== undefined) {
      const call = action.access.getParentIfKindOrThrow(SyntaxKind.CallExpression);
      for (const a of call.getArguments()) call.removeArgument(a);
      call.addArguments(action.args);
    }
  }
  const receiver = callee.getExpression().getText();
  const edited = target.replaceWithText(`${receiver}.${replacementCode(replacement)}`);
  // The element is in a closed menu now: the test opens it first, as a person would.
  const statement = edited.getFirstAncestor(
    (n) => Node.isExpressionStatement(n) || Node.isVariableStatement(n),
  );
  let after = source.getFullText();
  if (opens.length > 0 && statement) {
    // Spliced as text: the manipulation API re-indents inserted lines.
    const at = statement.getStart();
    const indent = after.slice(after.lastIndexOf('\n', at - 1) + 1, at);
    const clicks = opens.map((code) => `await ${receiver}.${code}.click();\n${indent}`);
    after = after.slice(0, at) + clicks.join('') + after.slice(at);
  }
  const name = relative(process.cwd(), file) || file;
  return {
    file,
    line: editedLine,
    before,
    after,
    diff: unifiedDiff(before, after, `a/${name}`, `b/${name}`),
  };
}

/**
 * The call on the located element rewritten to follow the element it now
 * names, or undefined when it stays. A choice that became an option of a
 * select: checking or clicking it picks the option (`selectOption` by value).
 * A field of another kind: `selectOption` on what is now a text box becomes
 * `fill`, `fill` on what is now a select `selectOption` (which matches an
 * option by value or label); a group of radio buttons has no one call that
 * takes the old argument, so it is left to the reviewer.
 */
function rewrittenAction(
  locatorCall: Node,
  { field, option }: PatchAdaptation,
): { access: PropertyAccessExpression; name: string; args?: string[] } | undefined {
  const access = locatorCall.getParent();
  if (!Node.isPropertyAccessExpression(access) || !Node.isCallExpression(access.getParent()))
    return undefined;
  const now = access.getName();
  if (option !== undefined)
    return now === 'check' || now === 'click'
      ? { access, name: 'selectOption', args: [quote(option)] }
      : undefined;
  if (now === 'selectOption' && field === 'typed') return { access, name: 'fill' };
  if (now === 'fill' && field === 'select') return { access, name: 'selectOption' };
  return undefined;
}

function dist(call: Node, line: number): number {
  return Math.abs(call.getStartLineNumber() - line);
}

/**
 * Writes a planned patch, refusing when the file changed since it was planned.
 * @example applyPatch(planPatch(file, line, old, replacement));
 */
export function applyPatch(plan: PatchPlan): void {
  const now = readFileSync(plan.file, 'utf8');
  if (now !== plan.before) {
    throw new HomeostatError(
      'HST_CONFLICT',
      `${plan.file} changed since the patch was planned; plan it again`,
    );
  }
  writeFileSync(plan.file, plan.after);
}
