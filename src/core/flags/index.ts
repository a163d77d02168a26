/**
 * Flags: when a line is off target. The rule exists twice, word for word: in TypeScript
 * (rules.ts, for the pane, the CLI and the JSON report) and as the Excel formula the variance
 * and forecast sheets hold (formula.ts), so the flags stay live in the workbook without the add-in.
 */
export * from './rules';
export * from './formula';
