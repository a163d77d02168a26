/**
 * Makes assets/example-budget.xlsx (npm run example): a realistic sales budget for 2026 with
 * 3 regions x 4 products x 2 reps, three Travel & Entertainment cost lines, 12 months of
 * budget and actuals through August, region subtotals and grand totals as SUM formulas.
 * Reproducible: a seeded PRNG, fixed document dates, the same cells on every run.
 *
 * Usage: tsx scripts/make-example.ts [output.xlsx]
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import * as fs from 'fs';
import { prng } from './prng';

export const EXAMPLE_SHEET = 'Sales Budget 2026';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Actuals are filled for the first 8 months (January..August). */
export const EXAMPLE_ACTUAL_MONTHS = 8;
const FIXED_DATE = new Date(Date.UTC(2026, 8, 7, 9, 0, 0));


/** Monthly seasonal profile of B2B sales: slow January, quarter-end peaks, strong Q4. */
const SEASON = [0.78, 0.84, 1.02, 0.92, 0.96, 1.06, 0.88, 0.85, 1.04, 1.05, 1.12, 1.48];

const REGIONS: { name: string; reps: string[]; size: number; manager: string }[] = [
  { name: 'North', reps: ['Alice Chen', 'Ben Ortiz'], size: 1.15, manager: 'Nora Patel' },
  { name: 'South', reps: ['Carla Diaz', 'Dev Sharma'], size: 0.9, manager: 'Sam Okafor' },
  { name: 'West', reps: ['Erin Walsh', 'Felix Wu'], size: 1.0, manager: 'Tara Jones' },
];
const PRODUCTS: { name: string; base: number }[] = [
  { name: 'Widgets', base: 120 },
  { name: 'Gadgets', base: 85 },
  { name: 'Services', base: 60 },
  { name: 'Support Plans', base: 40 },
];

/**
 * Lines deliberately off target: actual = budget x factor from the start of the year (plus
 * noise). Revenue 15-30% under; one cost line well over.
 */
const OFF_TARGET: Record<string, number> = {
  'South|Widgets|Dev Sharma': 0.72,
  'North|Gadgets|Ben Ortiz': 0.8,
  'West|Services|Erin Walsh': 0.84,
  'South|Travel & Entertainment|Sam Okafor': 1.3,
};

export interface ExampleLine {
  region: string;
  product: string;
  rep: string;
  type: 'Revenue' | 'Expense';
  budget: number[];
  /** null for months without actuals yet. */
  actual: (number | null)[];
}

/** The example's lines in sheet order (also used by tests as independent expected data). */
export function exampleLines(): ExampleLine[] {
  const rnd = prng(20260101);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const lines: ExampleLine[] = [];
  const make = (region: string, product: string, rep: string, type: ExampleLine['type'], annualScale: number) => {
    const budget = SEASON.map((s) => Math.round(annualScale * s * (0.95 + 0.1 * rnd())));
    const factor = OFF_TARGET[`${region}|${product}|${rep}`] ?? 1;
    const actual = budget.map((b, m) =>
      m < EXAMPLE_ACTUAL_MONTHS ? round1(b * factor * (0.94 + 0.12 * rnd())) : null,
    );
    lines.push({ region, product, rep, type, budget, actual });
  };
  for (const region of REGIONS) {
    region.reps.forEach((rep, i) => {
      for (const p of PRODUCTS) make(region.name, p.name, rep, 'Revenue', p.base * region.size * (i === 0 ? 1.1 : 0.9));
    });
  }
  for (const region of REGIONS) make(region.name, 'Travel & Entertainment', region.manager, 'Expense', 18 * region.size);
  return lines;
}

