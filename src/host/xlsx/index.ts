export { XlsxHost } from './xlsx-host';
export { readWorksheetGrid, fromFileFormula, dateToSerial } from './read-grid';
export { STATE_SHEET, readStateFromWorkbook, writeStateToWorkbook } from './state-store';
