import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogDir } from '../../src/catalog/builtin.js';
import { compileCatalog } from '../../src/catalog/compile.js';
import { compiledFormat, readCompiledCatalog } from '../../src/catalog/compiled.js';
import { repoRoot, runEtr } from '../helpers/run-etr.js';

const compiledFile = join(repoRoot, 'dist', 'catalog.json');

describe('the compiled built-in catalog (dist/catalog.json)', () => {
  it('equals what loading and checking the YAML gives, digest included', async () => {
    const fromYaml = await compileCatalog(builtinCatalogDir());
    expect(fromYaml.problems).toEqual([]);
    const compiled = readCompiledCatalog(new URL(`file://${compiledFile}`));
    expect(compiled?.format).toBe(compiledFormat);
    expect(compiled).toEqual(fromYaml.compiled);
  });

  it('is ASCII, its Chinese texts escaped, so V8 reads it one byte a character', () => {
    const text = readFileSync(compiledFile, 'utf8');
    expect(text).toMatch(/^[\x00-\x7e]*$/);
    expect(text).toContain('\\u');
  });

  it('is what the binary reads: its reports name the compiled digest', () => {
    const compiled = JSON.parse(readFileSync(compiledFile, 'utf8')) as { digest: string };
    const report = JSON.parse(runEtr(['advise', '--profile', 'data/examples/quant.yaml', '--format', 'json', '--top', '1']).stdout) as { catalog: { source: string; digest: string } };
    expect(report.catalog).toMatchObject({ source: 'built-in', digest: compiled.digest });
  });

  it('is read at run time, not the YAML: a changed compiled file shows in the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etr-compiled-'));
    cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
    const file = join(dir, 'dist', 'catalog.json');
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as { catalog: { roles: { id: string; title: string }[] } };
    compiled.catalog.roles.find((r) => r.id === 'clinical-nlp-engineer')!.title = 'Title From The Compiled File';
    writeFileSync(file, JSON.stringify(compiled));
    const result = spawnSync(process.execPath, [join(dir, 'dist', 'etr.js'), 'show', 'clinical-nlp-engineer'], { encoding: 'utf8', cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Title From The Compiled File');
  });

  it('carries the keys of the skill names, which the binary looks profile names up by', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etr-compiled-'));
    cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
    const file = join(dir, 'dist', 'catalog.json');
    const compiled = JSON.parse(readFileSync(file, 'utf8')) as { catalog: { skills: { id: string }[] }; skillNameKeys: string[][] };
    const python = compiled.catalog.skills.findIndex((s) => s.id === 'python');
    compiled.skillNameKeys[python]![0] = 'serpent speech';
    writeFileSync(file, JSON.stringify(compiled));
    writeFileSync(join(dir, 'me.yaml'), 'skills:\n  serpent speech: 4\nriskAppetite: medium\n');
    const result = spawnSync(process.execPath, [join(dir, 'dist', 'etr.js'), 'advise', '--profile', 'me.yaml', '--format', 'json', '--strict'], { encoding: 'utf8', cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
