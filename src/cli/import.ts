import { Argument, type Command } from 'commander';
import { openCatalog } from '../catalog/source.js';
import { langOption, reportLang } from './lang.js';
import { catalogDir, catalogOption } from './settings.js';
import { addExamples, type Examples } from './help-examples.js';

/** The examples of `etr import --help` and of etr(1). */
const examples: Examples = {
  commentColumn: 35,
  list: [
    { command: 'etr import cv.pdf', comment: 'the draft on standard output' },
    { command: 'etr import cv.md --out me.yaml', comment: 'then check it, and run: etr advise --profile me.yaml' },
    { command: 'etr import 简历.txt --lang zh', comment: 'comments in Chinese' },
  ],
};

export function registerImport(program: Command): void {
  addExamples(program.command('import'), examples)
    .summary('read a CV into a draft profile to check')
    .description(
      'Read a CV or a profile export (.txt, .md, .pdf, .docx; English or Chinese) into a draft profile: the skills it names, each with its line and words as evidence and a level estimated from them for you to check, and experienceYears from the dates of the work history. Nothing leaves the machine.',
    )
    .addArgument(new Argument('<file>', 'the CV: .txt, .md, .pdf or .docx'))
    .option('--out <file>', 'write the draft to this file (never replaced without --force); - or none for standard output', '-')
    .option('--force', 'replace the --out file if it exists')
    .addOption(catalogOption('read skill names from this catalog'))
    .addOption(langOption('the language of the comments; CVs are read in either'))
    .action(async (file: string, options: { out: string; force?: boolean; catalog?: string; lang?: string }) => {
      const lang = reportLang(options.lang);
      // Imported here, not at start-up: the readers load the PDF and DOCX libraries only for this command.
      const [{ catalog }, { importCv }, { renderDraft }, { writeProfileOut }] = await Promise.all([openCatalog(catalogDir(options.catalog)), import('../app/import.js'), import('../render/import-draft.js'), import('./out-file.js')]);
      const { draft, source, now } = await importCv(file, catalog);
      await writeProfileOut(options.out, renderDraft(draft, source, now, lang), options.force ?? false, 'edit', lang);
    });
}
