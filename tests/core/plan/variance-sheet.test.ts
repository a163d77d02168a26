import { qualify } from '../../../src/core/a1';
import { lintFormula } from '../../../src/core/formula/lint';
import { lineKeyId } from '../../../src/core/model';
import type { BudgetModel } from '../../../src/core/model';
import { buildVariancePlan, readCarryOver } from '../../../src/core/plan/variance-sheet';
import { computeVariance, defaultVarianceSettings } from '../../../src/core/variance/compute';
import type { VarianceSettings } from '../../../src/core/variance/types';
import { makeModel, monthPeriods } from './model-fixture';
import type { LineSpec } from './model-fixture';
import { allCells, cellAt, formulaAt, formulaCells, sheetToGrid } from './plan-helpers';

const SHEET = "O'Brien Sales";
const JAN_2026 = 46023; // Excel serial of 1-Jan-2026, by hand
const LINES: LineSpec[] = [
  { key: ['East', 'Widgets'], budget: [100, 200, 300], actual: [90, 170, null] },
  { key: ['West', 'Gadgets'], type: 'cost', budget: [50, 50, 50], actual: [80, 40, null] },
  { key: ['North', '=HYPERLINK("http://x","y")'], budget: [null, undefined, 10], actual: [5, undefined, undefined] },
];

function build(lines: LineSpec[] = LINES, settings: Partial<VarianceSettings> = {}, options = {}) {
  const model = makeModel({ sheet: SHEET, periods: monthPeriods(2026, 1, 3), lines, asOf: '2026-02' });
  const report = computeVariance(model, { ...defaultVarianceSettings(model), flagAbs: 10, ...settings });
  const vp = buildVariancePlan(model, report, options);
  return { model, report, vp, sheet: vp.plan.sheets[0] };
}

function sourceAddresses(model: BudgetModel): Set<string> {
  const s = new Set<string>();
  for (const l of model.lines) for (const v of [...l.budget, ...l.actual]) if (v && v.source.kind === 'cell') s.add(qualify(v.source.sheet, v.source.address));
  return s;
}

// Layout for 2 key columns and 3 periods (see variance-layout.ts), worked out by hand:
// C Type, D YTD Budget, E YTD Actual, F YTD Var, G YTD Var %, H Status, I Comment,
// J..M Jan (Budget, Actual, Var, Var %), N..Q Feb, R..U Mar; headers rows 9-10; lines from row 11.

