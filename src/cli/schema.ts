import { Argument, type Command } from 'commander';
import { writeStdout } from '../core/output.js';
import { jsonSchemaKinds, type JsonSchemaKind } from '../schema/kinds.js';
import { addExamples, type Examples } from './help-examples.js';

/** The examples of `etr schema --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 45,
  list: [
    { command: 'etr schema profile > profile.schema.json', comment: 'then start a profile with the line\n  # yaml-language-server: $schema=profile.schema.json' },
    { command: 'etr schema report > report.schema.json', comment: 'validate `etr advise --format json` output with it' },
    { command: 'etr schema batch > batch.schema.json', comment: 'check each line of an `etr advise --batch` input' },
  ],
};

export function registerSchema(program: Command): void {
  addExamples(program.command('schema'), examples)
    .summary('print a JSON Schema: profile, catalog file, JSON report, match or team output, batch record')
    .description(
      'Print a JSON Schema (draft-07) generated from the schemas etr itself checks with: of a profile, of a catalog file (skills.yaml, domains.yaml or roles/<domain>.yaml), the report of `etr advise --format json`, the output of `etr match --format json`, of `etr team --format json`, or of one record (JSON line) of `etr advise --batch` input. Editors with the YAML language server use it to complete and check YAML, with a description of each field on hover; programs use it to validate the JSON report.',
    )
    .addArgument(new Argument('<kind>', 'which schema').choices(jsonSchemaKinds))
    .action(async (kind: JsonSchemaKind) => {
      const { jsonSchema } = await import('../schema/json-schema.js');
      writeStdout(JSON.stringify(jsonSchema(kind), null, 2));
    });
}
