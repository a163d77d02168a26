/**
 * Builds the task pane and the ribbon function file into dist/.
 *
 *   npm run build                       production build, office.js from Microsoft's CDN
 *   npm start                           dev server on https://localhost:3000 (http if no dev cert)
 *   webpack --env fakeOffice            test build into dist-test/: the pages load fake-office.js
 *                                       (tests/fake-excel/browser-entry.ts) instead of office.js
 *   webpack --env noOfficeHelpers       build without @microsoft/office-js-helpers (bundle-cost check)
 *
 * TypeScript is only transpiled here (ts-loader transpileOnly); `npm run typecheck` checks types.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

/** The dev certificate made by `npx office-addin-dev-certs install`, when present. */
function devHttpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!fs.existsSync(paths.key) || !fs.existsSync(paths.cert)) return null;
  return {
    key: fs.readFileSync(paths.key),
    cert: fs.readFileSync(paths.cert),
    ...(fs.existsSync(paths.ca) ? { ca: fs.readFileSync(paths.ca) } : {}),
  };
}

/** Fails the build if anything tries to bundle the benchmark data (../shared/data). */
function refuseSharedData({ request }, callback) {
  if (request && /(^|[\\/])shared[\\/]data([\\/]|$)/.test(request)) {
    return callback(new Error(`refusing to bundle benchmark data: ${request}`));
  }
  return callback();
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'development';
  const dev = mode === 'development';
  const fakeOffice = Boolean(env.fakeOffice);
  const outDir = path.resolve(__dirname, env.outDir || (fakeOffice ? 'dist-test' : 'dist'));
  const officeJs = fakeOffice ? 'fake-office.js' : OFFICE_JS_CDN;

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    // The forecast Web Worker, its own bundle (dist/forecast-worker.js) loaded by
    // src/taskpane/forecast/forecast-client.ts with `new Worker('forecast-worker.js')`. A plain
    // entry rather than `new Worker(new URL(..., import.meta.url))`: tsconfig's module is
    // commonjs (for ts-jest and tsc), where import.meta does not compile.
    'forecast-worker': './src/taskpane/forecast/forecast.worker.ts',
  };
  if (fakeOffice) entry['fake-office'] = './tests/fake-excel/browser-entry.ts';

  let server;
  if (argv.env && argv.env.WEBPACK_SERVE) {
    const https = devHttpsOptions();
    if (https) server = { type: 'https', options: https };
    else {
      server = { type: 'http' };
      console.warn(
        `\n[budget-pilot] No dev certificate in ~/.office-addin-dev-certs: serving plain http://localhost:${DEV_PORT}.\n` +
          '  Excel only loads add-ins over https. Run `npx office-addin-dev-certs install` once, then `npm start` again.\n',
      );
    }
  }

  return {
    mode,
    devtool: dev && !fakeOffice ? 'eval-source-map' : false,
    entry,
    output: {
      path: outDir,
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: env.noOfficeHelpers ? { '@microsoft/office-js-helpers': false } : {},
    },
    externals: [refuseSharedData],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions: { module: 'esnext', noEmit: false, sourceMap: dev } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJs,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icons', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      host: 'localhost', // never listen on other interfaces
      port: DEV_PORT,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
    },
  };
};