describe('buildVariancePlan: structure', () => {
  it('writes one owned variance sheet and records source and settings in the state', () => {
    const { vp, sheet, report } = build();
    expect(vp.sheetName).toBe('BP Variance');
    expect(sheet.name).toBe('BP Variance');
    expect(sheet.role).toBe('variance');
    expect(vp.plan.state.ownedSheets).toEqual([{ name: 'BP Variance', role: 'variance' }]);
    expect(vp.plan.state.source).toEqual({ sheet: SHEET, range: 'A1:H4' });
    expect(vp.plan.state.settings).toEqual({ asOf: '2026-02', flagPct: 0.1, flagAbs: report.settings.flagAbs });
    expect(vp.lineRows).toEqual([11, 12, 13]);
    expect(sheet.freeze).toEqual({ rows: 10, cols: 2 });
    expect(build([], {}, { sheetName: 'Var 2' }).vp.sheetName).toBe('Var 2');
  });

  it('keeps every block rectangular', () => {
    const { sheet } = build();
    for (const b of sheet.blocks) {
      const w = b.cells[0].length;
      for (const row of b.cells) expect(row).toHaveLength(w);
    }
  });

  it('every formula passes the portable-set lint', () => {
    const { sheet, vp } = build();
    const formulas = formulaCells(sheet).map((f) => f.cell.formula).concat(sheet.conditionalFormats.map((c) => c.formula));
    expect(formulas.length).toBeGreaterThan(40);
    for (const f of formulas) {
      expect(f.startsWith('=')).toBe(true);
      expect(lintFormula(f)).toEqual([]);
    }
    expect(vp.plan.names.length).toBe(5);
  });

  it('refers to source cells only by their exact model address, with the sheet name quoted', () => {
    const { sheet, model } = build();
    const expected = sourceAddresses(model);
    const seen = new Set<string>();
    for (const { cell } of formulaCells(sheet)) {
      for (const m of cell.formula.matchAll(/('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!(\$?[A-Z]{1,3}\$?\d+)/g)) {
        seen.add(m[0]);
        expect(expected.has(m[0])).toBe(true);
      }
    }
    expect(seen).toEqual(expected);
    expect([...seen]).toContain("'O''Brien Sales'!C2");
  });

  it('writes per-period formulas over the source cells of the right line and period', () => {
    const { sheet } = build();
    expect(formulaAt(sheet, 'J11').formula).toBe("=IF(ISNUMBER('O''Brien Sales'!C2),'O''Brien Sales'!C2,0)");
    expect(formulaAt(sheet, 'K11').formula).toBe("=IF(ISNUMBER('O''Brien Sales'!D2),'O''Brien Sales'!D2,\"\")");
    expect(formulaAt(sheet, 'L11').formula).toBe('=IF(ISNUMBER(K11),K11-J11,"")');
    expect(formulaAt(sheet, 'M11').formula).toBe('=IF(AND(ISNUMBER(L11),J11<>0),L11/ABS(J11),"")');
    // line 2, March budget: source row 3, column G
    expect(formulaAt(sheet, 'R12').formula).toBe("=IF(ISNUMBER('O''Brien Sales'!G3),'O''Brien Sales'!G3,0)");
  });

  it('writes 0 / "" values where a period has no source cell', () => {
    const { sheet } = build();
    // line 3, Feb (N..Q): no budget cell and no actual cell
    expect(cellAt(sheet, 'N13')).toMatchObject({ kind: 'value', value: 0 });
    expect(cellAt(sheet, 'O13')).toMatchObject({ kind: 'value', value: '' });
    expect(formulaAt(sheet, 'P13').result).toBe('');
  });

  it('YTD sums by measure and date between BP_YearStart and BP_AsOf, status uses the named thresholds', () => {
    const { sheet } = build();
    expect(formulaAt(sheet, 'D11').formula).toBe(
      '=SUMIFS(J11:U11,$J$10:$U$10,"Budget",$J$9:$U$9,"<="&BP_AsOf,$J$9:$U$9,">="&BP_YearStart)',
    );
    expect(formulaAt(sheet, 'E11').formula).toBe(
      '=SUMIFS(J11:U11,$J$10:$U$10,"Actual",$J$9:$U$9,"<="&BP_AsOf,$J$9:$U$9,">="&BP_YearStart)',
    );
    expect(formulaAt(sheet, 'F11').formula).toBe('=E11-D11');
    expect(formulaAt(sheet, 'G11').formula).toBe('=IF(D11<>0,F11/ABS(D11),"")');
    expect(formulaAt(sheet, 'H11').formula).toBe(
      '=IF(AND(IF(OR(C11="Cost",C11="Expense",C11="成本",C11="费用"),F11>0,F11<0),IF(D11<>0,ABS(G11)>=BP_FlagPct,F11<>0),ABS(F11)>=BP_FlagAbs),"Off target","On track")',
    );
  });

  it('header rows hold period start dates and the measure names the SUMIFS match', () => {
    const { sheet } = build();
    for (const a of ['J9', 'K9', 'L9', 'M9']) expect(cellAt(sheet, a)).toMatchObject({ kind: 'value', value: JAN_2026 });
    // the date shows once per period (over Budget); the other three keep it hidden for SUMIFS
    expect(cellAt(sheet, 'J9')).toMatchObject({ format: 'mmm-yy' });
    for (const a of ['K9', 'L9', 'M9']) expect(cellAt(sheet, a)).toMatchObject({ format: ';;;' });
    expect(cellAt(sheet, 'N9')).toMatchObject({ value: JAN_2026 + 31 });
    expect(cellAt(sheet, 'R9')).toMatchObject({ value: JAN_2026 + 59 });
    expect(['J10', 'K10', 'L10', 'M10'].map((a) => (cellAt(sheet, a) as { value: unknown }).value)).toEqual(['Budget', 'Actual', 'Var', 'Var %']);
    expect(cellAt(sheet, 'A10')).toMatchObject({ value: 'Region', style: 'header' });
  });
});

describe('buildVariancePlan: formula results equal the TypeScript numbers (worked by hand)', () => {
  it('line 1 revenue: YTD 300 vs 260 is off target', () => {
    const { sheet } = build();
    expect(formulaAt(sheet, 'J11').result).toBe(100);
    expect(formulaAt(sheet, 'L11').result).toBe(-10);
    expect(formulaAt(sheet, 'M11').result).toBe(-0.1);
    expect(formulaAt(sheet, 'S11').result).toBe(''); // March actual blank
    expect(formulaAt(sheet, 'T11').result).toBe('');
    expect(formulaAt(sheet, 'D11').result).toBe(300);
    expect(formulaAt(sheet, 'E11').result).toBe(260);
    expect(formulaAt(sheet, 'F11').result).toBe(-40);
    expect(formulaAt(sheet, 'G11').result).toBe(-40 / 300);
    expect(formulaAt(sheet, 'H11').result).toBe('Off target');
  });

  it('line 2 cost: YTD 100 vs 120 (+20, 20%) is off target; line 3 blank budget counts as 0', () => {
    const { sheet } = build();
    expect(cellAt(sheet, 'C12')).toMatchObject({ value: 'Cost' });
    expect(formulaAt(sheet, 'F12').result).toBe(20);
    expect(formulaAt(sheet, 'G12').result).toBe(0.2);
    expect(formulaAt(sheet, 'H12').result).toBe('Off target');
    expect(formulaAt(sheet, 'J13').result).toBe(0);
    expect(formulaAt(sheet, 'L13').result).toBe(5);
    expect(formulaAt(sheet, 'M13').result).toBe(''); // budget 0
    expect(formulaAt(sheet, 'G13').result).toBe(''); // YTD budget 0
    expect(formulaAt(sheet, 'H13').result).toBe('On track'); // revenue above budget
  });

  it('total row sums the lines', () => {
    const { sheet } = build();
    expect(cellAt(sheet, 'A14')).toMatchObject({ value: 'Total', style: 'total' });
    expect(formulaAt(sheet, 'D14')).toMatchObject({ formula: '=SUM(D11:D13)', result: 400 });
    expect(formulaAt(sheet, 'E14').result).toBe(385); // 260 + 120 + 5
    expect(formulaAt(sheet, 'F14').result).toBe(-15);
    expect(formulaAt(sheet, 'J14').result).toBe(150); // 100 + 50 + 0
    expect(formulaAt(sheet, 'K14').result).toBe(175); // 90 + 80 + 5
    expect(formulaAt(sheet, 'S14').result).toBe(''); // no March actual anywhere
    expect(formulaAt(sheet, 'T14').result).toBe('');
  });

  it('per-period total Var sums the line Vars of lines with an actual; Var % is over those lines\' budget', () => {
    // Jan: Ann 100 budget / 120 actual, Bob 80 budget / no actual yet, Cy 50 / 40.
    const lines: LineSpec[] = [
      { key: ['E', 'Ann'], budget: [100, 10, 10], actual: [120, null, null] },
      { key: ['E', 'Bob'], budget: [80, 10, 10], actual: [null, null, null] },
      { key: ['W', 'Cy'], budget: [50, 10, 10], actual: [40, null, null] },
    ];
    const { sheet } = build(lines);
    // by hand: line Vars +20 and -10 -> +10 (not 160 - 230 = -70); budget with an actual 150
    expect(formulaAt(sheet, 'K14').result).toBe(160);
    expect(formulaAt(sheet, 'L14')).toMatchObject({ formula: '=IF(COUNT(L11:L13)>0,SUM(L11:L13),"")', result: 10 });
    expect(formulaAt(sheet, 'M14')).toMatchObject({
      formula: '=IF(ISNUMBER(L14),IF(SUMPRODUCT(--ISNUMBER(K11:K13),J11:J13)<>0,L14/ABS(SUMPRODUCT(--ISNUMBER(K11:K13),J11:J13)),""),"")',
    });
    expect(formulaAt(sheet, 'M14').result).toBeCloseTo(10 / 150, 15);
    expect(lintFormula(formulaAt(sheet, 'M14').formula)).toEqual([]);
    expect(formulaAt(sheet, 'P14').result).toBe(''); // no Feb actual anywhere
    expect(formulaAt(sheet, 'Q14').result).toBe('');
  });

  it('every Status result agrees with the report', () => {
    const { sheet, report } = build();
    report.lines.forEach((l, i) => expect(formulaAt(sheet, `H${11 + i}`).result).toBe(l.offTarget ? 'Off target' : 'On track'));
  });
});

describe('buildVariancePlan: named inputs and conditional format', () => {
  it('defines the names on input cells with absolute addresses', () => {
    const { sheet, vp, report } = build();
    const byName = new Map(vp.plan.names.map((n) => [n.name, n]));
    expect([...byName.keys()].sort()).toEqual(['BP_AsOf', 'BP_FYStartMonth', 'BP_FlagAbs', 'BP_FlagPct', 'BP_YearStart']);
    for (const n of vp.plan.names) {
      expect(n.sheet).toBe('BP Variance');
      expect(n.address).toMatch(/^\$[A-Z]+\$\d+$/);
    }
    const at = (name: string) => cellAt(sheet, byName.get(name)!.address.replace(/\$/g, ''));
    expect(at('BP_AsOf')).toEqual({ kind: 'value', value: JAN_2026 + 31, format: 'mmm-yy', style: 'input' });
    expect(at('BP_FlagPct')).toMatchObject({ kind: 'value', value: 0.1, format: '0%', style: 'input' });
    expect(at('BP_FlagAbs')).toMatchObject({ kind: 'value', value: report.settings.flagAbs, style: 'input' });
    expect(at('BP_FYStartMonth')).toMatchObject({ kind: 'value', value: 1, style: 'input' });
    expect(at('BP_YearStart')).toMatchObject({
      kind: 'formula',
      formula: '=DATE(YEAR(EDATE(BP_AsOf,1-BP_FYStartMonth)),BP_FYStartMonth,1)',
      result: JAN_2026,
    });
    // every name a formula uses is defined
    for (const { cell } of formulaCells(sheet)) {
      for (const m of cell.formula.matchAll(/\bBP_[A-Za-z]+/g)) expect(byName.has(m[0])).toBe(true);
    }
  });

  it('with no as-of period, BP_AsOf is the day before the first period so YTD is empty', () => {
    const model = makeModel({ sheet: SHEET, periods: monthPeriods(2026, 1, 3), lines: LINES, asOf: null });
    const vp = buildVariancePlan(model, computeVariance(model, defaultVarianceSettings(model)));
    const sheet = vp.plan.sheets[0];
    const asOf = vp.plan.names.find((n) => n.name === 'BP_AsOf')!;
    expect(cellAt(sheet, asOf.address.replace(/\$/g, ''))).toMatchObject({ value: JAN_2026 - 1 });
    expect(formulaAt(sheet, 'D11').result).toBe(0);
    expect(formulaAt(sheet, 'H11').result).toBe('On track');
  });

  it('highlights off-target lines with a rule over the named thresholds, limited to the line rows', () => {
    const { sheet } = build();
    expect(sheet.conditionalFormats).toHaveLength(1);
    const cf = sheet.conditionalFormats[0];
    expect(cf.range).toBe('A11:U13');
    expect(cf.formula).toBe('=AND(IF(OR($C11="Cost",$C11="Expense",$C11="成本",$C11="费用"),$F11>0,$F11<0),IF($D11<>0,ABS($G11)>=BP_FlagPct,$F11<>0),ABS($F11)>=BP_FlagAbs)');
    expect(cf.fill).toMatch(/^#[0-9A-F]{6}$/);
  });
});

describe('buildVariancePlan: text safety and carry-over', () => {
  it('writes dimension text that starts with "=" as a value, never a formula', () => {
    const { sheet } = build();
    expect(cellAt(sheet, 'B13')).toEqual({ kind: 'value', value: '=HYPERLINK("http://x","y")' });
    for (const { cell } of formulaCells(sheet)) expect(cell.formula).not.toContain('HYPERLINK');
  });

  it('declares the Comment column as an input keyed by the dimension columns', () => {
    const { sheet } = build();
    expect(sheet.inputs).toEqual([{ id: 'comment', col: 8, keyCols: [0, 1], firstRow: 10, lastRow: 12 }]);
    expect(cellAt(sheet, 'I10')).toMatchObject({ value: 'Comment' });
    expect(cellAt(sheet, 'I11')).toMatchObject({ kind: 'value', value: null, style: 'input' });
  });

  it('carries comments over to the same line after the lines are reordered', () => {
    const first = build();
    // a sales manager typed explanations into the Comment column (I) of the first two lines
    const grid = sheetToGrid(first.sheet, { I11: 'Lost the ACME deal', I12: '=2+2 is not a formula' });
    const carry = readCarryOver(grid, first.sheet.inputs);
    expect(carry.get(lineKeyId(['East', 'Widgets']))).toEqual({ comment: 'Lost the ACME deal' });

    const reordered = build([LINES[2], LINES[1], LINES[0]], {}, { carryOver: carry });
    expect(cellAt(reordered.sheet, 'A13')).toMatchObject({ value: 'East' });
    expect(cellAt(reordered.sheet, 'I13')).toEqual({ kind: 'value', value: 'Lost the ACME deal', style: 'input' });
    expect(cellAt(reordered.sheet, 'I12')).toEqual({ kind: 'value', value: '=2+2 is not a formula', style: 'input' });
    expect(cellAt(reordered.sheet, 'I11')).toMatchObject({ value: null });
  });

  it('keeps comments of lines that left the budget below the table, and brings them back when the line returns', () => {
    const first = build();
    const carry = readCarryOver(sheetToGrid(first.sheet, { I12: 'Travel freeze' }), first.sheet.inputs);
    const without = build([LINES[0], LINES[2]], {}, { carryOver: carry });
    const kept = allCells(without.sheet).filter((c) => c.cell.kind === 'value' && c.cell.value === 'Travel freeze');
    expect(kept).toHaveLength(1);
    expect(without.sheet.inputs).toHaveLength(2);
    const again = readCarryOver(sheetToGrid(without.sheet), without.sheet.inputs);
    expect(again.get(lineKeyId(['West', 'Gadgets']))).toEqual({ comment: 'Travel freeze' });
    const back = build(LINES, {}, { carryOver: again });
    expect(cellAt(back.sheet, 'I12')).toMatchObject({ value: 'Travel freeze' });
    expect(back.sheet.inputs).toHaveLength(1);
  });

  it('refreshing twice gives an identical plan', () => {
    const first = build();
    const carry1 = readCarryOver(sheetToGrid(first.sheet, { I11: 'note A', I13: 42 }), first.sheet.inputs);
    const second = build(LINES, {}, { carryOver: carry1 });
    const carry2 = readCarryOver(sheetToGrid(second.sheet), second.sheet.inputs);
    const third = build(LINES, {}, { carryOver: carry2 });
    expect(carry2).toEqual(carry1);
    expect(third.vp).toEqual(second.vp);
    expect(cellAt(third.sheet, 'I13')).toMatchObject({ value: 42 });
  });
});
