// Generates src/api/schema.d.ts from the committed OpenAPI spec.
// `--check` regenerates in memory and fails when the committed file is stale.
// OPENAPI_SPEC overrides the spec path (only for local experiments; never commit its output).
import { readFile, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(root, process.env.OPENAPI_SPEC ?? '../openapi/openapi.json');
const outPath = resolve(root, 'src/api/schema.d.ts');
const banner =
  '// GENERATED, do not edit: `npm run gen:api` writes this file from ../openapi/openapi.json\n' +
  '// (`npm run check:api` fails when it is stale).\n\n';

const ast = await openapiTS(pathToFileURL(specPath));
const generated = banner + astToString(ast);

if (process.argv.includes('--check')) {
  const committed = await readFile(outPath, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${outPath} is stale: run \`npm run gen:api\` and commit the result.`);
    process.exit(1);
  }
  console.log('src/api/schema.d.ts is up to date');
} else {
  await writeFile(outPath, generated);
  console.log(`wrote ${outPath} from ${specPath}`);
}