/** Layout facts tests rely on. Rows are 1-based sheet rows. */
export const EXAMPLE_LAYOUT = {
  titleRow: 1,
  unitRow: 2,
  headerRow: 4,
  firstLineRow: 5,
  /** First month column (E): Budget, then Actual, alternating. */
  firstMonthCol: 5,
};

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Budget Pilot example generator';
  wb.lastModifiedBy = 'Budget Pilot example generator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(EXAMPLE_SHEET, { views: [{ state: 'frozen', xSplit: 4, ySplit: 4 }] });
  const lines = exampleLines();
  const nMonthCols = MONTHS.length * 2;
  const lastCol = EXAMPLE_LAYOUT.firstMonthCol + nMonthCols - 1;

  ws.getCell(1, 1).value = 'Sales Budget 2026 - Budget vs Actual by Region, Product and Rep';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = 'All amounts in USD thousands. Actuals through August 2026.';
  ws.getCell(2, 1).font = { italic: true };

  const header = ['Region', 'Product', 'Rep', 'Type'];
  for (const m of MONTHS) header.push(`${m}-26 Budget`, `${m}-26 Actual`);
  header.forEach((h, i) => {
    const c = ws.getCell(EXAMPLE_LAYOUT.headerRow, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });

  let row = EXAMPLE_LAYOUT.firstLineRow;
  const writeLine = (l: ExampleLine) => {
    ws.getCell(row, 1).value = l.region;
    ws.getCell(row, 2).value = l.product;
    ws.getCell(row, 3).value = l.rep;
    ws.getCell(row, 4).value = l.type;
    for (let m = 0; m < MONTHS.length; m++) {
      const bc = ws.getCell(row, EXAMPLE_LAYOUT.firstMonthCol + 2 * m);
      bc.value = l.budget[m];
      bc.numFmt = '#,##0.0';
      const ac = ws.getCell(row, EXAMPLE_LAYOUT.firstMonthCol + 2 * m + 1);
      const a = l.actual[m];
      if (a !== null) ac.value = a;
      ac.numFmt = '#,##0.0';
    }
    row++;
  };
  /** A total row: SUM formulas over the given 1-based rows, cached values computed here. */
  const writeTotal = (label: string, rows: number[], values: (col: number) => number | null) => {
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 1).font = { bold: true };
    for (let c = EXAMPLE_LAYOUT.firstMonthCol; c <= lastCol; c++) {
      const letter = ws.getColumn(c).letter;
      const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
      const formula = contiguous
        ? `SUM(${letter}${rows[0]}:${letter}${rows[rows.length - 1]})`
        : `SUM(${rows.map((r) => `${letter}${r}`).join(',')})`;
      const cell = ws.getCell(row, c);
      cell.value = { formula, result: values(c) ?? 0 } as ExcelJS.CellFormulaValue;
      cell.numFmt = '#,##0.0';
      cell.font = { bold: true };
    }
    row++;
  };
  const valueAt = (l: ExampleLine, c: number): number | null => {
    const k = c - EXAMPLE_LAYOUT.firstMonthCol;
    const m = Math.floor(k / 2);
    return k % 2 === 0 ? l.budget[m] : l.actual[m];
  };
  const sumOf = (ls: ExampleLine[], c: number) =>
    Math.round(ls.reduce((s, l) => s + (valueAt(l, c) ?? 0), 0) * 1e6) / 1e6;

  const revenue = lines.filter((l) => l.type === 'Revenue');
  const costs = lines.filter((l) => l.type === 'Expense');
  const subtotalRows: number[] = [];
  for (const region of REGIONS) {
    const rl = revenue.filter((l) => l.region === region.name);
    const first = row;
    rl.forEach(writeLine);
    const rows = rl.map((_, i) => first + i);
    subtotalRows.push(row);
    writeTotal(`${region.name} Subtotal`, rows, (c) => sumOf(rl, c));
  }
  writeTotal('Grand Total Revenue', subtotalRows, (c) => sumOf(revenue, c));
  const firstCost = row;
  costs.forEach(writeLine);
  writeTotal('Total Expenses', costs.map((_, i) => firstCost + i), (c) => sumOf(costs, c));

  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 14;
  ws.getColumn(4).width = 10;
  for (let c = EXAMPLE_LAYOUT.firstMonthCol; c <= lastCol; c++) ws.getColumn(c).width = 13;
  return wb;
}

export async function writeExample(out: string): Promise<void> {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await buildExampleWorkbook().xlsx.writeFile(out);
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, '..', 'assets', 'example-budget.xlsx');
  writeExample(out).then(
    () => console.log(`wrote ${out}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
