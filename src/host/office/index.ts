/** The Office.js host: the one module the task pane needs. */
export { OfficeHost, type OfficeHostOptions } from './office-host';
export type { ExcelRunner, OfficeRequirements } from './excel-api';
export { STATE_SHEET } from './state-cells';
