/**
 * `homeostat policy check FILE` validates a policy file (OK + hash, or every
 * problem as file:line:col) and `homeostat policy schema` prints the JSON
 * Schema editors use for completion and validation.
 */
import type { Command } from 'commander';
import { isCode } from '../../core/errors.js';
import { Policy } from '../../decide/policy.js';
import { policyJsonSchemaText } from '../../decide/policy-schema.js';

/** Registers `homeostat policy check|schema`. */
export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('check a policy file or print its JSON Schema');

  policy
    .command('check')
    .description('validate a policy file; exit 1 with file:line:col: path: reason when it is invalid')
    .argument('<file>', 'policy YAML file')
    .action((file: string) => {
      try {
        const p = Policy.load(file);
        const d = p.doc;
        process.stdout.write(
          `OK ${file}\nhash ${p.hash}\n${d.rules.length} rules, ${d.maintenanceWindows.length} maintenance windows, ${d.autonomy.length} autonomy rules\n`,
        );
      } catch (err) {
        if (!isCode(err, 'HST_POLICY_INVALID')) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = 1;
      }
    });

  policy
    .command('schema')
    .description('print the JSON Schema of policy files (schemas/policy.schema.json)')
    .action(() => {
      process.stdout.write(policyJsonSchemaText());
    });
}
