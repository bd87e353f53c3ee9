// Holds Marketdesk's Shopify GraphQL documents, and the sandbox's answers to them, to Shopify's official Admin
// schema (../shared/api-contracts/shopify/graphql, an introspection result).
//
//   node shopify-graphql.mjs SCHEMA.json.gz DOCUMENTS_DIR [TRANSCRIPT.json]
//
// Every *.graphql document must validate against the schema. Each transcript entry {document, variables,
// response} is executed against the schema with the sandbox's `data` as the root value: graphql-js then checks
// every field the document selects against its declared type (non-null, enum values, lists, scalars), and the
// result must equal what the sandbox sent.
import { buildClientSchema, execute, parse, validate } from 'graphql';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, join } from 'node:path';

const [schemaPath, documentsDir, transcriptPath] = process.argv.slice(2);
if (!schemaPath || !documentsDir) {
  console.error('usage: node shopify-graphql.mjs SCHEMA.json.gz DOCUMENTS_DIR [TRANSCRIPT.json]');
  process.exit(2);
}

const introspection = JSON.parse(gunzipSync(readFileSync(schemaPath)).toString('utf8'));
const schema = buildClientSchema(introspection.data ?? introspection);
let passed = 0;
let failed = 0;
const fail = (what, detail) => {
  failed++;
  console.log(`FAIL ${what}\n  ${detail}`);
};

const documents = {};
for (const file of readdirSync(documentsDir).filter((f) => f.endsWith('.graphql')).sort()) {
  const name = basename(file, '.graphql');
  try {
    documents[name] = parse(readFileSync(join(documentsDir, file), 'utf8'));
  } catch (error) {
    fail(`${file} parses`, error.message);
    continue;
  }
  const errors = validate(schema, documents[name]);
  if (errors.length) fail(`${file} validates against the Admin schema`, errors.map((e) => e.message).join('\n  '));
  else {
    passed++;
    console.log(`ok   ${file} validates against the Admin schema`);
  }
}

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
// Compare ignoring key order, as JSON objects do.
const canonical = (value) =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]))
      : value;

if (transcriptPath) {
  const transcript = JSON.parse(readFileSync(transcriptPath, 'utf8'));
  if (!transcript.length) fail('transcript', 'no exchanges were recorded');
  for (const [index, entry] of transcript.entries()) {
    const what = `sandbox answer #${index + 1} to ${entry.document}`;
    const document = documents[entry.document];
    if (!document) {
      fail(what, `no document named ${entry.document}`);
      continue;
    }
    if (entry.response.errors) {
      fail(what, `the sandbox answered with errors: ${JSON.stringify(entry.response.errors)}`);
      continue;
    }
    const result = await execute({
      schema,
      document,
      rootValue: entry.response.data,
      variableValues: entry.variables,
      fieldResolver: (source, _args, _context, info) => (source == null ? null : source[info.path.key]),
      typeResolver: (value) => value.__typename,
    });
    if (result.errors?.length) {
      fail(what, result.errors.map((e) => `${e.path?.join('.')}: ${e.message}`).join('\n  '));
    } else if (!sameJson(canonical(result.data), canonical(entry.response.data))) {
      fail(what, 'the schema coerced the answer: it does not hold the declared types exactly');
    } else {
      passed++;
      console.log(`ok   ${what} conforms to the Admin schema`);
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
