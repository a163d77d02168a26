/**
 * WorkbookHost over an ExcelJS workbook: the CLI's and the tests' host. Reads grids like
 * Office.js does, applies plans by deleting and recreating the sheets Budget Pilot owns, and
 * keeps the saved state in the very hidden "_BudgetPilot" sheet.
 */
import ExcelJS from 'exceljs';
import { splitSheetAddress } from '../../core/a1';
import type { Grid } from '../../core/grid';
import type { BudgetPilotState, WorkbookPlan } from '../../core/plan/types';
import { stateForWrite, withKeptMapping } from '../saved-state';
import { HostError, type ApplyReport, type SheetInfo, type WorkbookHost } from '../workbook-host';
import { readWorksheetGrid } from './read-grid';
import { renderNames, renderSheet } from './render-plan';
import { checkStateSheet, findWorksheet, readStateFromWorkbook, STATE_SHEET, writeStateToWorkbook } from './state-store';

interface TabOrder {
  orderNo: number;
}

export class XlsxHost implements WorkbookHost {
  /** The last selection made through select(), for tests and the CLI. */
  lastSelection: { sheet: string; address: string } | null = null;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxHost(wb);
  }

  static async fromBuffer(data: Buffer | ArrayBuffer): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    // ExcelJS's load() typing predates Node's generic Buffer; the runtime accepts both forms.
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    return new XlsxHost(wb);
  }

  async toBuffer(): Promise<Buffer> {
    const out = await this.workbook.xlsx.writeBuffer();
    return Buffer.from(out as ArrayBuffer);
  }

  async saveAs(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visible: ws.state === 'visible' || !ws.state }));
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new HostError('SHEET_NOT_FOUND', `There is no sheet named "${name}". / 没有名为“${name}”的工作表。`);
    return ws;
  }

  async readGrid(sheet: string): Promise<Grid> {
    return readWorksheetGrid(this.sheet(sheet), Boolean(this.workbook.properties?.date1904));
  }

  async readState(): Promise<BudgetPilotState | null> {
    return readStateFromWorkbook(this.workbook);
  }

  async applyPlan(plan: WorkbookPlan): Promise<ApplyReport> {
    const saved = readStateFromWorkbook(this.workbook);
    const owned = new Set((saved?.ownedSheets ?? []).map((s) => s.name.toLowerCase()));
    // Source sheets are never written, even if a damaged state lists them as owned.
    const sources = new Set([saved?.source?.sheet, plan.state.source?.sheet].filter((s): s is string => !!s).map((s) => s.toLowerCase()));
    // Check every target first, so a refused plan leaves the workbook untouched.
    checkStateSheet(this.workbook, saved);
    for (const sp of plan.sheets) {
      if (sources.has(sp.name.toLowerCase())) {
        throw new HostError('NOT_OWNED', `"${sp.name}" is the budget's source sheet; Budget Pilot never writes into it. / “${sp.name}”是预算的源工作表，Budget Pilot 从不写入该表。`);
      }
      if (sp.name.toLowerCase() === STATE_SHEET.toLowerCase()) {
        throw new HostError('NOT_OWNED', `The sheet name "${sp.name}" is reserved for Budget Pilot's saved state. / 工作表名称“${sp.name}”保留用于 Budget Pilot 保存的设置。`);
      }
      const existing = findWorksheet(this.workbook, sp.name);
      if (existing && !owned.has(existing.name.toLowerCase())) {
        throw new HostError(
          'NOT_OWNED',
          `A sheet named "${existing.name}" already exists and was not created by Budget Pilot; it is left untouched. Rename it or choose another output sheet name. / 工作表“${existing.name}”已存在且不是由 Budget Pilot 创建的，未作任何改动。请将其重命名或选择其他输出工作表名称。`,
        );
      }
    }
    let cells = 0;
    for (const sp of plan.sheets) {
      const existing = findWorksheet(this.workbook, sp.name);
      // ExcelJS orders tabs by Worksheet.orderNo, which its typings do not declare.
      const position = existing ? (existing as unknown as TabOrder).orderNo : undefined;
      if (existing) this.workbook.removeWorksheet(existing.id);
      const ws = this.workbook.addWorksheet(sp.name);
      // A rebuilt sheet keeps its place among the tabs (people may have put sheets after it).
      if (position !== undefined) (ws as unknown as TabOrder).orderNo = position;
      cells += renderSheet(ws, sp);
    }
    renderNames(this.workbook, plan.names);
    // Sheets owned before and still present stay owned (e.g. a forecast sheet when only the variance is rebuilt).
    const ownedSheets = [...plan.state.ownedSheets];
    for (const s of saved?.ownedSheets ?? []) {
      const stillThere = findWorksheet(this.workbook, s.name);
      if (stillThere && !ownedSheets.some((o) => o.name.toLowerCase() === s.name.toLowerCase())) ownedSheets.push(s);
    }
    // A mapping saved with writeState survives the refresh (plans built by core carry none).
    writeStateToWorkbook(this.workbook, withKeptMapping({ ...plan.state, ownedSheets }, saved));
    this.workbook.calcProperties.fullCalcOnLoad = true;
    return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: cells, syncs: 0 };
  }

  /** Saves the state only, with the Office host's ownership rule (src/host/saved-state.ts). */
  async writeState(state: BudgetPilotState): Promise<void> {
    const saved = readStateFromWorkbook(this.workbook);
    checkStateSheet(this.workbook, saved);
    const present = new Set(this.workbook.worksheets.map((ws) => ws.name.toLowerCase()));
    writeStateToWorkbook(this.workbook, stateForWrite(state, saved, present));
  }

  async select(sheet: string, address: string): Promise<void> {
    const ws = this.sheet(sheet);
    const idx = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: idx } as ExcelJS.WorkbookView];
    const first = splitSheetAddress(address).address.split(':')[0].replace(/\$/g, '');
    const view = ws.views?.[0] ?? {};
    ws.views = [{ ...view, activeCell: first } as ExcelJS.WorksheetView];
    this.lastSelection = { sheet: ws.name, address };
  }
}
