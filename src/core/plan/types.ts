/**
 * The WorkbookPlan: a declarative description of everything Budget Pilot writes.
 * Core builds it; each host renders it (Office.js in src/host/office, ExcelJS in src/host/xlsx).
 * A plan never mentions a source sheet as a target: it only writes sheets it owns.
 */
import type { Mapping } from '../model';

/** Cell looks, kept to a small closed set so both renderers map them the same way. */
export type CellStyle =
  | 'title' // sheet title: bold, larger
  | 'note' // grey italic explanatory text
  | 'header' // column header: bold, light fill, bottom border
  | 'input' // a cell people are expected to type into: light yellow fill
  | 'label' // a row label for input cells
  | 'total'; // bold totals

export interface ValueCell {
  kind: 'value';
  /** null writes an empty cell. Strings are always written as text, never as formulas. */
  value: string | number | boolean | null;
  format?: string;
  style?: CellStyle;
}

export interface FormulaCell {
  kind: 'formula';
  /** en-US Office.js formula with a leading "=", e.g. "=SUM('O''Brien'!B2:B9)". */
  formula: string;
  /**
   * The value the TypeScript engine computed for this formula. The xlsx renderer stores it
   * as the cached result; the recalculation test compares it with LibreOffice's.
   * "" means the formula yields an empty string.
   */
  result: number | string | boolean;
  format?: string;
  style?: CellStyle;
}

export type PlanCell = ValueCell | FormulaCell | null; // null: leave the cell empty and unformatted

/** A rectangle of cells written in one go. Rows must all have the same length. */
export interface CellBlock {
  /** Top-left cell on the sheet, A1 ("A7"). */
  at: string;
  cells: PlanCell[][];
}

export interface ConditionalFormatPlan {
  /** Range on the sheet, A1 ("A8:AZ40"), limited to the used rows. */
  range: string;
  /**
   * Custom-formula rule, en-US with leading "=", written relative to the range's top-left
   * cell (like Excel's "Use a formula to determine which cells to format").
   */
  formula: string;
  fill?: string; // "#RRGGBB"
  fontColor?: string; // "#RRGGBB"
  bold?: boolean;
}

export interface NotePlan {
  /** A1 on the sheet. Rendered as a note (ExcelApi 1.18) or, where not supported, skipped. */
  at: string;
  text: string;
}

/**
 * Cells people type into on our sheets (comments, explanations, overrides). On refresh the
 * app reads them back, keyed by line, and the planner writes them into the rebuilt sheet.
 */
export interface InputColumn {
  /** Stable id, e.g. "comment". */
  id: string;
  /** 0-based column on the sheet holding the input. */
  col: number;
  /** 0-based columns that hold the line key (dimension values), in key order. */
  keyCols: number[];
  /** 0-based first and last row of the line block. */
  firstRow: number;
  lastRow: number;
}

export type SheetRole = 'variance' | 'forecast';

export interface SheetPlan {
  name: string;
  role: SheetRole;
  blocks: CellBlock[];
  conditionalFormats: ConditionalFormatPlan[];
  notes: NotePlan[];
  inputs: InputColumn[];
  /** Column widths in characters, by 0-based column. */
  columnWidths: { col: number; width: number }[];
  freeze?: { rows: number; cols: number };
  tabColor?: string;
}

export interface NamePlan {
  /** Workbook-scoped defined name, e.g. "BP_AsOf". */
  name: string;
  sheet: string;
  /** Absolute A1 on that sheet, "$B$3". */
  address: string;
  comment?: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
  /**
   * State Budget Pilot needs to find again (owned sheets, saved mapping, rules, versions),
   * stored in the workbook by the host. JSON-serialisable.
   */
  state: BudgetPilotState;
}

export interface BudgetPilotState {
  version: 1;
  /** Sheets Budget Pilot created and may rebuild. Anything else is never written. */
  ownedSheets: { name: string; role: SheetRole }[];
  /** The source sheet the outputs were built from. */
  source: { sheet: string; range: string } | null;
  settings: {
    asOf: string | null;
    flagPct: number;
    flagAbs: number;
    /** Fiscal-year start month written on the sheet (optional: older states lack it). */
    fyStartMonth?: number;
    /**
     * Where each value written last time came from (optional: older states lack it). On
     * refresh, a value that came from the sheet or an option is a person's choice and is kept.
     */
    from?: Partial<Record<SettingId, SettingOrigin>>;
  };
  /**
   * The reading the user confirmed (optional: older states lack it). The next refresh, a
   * colleague's add-in and the CLI read the source this way, after checking it still fits.
   */
  mapping?: Mapping;
}

/** The named inputs of the variance sheet a person can set (BP_AsOf, BP_FlagPct, BP_FlagAbs, BP_FYStartMonth). */
export type SettingId = 'asOf' | 'flagPct' | 'flagAbs' | 'fyStartMonth';

/** Where a setting's value came from: an explicit option (CLI/pane), the sheet's named input cell, or the default. */
export type SettingOrigin = 'option' | 'sheet' | 'default';
