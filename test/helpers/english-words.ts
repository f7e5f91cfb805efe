import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './run-etr.js';

/**
 * Finds English left in output that should be Chinese (`--lang zh`): every word of two or more
 * Latin letters that is not an id, part of a URL or a path, the name of a standard, a technology
 * or a cited source, or one of the caller's own words (user data: a person's name, the words of
 * their profile). Tests assert the result is empty, so a missing translation shows as the words
 * it left behind.
 */

/** Names Chinese text writes in Latin letters: standards, laws by their short names, technologies. */
const namesKeptInLatin = [
  // etr's own terms and units
  'ETR', 'etr', 'en', 'zh', 'AIGC', 'AI', 'JSON', 'YAML', 'CSV', 'HTML', 'Markdown', 'SVG', 'CI', 'CLI', 'URL', 'PDF', 'DOCX', 'ID',
  // file formats, protocols and files by their names
  'UTF', 'NUL', 'FIFO', 'Lines', 'http', 'https', 'README', 'null', 'true', 'false',
  // standards, regulations and institutions, by the names their readers use
  'EU', 'Act', 'GDPR', 'HIPAA', 'FDA', 'SaMD', 'SR', 'EEOC', 'NIST', 'RMF', 'ISO', 'IEC', 'IMDRF', 'MDR', 'IVDR', 'OMB',
  'GPAI', 'Art', 'Annex', 'PIPL', 'CAC', 'NMPA', 'GB', 'ASIL', 'SIL', 'FIT', 'FTC', 'ESCO', 'ISCO', 'ONET', 'SOC',
  'Matter', 'FINRA', 'SEC', 'PCI', 'DSS', 'SOX', 'Basel', 'CFR',
  // technologies and tools people name in Latin letters in Chinese too
  'Python', 'SQL', 'API', 'Agent', 'RAG', 'NLP', 'ASR', 'TTS', 'OCR', 'MLOps', 'LLMOps', 'PyTorch', 'TensorFlow', 'LLM', 'LLMs',
  'Excel', 'BI', 'GPU', 'CUDA', 'Docker', 'Kubernetes', 'Git', 'GitHub', 'Linux', 'AWS', 'GCP', 'Azure', 'Spark', 'Tableau',
  'Power', 'Figma', 'Photoshop', 'Midjourney', 'Stable', 'Diffusion', 'ComfyUI', 'LoRA', 'UX', 'UI', 'SEO', 'CRM', 'ERP',
  'GPT', 'ChatGPT', 'RLHF', 'ML', 'CV', 'DL', 'NL', 'KPI', 'OKR', 'PM', 'QA', 'SaaS', 'PoC', 'MVP', 'IT', 'B2B', 'B2C',
  'JavaScript', 'TypeScript', 'Java', 'Go', 'Rust', 'R', 'MATLAB', 'Jupyter', 'pandas', 'scikit', 'learn', 'Hugging', 'Face',
  'LangChain', 'LlamaIndex', 'vLLM', 'ONNX', 'TensorRT', 'Triton', 'MLflow', 'Airflow', 'dbt', 'Snowflake', 'Databricks',
  // names the catalog's Chinese texts keep in Latin letters: institutions, benchmarks, data sets, terms of the trade
  'Shell', 'UE', 'MG', 'TTC', 'FDE', 'EIOPA', 'EMA', 'PRA', 'Vectara', 'WMT', 'BEV', 'OTA', 'Robotaxi', 'CWRU', 'XBRL',
  'HL7', 'FHIR', 'DICOM', 'EHR', 'EMR', 'PACS', 'CAD', 'EDA', 'SEM', 'SolidWorks', 'AutoCAD', 'Unity', 'Unreal', 'Blender',
];

/** Names of several words kept in Latin letters, allowed only whole (their words are ordinary English). */
const phrasesKeptInLatin = ['Common Core', 'XBRL company facts'];

