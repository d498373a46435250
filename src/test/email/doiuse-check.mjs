// Checks every newsletter email against caniemail.com data with @jsx-email/doiuse-email.
// Usage: node doiuse-check.mjs SITE_OUT/newsletter
// Fails (exit 1) on any feature reported unsupported in Gmail or Apple Mail. Outlook's findings
// are listed, not failed: its Word renderer degrades (no max-width, no border-radius...), and the
// emails are built to read correctly anyway.
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REQUIRED = ['gmail.*', 'apple-mail.*'];
const REPORTED = ['outlook.*'];

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node doiuse-check.mjs NEWSLETTER_DIR');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
if (files.length === 0) {
  console.error(`${dir}: no newsletter .html files (was the site built with a base URL?)`);
  process.exit(1);
}

let failures = 0;
const outlook = new Set();
for (const file of files) {
  const html = readFileSync(join(dir, file), 'utf8');
  const required = doIUseEmail(html, { emailClients: REQUIRED });
  for (const error of unique(required.errors ?? [])) {
    console.error(`${join(dir, file)}: ${error}`);
    failures++;
  }
  const reported = doIUseEmail(html, { emailClients: REPORTED });
  for (const error of reported.errors ?? []) {
    outlook.add(error);
  }
}

console.log(`Checked ${files.length} emails for ${REQUIRED.join(', ')}: ${failures === 0 ? 'no' : failures} unsupported features.`);
if (outlook.size > 0) {
  console.log(`Outlook (not failing the check) reports ${outlook.size} unsupported features:`);
  for (const line of [...outlook].sort()) {
    console.log(`  ${line}`);
  }
}
process.exit(failures === 0 ? 0 : 1);

function unique(list) {
  return [...new Set(list)];
}
