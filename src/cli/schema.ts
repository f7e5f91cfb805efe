import { Argument, type Command } from 'commander';
import { writeStdout } from '../core/output.js';
import type { JsonSchemaKind } from '../schema/json-schema.js';

const kinds = ['profile', 'catalog', 'report', 'match', 'team', 'batch'] as const satisfies readonly JsonSchemaKind[];

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print a JSON Schema: profile, catalog file, JSON report, match or team output, batch record')
    .description(
      'Print a JSON Schema (draft-07) generated from the schemas etr itself checks with: of a profile, of a catalog file (skills.yaml, domains.yaml or roles/<domain>.yaml), the report of `etr advise --format json`, the output of `etr match --format json`, of `etr team --format json`, or of one record (JSON line) of `etr advise --batch` input. Editors with the YAML language server use it to complete and check YAML, with a description of each field on hover; programs use it to validate the JSON report.',
    )
    .addArgument(new Argument('<kind>', 'which schema').choices(kinds))
    .addHelpText(
      'after',
      `
Examples:
  $ etr schema profile > profile.schema.json   # then start a profile with the line
                                               #   # yaml-language-server: $schema=profile.schema.json
  $ etr schema report > report.schema.json     # validate \`etr advise --format json\` output with it
  $ etr schema batch > batch.schema.json       # check each line of an \`etr advise --batch\` input`,
    )
    .action(async (kind: JsonSchemaKind) => {
      const { jsonSchema } = await import('../schema/json-schema.js');
      writeStdout(JSON.stringify(jsonSchema(kind), null, 2));
    });
}
