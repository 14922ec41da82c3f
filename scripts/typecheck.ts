// Type-checks each runtime against its own tsconfig: Node (tsconfig.json: server, activities, scripts, tests),
// the browser app (web/app/tsconfig.json: DOM, no Node) and Temporal's workflow sandbox (workflows/tsconfig.json:
// neither). Node's declarations still reach the app and sandbox programs through packages and the server modules
// that workflows import as types, so in those two a name that resolves to Node's declarations is refused too.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Runtime {
  name: string;
  tsconfig: string;
  /** The folder whose own files may not use Node's API, or null where Node is the runtime. */
  fenced: string | null;
}

const RUNTIMES: Runtime[] = [
  { name: 'node', tsconfig: 'tsconfig.json', fenced: null },
  { name: 'browser app', tsconfig: 'web/app/tsconfig.json', fenced: 'web/app/src' },
  { name: 'workflow sandbox', tsconfig: 'workflows/tsconfig.json', fenced: 'workflows' },
];

const NODE_TYPES = '/node_modules/@types/node/';

/** A parsed file is the same in every program of one target, so the three programs share them. */
const parsed = new Map<string, ts.SourceFile | undefined>();

function createProgram(tsconfig: string): ts.Program {
  const configPath = resolve(root, tsconfig);
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: report });
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, version, onError, fresh) => {
    const key = `${String(typeof version === 'object' ? version.languageVersion : version)}:${fileName}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, version, onError, fresh));
    return parsed.get(key);
  };
  return ts.createProgram({ rootNames: config.fileNames, options: config.options, host, projectReferences: config.projectReferences });
}

/** Names in the fenced folder's own files whose every declaration is Node's (`fs`, `process`, `Buffer` …). */
function nodeApiUses(program: ts.Program, fenced: string): ts.Diagnostic[] {
  const checker = program.getTypeChecker();
  const folder = resolve(root, fenced) + '/';
  const found: ts.Diagnostic[] = [];
  const isNodes = (symbol: ts.Symbol | undefined): boolean => {
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = target?.declarations ?? [];
    return declarations.length > 0 && declarations.every((d) => d.getSourceFile().fileName.includes(NODE_TYPES));
  };
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(folder) || file.isDeclarationFile) continue;
    const visit = (node: ts.Node): void => {
      const named = ts.isIdentifier(node) || ts.isStringLiteral(node);
      const symbol = named ? checker.getSymbolAtLocation(node) : undefined;
      if (symbol && isNodes(symbol)) {
        found.push({
          category: ts.DiagnosticCategory.Error,
          code: 0,
          file,
          start: node.getStart(file),
          length: node.getWidth(file),
          messageText: `'${node.getText(file)}' is Node's API, which this runtime does not have.`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

const format: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

function report(diagnostic: ts.Diagnostic): void {
  process.stdout.write(ts.formatDiagnosticsWithColorAndContext([diagnostic], format));
}

let failures = 0;
for (const runtime of RUNTIMES) {
  const started = Date.now();
  const program = createProgram(runtime.tsconfig);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...(runtime.fenced ? nodeApiUses(program, runtime.fenced) : [])];
  diagnostics.forEach(report);
  failures += diagnostics.length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${runtime.name} (${relative(root, resolve(root, runtime.tsconfig))}): ${diagnostics.length} problems, ${seconds} s`);
}
process.exitCode = failures ? 1 : 0;