const latinWords = (text: string) => text.replace(/O\*NET/g, 'ONET').match(/[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?/g) ?? [];

/**
 * What the built-in catalog shows as it is: the words of its ids; whole, the titles of cited
 * sources and learning resources, and the Latin phrases its Chinese translations keep from the
 * English they translate (a dataset, a product, a metric: "Natural Questions", "MITRE ATT&CK for
 * ICS", "Cohen's kappa"). Whole, because a title's or a phrase's words alone would let "for" and
 * "the" pass anywhere.
 */
function catalogNames(): { words: Set<string>; phrases: RegExp } {
  const words = new Set<string>();
  const phrases = new Set<string>();
  const english: string[] = [];
  const chinese: string[] = [];
  const dir = join(repoRoot, 'data', 'catalog');
  const files = ['skills.yaml', 'domains.yaml', ...readdirSync(join(dir, 'roles')).map((file) => join('roles', file))];
  const visit = (value: unknown, key: string | undefined, inZh: boolean): void => {
    if (Array.isArray(value)) value.forEach((item) => visit(item, key, inZh));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k, inZh || k === 'zh');
    else if (typeof value !== 'string') return;
    else if (['id', 'skill', 'domain', 'related'].includes(key ?? '')) for (const word of latinWords(value)) words.add(word.toLowerCase());
    else if (key === 'title' && !inZh) phrases.add(value);
    else (inZh ? chinese : english).push(value);
  };
  for (const file of files) visit(parse(readFileSync(join(dir, file), 'utf8')), undefined, false);
  const englishText = english.join('\n');
  for (const text of chinese)
    for (const phrase of text.match(/[A-Za-z][\w&'’.*/+ -]*[\w*+]|[A-Za-z]/g) ?? []) if (englishText.includes(phrase)) phrases.add(phrase);
  for (const phrase of phrasesKeptInLatin) phrases.add(phrase);
  const alternatives = [...phrases].filter((phrase) => phrase.length > 1).sort((a, b) => b.length - a.length);
  const escaped = alternatives.map(wrappable);
  return { words, phrases: new RegExp(`(?<![A-Za-z])(?:${escaped.join('|')})(?![A-Za-z])`, 'g') };
}

/**
 * A phrase as a pattern that still matches it wrapped to the terminal: a space matches any run of
 * white space, and a line may break between two characters where one is Chinese.
 */
function wrappable(phrase: string): string {
  const chars = [...phrase];
  return chars
    .map((char, i) => {
      const escaped = char === ' ' ? '\\s+' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const next = chars[i + 1];
      return next !== undefined && char !== ' ' && next !== ' ' && (/[^\x00-\x7f]/.test(char) || /[^\x00-\x7f]/.test(next)) ? `${escaped}\\s*` : escaped;
    })
    .join('');
}

let builtIn: { words: Set<string>; phrases: RegExp } | undefined;
function allowed(): { words: Set<string>; phrases: RegExp } {
  if (builtIn === undefined) {
    const catalog = catalogNames();
    builtIn = { words: new Set([...namesKeptInLatin.map((word) => word.toLowerCase()), ...catalog.words]), phrases: catalog.phrases };
  }
  return builtIn;
}

/** The text with what is never translated taken out: URLs, e-mail addresses, paths, ids, HTML markup. */
function withoutUntranslatable(text: string): string {
  // URLs first: a cited title's code inside one (R3 in …E6%28R3%29…) must not cut it in two.
  return text
    .replace(/\b(?:https?|file):\/\/[^\s)\]>"'，。）；]+/g, ' ')
    .replace(allowed().phrases, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/(?:\.{0,2}\/)?(?:[\w.-]+\/)+[\w.-]*|\b[\w-]+\.(?:ya?ml|json|jsonl|md|html|txt|pdf|docx)\b/g, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // kebab-case ids: prompt-engineering, code-note-unused
    .replace(/`[^`\n]*`/g, ' ') // code spans: `etr catalog skills`
    .replace(/\betr (?:advise|plan|match|show|init|import|validate|catalog|schema|completion)\b(?: (?:domains|roles|skills))?/g, ' ') // a command to run
    .replace(/--?[a-z][a-z-]*/g, ' '); // flags: --lang, -o
}

/**
 * The English words in `text`, each once, in order of appearance. `userWords` are words the
 * input itself holds (a name, a skill as the person wrote it), which output may repeat.
 */
export function englishWords(text: string, userWords: readonly string[] = []): string[] {
  const user = new Set(userWords.flatMap(latinWords).map((w) => w.toLowerCase()));
  const found = new Set<string>();
  for (const word of latinWords(withoutUntranslatable(text))) {
    if (word.length < 2) continue;
    const lower = word.toLowerCase();
    if (/\d/.test(word) && /^[a-z]*\d/i.test(word)) continue; // codes such as 15-2051, GB45438, L4
    if (allowed().words.has(lower) || user.has(lower)) continue;
    found.add(word);
  }
  return [...found];
}
