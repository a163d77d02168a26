// Test layers (see DESIGN.md "Tests"): unit + host run everywhere; recalc needs LibreOffice;
// browser needs Chromium and a built task pane. scripts/test.js decides which layers run.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const base = { transform: { '^.+\\.tsx?$': tsJest }, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/host/', '<rootDir>/tests/recalc/', '<rootDir>/tests/browser/'] },
    { ...base, displayName: 'host', testMatch: ['<rootDir>/tests/host/**/*.test.ts?(x)'] },
    { ...base, displayName: 'recalc', testMatch: ['<rootDir>/tests/recalc/**/*.test.ts'], testTimeout: 300000 },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'], testTimeout: 180000 },
  ],
};
