// Bundles the declarations tsc emits for src/api.ts (dist/types/) into one file, dist/api.d.ts,
// that holds only what the API's exports reach and imports nothing but Node's own types. A type
// inferred from a zod schema (`z.infer<typeof schema>`) is written out as the structure it
// stands for, which the type checker of the sources prints, so a consumer's tsc needs no zod.
// scripts/build-api.mjs calls it; dist/types/ is removed afterwards.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * @param {string} typesDir tsc's declarations (api.d.ts at its root)
 * @param {string} srcDir the sources they were emitted from
 * @param {ts.CompilerOptions} options the sources' compiler options
 * @returns {string} the bundled declarations
 */
export function bundleTypes(typesDir, srcDir, options) {
  const program = ts.createProgram({ rootNames: [join(srcDir, 'api.ts')], options });
  const checker = program.getTypeChecker();
  const parsed = new Map();
  const parse = (file) => {
    if (!parsed.has(file)) parsed.set(file, ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    return parsed.get(file);
  };
  const resolveSpecifier = (from, specifier) => resolve(dirname(from), specifier.replace(/\.js$/, '.d.ts'));

  /** What `name` stands for in `file`: a declaration there, or where an import or re-export leads. */
  function lookup(file, name) {
    const sf = parse(file);
    const local = sf.statements.filter((s) => declaredName(s) === name);
    if (local.length > 0) return { kind: 'local', file, name, nodes: local };
    for (const s of sf.statements) {
      if (ts.isImportDeclaration(s) && s.importClause) {
        const specifier = s.moduleSpecifier.text;
        const clause = s.importClause;
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return { kind: 'external', specifier };
        if (bindings && ts.isNamedImports(bindings)) {
          for (const el of bindings.elements) {
            if (el.name.text !== name) continue;
            const imported = (el.propertyName ?? el.name).text;
            return specifier.startsWith('.') ? lookup(resolveSpecifier(file, specifier), imported) : { kind: 'external', specifier, imported };
          }
        }
      }
      if (ts.isExportDeclaration(s) && s.moduleSpecifier && s.exportClause && ts.isNamedExports(s.exportClause)) {
        for (const el of s.exportClause.elements) {
          if (el.name.text === name) return lookup(resolveSpecifier(file, s.moduleSpecifier.text), (el.propertyName ?? el.name).text);
        }
      }
    }
    return undefined;
  }

  const outNames = new Map(); // file#name -> name in the bundle
  const used = new Set();
  const chunks = [];
  const nodeImports = new Map(); // specifier -> names
  const exportsOut = [];

  function include(target) {
    const key = `${target.file}#${target.name}`;
    if (outNames.has(key)) return outNames.get(key);
    let out = target.name;
    for (let n = 2; used.has(out); n++) out = `${target.name}_${n}`;
    used.add(out);
    outNames.set(key, out);
    for (const node of target.nodes) chunks.push(emit(target.file, node, out));
    return out;
  }

  /** A name used in `file`, in the bundle: what it stands for is included, and its bundle name returned. */
  function reference(file, name) {
    const found = lookup(file, name);
    if (!found) return name; // a global (Promise, Uint8Array, …) or a type parameter
    return bundleName(file, found);
  }

  /** The name in the bundle of what `lookup` found from `file`: included, or imported from Node. */
  function bundleName(file, found) {
    if (found.kind === 'external') {
      if (!found.specifier.startsWith('node:') || !found.imported) throw new Error(`bundle-types: ${relative(typesDir, file)} uses ${found.specifier}, which a consumer may not have`);
      if (!nodeImports.has(found.specifier)) nodeImports.set(found.specifier, new Set());
      nodeImports.get(found.specifier).add(found.imported);
      return found.imported;
    }
    return include(found);
  }

  /** The statement's text, its references renamed to the bundle's names, without `export`. */
  function emit(file, node, out) {
    if (ts.isTypeAliasDeclaration(node) && usesExternal(file, node)) return expanded(file, node, out);
    const sf = node.getSourceFile();
    const edits = [];
    const visit = (n) => {
      let id;
      if (ts.isTypeReferenceNode(n) || ts.isExpressionWithTypeArguments(n)) id = leftmost(ts.isTypeReferenceNode(n) ? n.typeName : n.expression);
      else if (ts.isTypeQueryNode(n)) id = leftmost(n.exprName);
      if (id && !typeParameterIn(node, id.text)) {
        const name = reference(file, id.text);
        if (name !== id.text) edits.push({ start: id.getStart(sf), end: id.end, text: name });
      }
      // An inferred type that tsc printed as `import("./x.js").Name`: the declaration it names, by its bundle name.
      if (ts.isImportTypeNode(n) && n.qualifier && ts.isIdentifier(n.qualifier) && ts.isLiteralTypeNode(n.argument) && n.argument.literal.text.startsWith('.')) {
        const found = lookup(resolveSpecifier(file, n.argument.literal.text), n.qualifier.text);
        if (!found) throw new Error(`bundle-types: ${relative(typesDir, file)} names ${n.qualifier.text} in ${n.argument.literal.text}, which declares no such type`);
        edits.push({ start: n.getStart(sf), end: n.qualifier.end, text: bundleName(file, found) });
        return;
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(node, visit);
    const declName = ts.getNameOfDeclaration(node) ?? node.declarationList?.declarations[0]?.name;
    if (declName && declName.text !== out) edits.push({ start: declName.getStart(sf), end: declName.end, text: out });
    const start = node.getFullStart();
    let text = sf.text.slice(start, node.end);
    for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start - start) + e.text + text.slice(e.end - start);
    return text.replace(/^(\s*(?:\/\*\*[\s\S]*?\*\/\s*)?)export (default )?/, '$1').trim();
  }

  /** Does the alias name a type from outside (zod), directly or through `typeof` of a constant declared with one? */
  function usesExternal(file, node) {
    return typeUsesExternal(file, node.type);
  }

  function typeUsesExternal(file, type) {
    let found = false;
    const visit = (n) => {
      const id = ts.isTypeReferenceNode(n) ? leftmost(n.typeName) : ts.isTypeQueryNode(n) ? leftmost(n.exprName) : undefined;
      if (id) {
        const target = lookup(file, id.text);
        if (target?.kind === 'external' && !target.specifier.startsWith('node:')) found = true;
        const constant = target?.kind === 'local' && ts.isTypeQueryNode(n) ? target.nodes.find((s) => ts.isVariableStatement(s)) : undefined;
        const constantType = constant?.declarationList.declarations[0]?.type;
        if (constantType && typeUsesExternal(target.file, constantType)) found = true;
      }
      if (!found) ts.forEachChild(n, visit);
    };
    if (type) visit(type);
    return found;
  }

  /** The alias written out in full, as the sources' checker prints it, then bundled like any statement. */
  function expanded(file, node, out) {
    const source = program.getSourceFile(join(srcDir, relative(typesDir, file)).replace(/\.d\.ts$/, '.ts'));
    const decl = source?.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === node.name.text);
    if (!decl) throw new Error(`bundle-types: no source for ${node.name.text} in ${relative(typesDir, file)}`);
    const flags = ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.InTypeAlias | ts.NodeBuilderFlags.MultilineObjectLiterals;
    const typeNode = checker.typeToTypeNode(checker.getTypeAtLocation(decl.name), decl, flags);
    const text = `type ${node.name.text} = ${ts.createPrinter().printNode(ts.EmitHint.Unspecified, typeNode, source)};`;
    const synthetic = ts.createSourceFile(`${file}.expanded.ts`, text, ts.ScriptTarget.Latest, true);
    const alias = synthetic.statements[0];
    if (usesExternal(file, alias)) throw new Error(`bundle-types: ${node.name.text} still names zod once written out`);
    const doc = node.getFullText().match(/^\s*(\/\*\*[\s\S]*?\*\/)/)?.[1];
    return (doc ? `${doc}\n` : '') + emit(file, alias, out);
  }

  const api = join(typesDir, 'api.d.ts');
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(join(srcDir, 'api.ts')));
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const name = symbol.getName();
    const target = lookup(api, name);
    if (!target || target.kind !== 'local') throw new Error(`bundle-types: cannot find the export ${name}`);
    const out = include(target);
    exportsOut.push(out === name ? name : `${out} as ${name}`);
  }
  const imports = [...nodeImports].map(([specifier, names]) => `import type { ${[...names].sort().join(', ')} } from '${specifier}';\n`).join('');
  return `${imports}\n${chunks.join('\n\n')}\n\nexport { ${exportsOut.sort().join(', ')} };\n`;
}

function declaredName(s) {
  if (ts.isVariableStatement(s)) return s.declarationList.declarations[0]?.name.text;
  if (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isEnumDeclaration(s)) return s.name?.text;
  return undefined;
}

function leftmost(name) {
  let n = name;
  while (ts.isQualifiedName(n) || ts.isPropertyAccessExpression(n)) n = ts.isQualifiedName(n) ? n.left : n.expression;
  return ts.isIdentifier(n) ? n : undefined;
}

/** Is `name` a type parameter of `node` or of a signature or mapped type inside it? (Then it is no reference.) */
function typeParameterIn(node, name) {
  let found = false;
  const visit = (n) => {
    if (ts.isTypeParameterDeclaration(n) && n.name.text === name) found = true;
    if (ts.isInferTypeNode(n) && n.typeParameter.name.text === name) found = true;
    if (!found) ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}
