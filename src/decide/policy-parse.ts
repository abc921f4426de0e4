/**
 * Reads policy YAML into a validated document, and when it cannot, says where
 * (`file:line:col: path: reason`), through the shared located-YAML reader.
 */
import { formatPath, parseYamlWith, type YamlProblem } from '../core/located-yaml.js';
import { type PolicyDoc, PolicySchema } from './policy-schema.js';

/** One located problem in a policy file. */
export type PolicyProblem = YamlProblem;
export { formatPath };

/**
 * Parses and validates policy YAML. Throws HomeostatError('HST_POLICY_INVALID')
 * listing every problem as `file:line:col: path: reason`.
 * @example parsePolicyText('version: 1\nrules: []\n', 'policy.yaml')
 */
export function parsePolicyText(text: string, file = '<inline>'): PolicyDoc {
  return parseYamlWith(PolicySchema, text, file, {
    code: 'HST_POLICY_INVALID',
    what: 'policy',
    rootHint: 'a policy is a YAML mapping starting with `version: 1`',
  });
}
