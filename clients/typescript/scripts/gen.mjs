// Generates src/schema.ts from the committed OpenAPI document with openapi-typescript.
// `--check` regenerates in memory and fails (exit 1) when src/schema.ts is stale, or when
// package.json's version is not the document's info.version (the package is versioned with the
// spec). OPENAPI_SPEC overrides the document's path (local experiments only; never commit it).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(root, process.env.OPENAPI_SPEC ?? '../../openapi/openapi.json');
const outPath = resolve(root, 'src/schema.ts');
const banner =
  '// GENERATED, do not edit: `npm run gen` writes this file from ../../openapi/openapi.json\n' +
  '// (`npm run check` fails when it is stale).\n\n';

const spec = JSON.parse(await readFile(specPath, 'utf8'));
const generated = banner + astToString(await openapiTS(pathToFileURL(specPath)));
const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const shown = relative(process.cwd(), outPath);

if (process.argv.includes('--check')) {
  let stale = false;
  const committed = await readFile(outPath, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${shown} is stale: run \`make clients\` (or \`npm run gen\`) and commit the result.`);
    stale = true;
  }
  if (pkg.version !== spec.info.version) {
    console.error(
      `package.json version ${pkg.version} is not the spec's info.version ${spec.info.version}: ` +
        'run `make clients` and commit the result.',
    );
    stale = true;
  }
  if (stale) process.exit(1);
  console.log(`${shown} and the package version (${pkg.version}) match the spec`);
} else {
  await writeFile(outPath, generated);
  if (pkg.version !== spec.info.version) {
    // Rewrite only the version, keeping the file's layout.
    const text = await readFile(resolve(root, 'package.json'), 'utf8');
    await writeFile(
      resolve(root, 'package.json'),
      text.replace(/("version":\s*")[^"]*(")/, `$1${spec.info.version}$2`),
    );
    console.log(`set package.json version to ${spec.info.version}`);
  }
  console.log(`wrote ${shown} from ${relative(process.cwd(), specPath)}`);
}
