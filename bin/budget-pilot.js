#!/usr/bin/env node
/*
 * budget-pilot command line entry.
 *
 * Runs the compiled CLI from dist/ when it exists (`npm run build:cli`), which is what an
 * installed package uses. In a source checkout without dist/, it runs the TypeScript sources
 * through tsx's CommonJS API (tsx is a devDependency), so `node bin/budget-pilot.js` and
 * `npx budget-pilot` work straight after `npm ci`.
 */
'use strict';
const path = require('path');
const fs = require('fs');

const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
let cli;
if (fs.existsSync(compiled)) {
  cli = require(compiled);
} else {
  let tsx;
  try {
    tsx = require('tsx/cjs/api');
  } catch (e) {
    process.stderr.write('budget-pilot: run "npm run build:cli" first (or install dev dependencies so tsx is available).\n');
    process.exit(1);
  }
  tsx.register();
  cli = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
}

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(String((err && err.stack) || err) + '\n');
    process.exitCode = 1;
  },
);
