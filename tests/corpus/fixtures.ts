/**
 * The corpus: one description per fixture workbook (issue 3, "Evidence"). Numbers come from a
 * seeded PRNG, so every run writes the same workbooks. `supported` says whether today's
 * detector reads the fixture as expected; corpus.test.ts keeps that table honest.
 */
import { months, prng, quarters, series, type Fixture, type LineDef, type PeriodDef } from './spec';

interface LineSeed {
  dims: string[];
  type?: string;
  cost?: boolean;
  base: number;
  /** Actual level against budget: 1 = on budget, 0.8 = 20% under. */
  level: number;
}

function makeLines(seed: number, defs: LineSeed[], n: number, actualCount: number): LineDef[] {
  const rand = prng(seed);
  return defs.map((d) => ({ dims: d.dims, type: d.type, cost: d.cost, ...series(rand, n, d.base, actualCount, d.level) }));
}

const M12 = months(2026, 1, 12);

/** The three cases of a line set: on budget, under (revenue off target), cost over budget. */
function salesLines(seed: number, n: number, actualCount: number, typeWords: { rev: string; cost: string }): LineDef[] {
  return makeLines(
    seed,
    [
      { dims: ['North', 'Widgets', 'Ann Lee'], type: typeWords.rev, base: 120, level: 1.02 },
      { dims: ['North', 'Gadgets', 'Ann Lee'], type: typeWords.rev, base: 80, level: 0.78 },
      { dims: ['North', 'Widgets', 'Bo Chen'], type: typeWords.rev, base: 150, level: 0.97 },
      { dims: ['North', 'Travel', 'Bo Chen'], type: typeWords.cost, cost: true, base: 12, level: 1.3 },
      { dims: ['South', 'Widgets', 'Cy Diaz'], type: typeWords.rev, base: 95, level: 1.1 },
      { dims: ['South', 'Gadgets', 'Dee Ng'], type: typeWords.rev, base: 60, level: 0.85 },
      { dims: ['South', 'Rent', 'Dee Ng'], type: typeWords.cost, cost: true, base: 20, level: 0.95 },
      { dims: ['West', 'Widgets', 'Eve Sun'], type: typeWords.rev, base: 200, level: 0.7 },
      { dims: ['West', 'Services', 'Eve Sun'], type: typeWords.rev, base: 40, level: 1.25 },
    ],
    n,
    actualCount,
  );
}

function twoDims(seed: number, first: string[], second: string[], n: number, actualCount: number, costWord?: string): LineDef[] {
  const rand = prng(seed ^ 0x5a5a);
  const defs: LineSeed[] = [];
  first.forEach((a, i) =>
    second.forEach((b, k) => {
      const cost = costWord !== undefined && k === second.length - 1;
      const level = [1.0, 0.8, 1.15, 0.93, 1.05, 0.7][(i * second.length + k) % 6];
      defs.push({ dims: [a, b], type: costWord === undefined ? undefined : cost ? costWord : undefined, cost, base: Math.round(50 + 250 * rand()), level });
    }),
  );
  return makeLines(seed, defs, n, actualCount);
}

function withTypes(lines: LineDef[], rev: string): LineDef[] {
  return lines.map((l) => ({ ...l, type: l.type ?? rev }));
}

export const CORPUS: Fixture[] = [
  {
    name: 'wide-paired-en',
    covers: ['wide paired', 'Jan-26', 'title and unit rows', 'thousands', 'merged dimension cells', 'subtotal rows by label', 'grand total row', 'total columns', 'Type column (Expense)'],
    layout: 'paired',
    sheet: 'Sales Budget 2026',
    titleRows: ['Sales Budget 2026', 'All figures in thousands (USD)'],
    unit: 'thousands',
    dimNames: ['Region', 'Product', 'Rep'],
    typeName: 'Type',
    columns: M12,
    style: 'Mmm-yy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: salesLines(11, 12, 8, { rev: 'Revenue', cost: 'Expense' }),
    subtotals: { label: (g) => `${g} Subtotal` },
    grandTotal: 'Grand Total',
    totalColumns: { budget: 'FY Total Budget', actual: 'FY Total Actual' },
    mergeFirstDim: true,
    supported: true,
  },
  {
    name: 'wide-iso-table',
    covers: ['wide paired', 'Excel Table', 'ISO 2026-01', 'numbers stored as text', 'k', 'year in title'],
    layout: 'paired',
    sheet: 'Budget',
    titleRows: ['FY2026 budget by account manager (k)'],
    unit: 'thousands',
    dimNames: ['Account Manager', 'Segment'],
    columns: months(2026, 1, 6),
    style: 'iso',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: (() => {
      const l = twoDims(21, ['Kim', 'Lu', 'Max'], ['SMB', 'Enterprise'], 6, 4);
      l[0].budget[1] = '1,234';
      l[2].actual[0] = '(120)';
      l[4].actual[3] = '98.5';
      l[5].budget[5] = '12.5%';
      return l;
    })(),
    excelTable: true,
    supported: true,
  },
  {
    name: 'wide-blocks-above-en',
    covers: ['Budget block then Actual block', 'labels in a merged row above', 'a Forecast block (ignored)', 'January (yearless)', 'year from title', 'total columns per block', 'total row by label', '(k)'],
    layout: 'blocks-above',
    sheet: 'Plan',
    titleRows: ['FY2026 Sales Plan', 'Amounts (k)'],
    unit: 'thousands',
    dimNames: ['Customer', 'Product'],
    columns: M12,
    style: 'Mmmm',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: twoDims(31, ['Acme', 'Globex', 'Initech'], ['Widgets', 'Gadgets'], 12, 9),
    totalColumns: { budget: 'Total', actual: 'Total' },
    grandTotal: 'Total',
    forecastBlock: 'Forecast',
    supported: true,
  },
  {
    name: 'wide-blocks-above-zh',
    covers: ['预算 block then 实际 block', 'labels in a merged row above', '1月 (yearless)', '2026年 title', '万元', '小计 / 合计 rows', '合计 columns', '类型 column (费用)', 'merged dimension cells'],
    layout: 'blocks-above',
    sheet: '销售预算',
    titleRows: ['2026年销售预算', '单位：万元'],
    unit: '万元',
    dimNames: ['区域', '产品'],
    typeName: '类型',
    columns: M12,
    style: 'zh-m',
    words: { budget: '预算', actual: '实际' },
    lines: twoDims(41, ['华东', '华南', '华北'], ['产品A', '产品B', '差旅'], 12, 6, '费用').map((l) => ({ ...l, type: l.type ?? '收入' })),
    subtotals: { label: (g) => `${g}小计` },
    grandTotal: '合计',
    totalColumns: { budget: '合计', actual: '合计' },
    mergeFirstDim: true,
    supported: true,
  },
  {
    name: 'wide-blocks-header-en',
    covers: ['Budget block then Actual block', 'measure inside the header ("Budget Jan 2026")', 'Jan 2026', 'subtotal rows by SUM formulas (no label)', 'blank rows between groups', 'blank column'],
    layout: 'blocks-header',
    sheet: 'BvA',
    unit: null,
    dimNames: ['Team', 'Rep'],
    columns: M12,
    style: 'Mmm yyyy',
    words: { budget: 'Budget', actual: 'Actual' },
    headerText: (label, word) => `${word} ${label}`,
    lines: twoDims(51, ['Alpha', 'Beta'], ['Rita', 'Sam', 'Tom'], 12, 7),
    subtotals: 'sum-only',
    blankRowBetweenGroups: true,
    blankColumn: true,
    supported: true,
  },
  {
    name: 'wide-quarters-zh',
    covers: ['quarters', '第一季度 (yearless)', '目标 / 完成', '2026年度 title', '元', '类型 column (成本)', '总计 row'],
    layout: 'paired',
    sheet: '季度目标',
    titleRows: ['2026年度销售目标', '单位：元'],
    unit: '元',
    dimNames: ['销售员'],
    typeName: '类型',
    columns: quarters(2026),
    style: 'zh-q',
    words: { budget: '目标', actual: '完成' },
    headerText: (label, word) => `${label}${word}`,
    lines: makeLines(
      61,
      [
        { dims: ['张伟'], type: '收入', base: 300000, level: 0.8 },
        { dims: ['李娜'], type: '收入', base: 250000, level: 1.05 },
        { dims: ['王强'], type: '收入', base: 180000, level: 0.96 },
        { dims: ['市场费用'], type: '成本', cost: true, base: 40000, level: 1.2 },
      ],
      4,
      3,
    ),
    grandTotal: '总计',
    supported: true,
  },
  {
    name: 'wide-quarters-zh-short',
    covers: ['quarters', '一季度 (yearless)', '预算 / 实际 in the header', 'year from a 2026年 title', '千元'],
    layout: 'paired',
    sheet: '季度预算',
    titleRows: ['华东区 2026年 季度预算（千元）'],
    unit: '千元',
    dimNames: ['城市', '渠道'],
    columns: quarters(2026),
    style: 'zh-q-short',
    words: { budget: '预算', actual: '实际' },
    headerText: (label, word) => `${label} ${word}`,
    lines: twoDims(71, ['上海', '杭州'], ['直销', '经销'], 4, 2),
    supported: true,
  },
  {
    name: 'wide-quarters-en',
    covers: ['quarters', 'Q1 (yearless)', 'year from a header cell ("Budget year" | 2026)', '--flag-pct 5'],
    layout: 'paired',
    sheet: 'Quarterly',
    titleRows: ['Quarterly budget by region'],
    yearCell: { label: 'Budget year', year: 2026 },
    unit: null,
    dimNames: ['Region', 'Channel'],
    columns: quarters(2026),
    style: 'Qn',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: twoDims(81, ['EMEA', 'APAC', 'Americas'], ['Direct', 'Partner'], 4, 2),
    args: ['--flag-pct', '5'],
    supported: true,
  },
  {
    name: 'wide-paired-zh-ym',
    covers: ['wide paired', '2026年1月', '预算 / 实际 in the header', 'Account column (Sales/Expense)', '--as-of 2026-03'],
    layout: 'paired',
    sheet: '客户预算',
    unit: null,
    dimNames: ['客户'],
    typeName: 'Account',
    columns: months(2026, 1, 8),
    style: 'zh-ym',
    words: { budget: '预算', actual: '实际' },
    headerText: (label, word) => `${label}${word}`,
    lines: makeLines(
      91,
      [
        { dims: ['阿里巴巴'], type: 'Sales', base: 500, level: 0.9 },
        { dims: ['京东'], type: 'Sales', base: 320, level: 0.75 },
        { dims: ['美团'], type: 'Sales', base: 210, level: 1.1 },
        { dims: ['差旅费'], type: 'Expense', cost: true, base: 30, level: 1.4 },
      ],
      8,
      5,
    ),
    args: ['--as-of', '2026-03'],
    supported: true,
  },
  {
    name: 'wide-outline',
    covers: ['outline / pivot style: the outer dimension written once per group', 'Subtotal rows and a Grand Total by label', 'title and note rows', 'Jan-26'],
    layout: 'paired',
    sheet: 'Pivot',
    titleRows: ['Sales 2026 by region and product', 'Source: sales ledger, exported 2026-09-03'],
    unit: null,
    dimNames: ['Region', 'Product'],
    columns: months(2026, 1, 9),
    style: 'Mmm-yy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: twoDims(95, ['Alpine', 'Coastal', 'Delta'], ['Tents', 'Boots'], 9, 6),
    firstDimOnce: true,
    subtotals: { label: (g) => `${g} Total` },
    grandTotal: 'Grand Total',
    supported: true,
  },
  {
    name: 'wide-table-totals',
    covers: ["an Excel Table with its own Total Row (SUBTOTAL(109, structured refs))", 'Mmm yyyy paired', 'Type column'],
    layout: 'paired',
    sheet: 'Table budget',
    titleRows: ['Budget FY2026'],
    unit: null,
    dimNames: ['Rep'],
    typeName: 'Type',
    columns: months(2026, 1, 6),
    style: 'Mmm yyyy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: makeLines(
      97,
      [
        { dims: ['Pat'], type: 'Revenue', base: 140, level: 0.83 },
        { dims: ['Quinn'], type: 'Revenue', base: 90, level: 1.06 },
        { dims: ['Ray'], type: 'Revenue', base: 115, level: 0.99 },
        { dims: ['Office rent'], type: 'Expense', cost: true, base: 25, level: 1.0 },
      ],
      6,
      4,
    ),
    excelTable: true,
    grandTotal: 'Total',
    supported: true,
  },
  {
    name: 'two-row-dates-fy',
    covers: ['two-row header (merged period over Budget/Actual)', 'real Excel dates', 'fiscal year Apr 2026..Mar 2027', 'hidden rows', 'hidden columns', 'blank rows and a blank column', 'merged dimension cells'],
    layout: 'two-row',
    sheet: 'Budget FY26-27',
    titleRows: ['Sales budget, fiscal year April to March'],
    unit: null,
    dimNames: ['Region', 'Rep'],
    columns: months(2026, 4, 12),
    style: 'date',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: twoDims(101, ['North', 'South'], ['Ann', 'Bob', 'Cat'], 12, 8),
    mergeFirstDim: true,
    blankRowBetweenGroups: true,
    blankColumn: true,
    hiddenLines: [2, 4],
    hiddenPeriodColumns: [0, 1],
    supported: true,
  },
  {
    name: 'wide-fy-yearless',
    covers: ['fiscal year Apr..Mar with yearless Apr..Mar headers', 'Jan (yearless)', 'year from "FY 2026/27" title', '千元', 'Type column', '--flag-abs 100'],
    layout: 'paired',
    sheet: 'FY Budget',
    titleRows: ['Sales Budget FY 2026/27', '单位：千元'],
    unit: '千元',
    dimNames: ['Region', 'Product'],
    typeName: 'Type',
    columns: months(2026, 4, 12),
    style: 'Mmm',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: withTypes(twoDims(111, ['North', 'South'], ['Widgets', 'Gadgets', 'Marketing'], 12, 7, 'Expense'), 'Revenue'),
    args: ['--flag-abs', '100'],
    supported: true,
  },
  {
    name: 'stacked-en',
    covers: ['stacked measure rows (Measure column: Budget / Actual)', 'Jan-26', 'title row'],
    layout: 'stacked',
    sheet: 'Stacked',
    titleRows: ['2026 sales by rep'],
    unit: null,
    dimNames: ['Region', 'Rep'],
    columns: M12,
    style: 'Mmm-yy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: twoDims(121, ['East', 'West'], ['Gil', 'Hal', 'Ivy'], 12, 8),
    supported: true,
  },
  {
    name: 'stacked-zh',
    covers: ['stacked measure rows (指标: 目标 / 完成)', '一月 (yearless)', '2026年 title', 'dimension cells merged over the measure rows', '类型 column (成本)'],
    layout: 'stacked',
    sheet: '目标完成',
    titleRows: ['2026年销售目标完成情况'],
    unit: null,
    dimNames: ['区域', '销售员'],
    typeName: '类型',
    columns: M12,
    style: 'zh-cn',
    words: { budget: '目标', actual: '完成' },
    lines: twoDims(131, ['华东', '华西'], ['赵', '钱', '运营成本'], 12, 5, '成本').map((l) => ({ ...l, type: l.type ?? '收入' })),
    mergeFirstDim: true,
    supported: true,
  },
  {
    name: 'stacked-zh-budget',
    covers: ['stacked measure rows (指标: 预算 / 实际)', '2026年1月', '单位：万元'],
    layout: 'stacked',
    sheet: '月度预算',
    titleRows: ['单位：万元'],
    unit: '万元',
    dimNames: ['门店'],
    columns: months(2026, 1, 6),
    style: 'zh-ym',
    words: { budget: '预算', actual: '实际' },
    lines: makeLines(
      135,
      [
        { dims: ['南京路店'], base: 80, level: 0.82 },
        { dims: ['淮海路店'], base: 65, level: 1.04 },
        { dims: ['徐家汇店'], base: 120, level: 0.97 },
      ],
      6,
      4,
    ),
    supported: true,
  },
  {
    name: 'stacked-table',
    covers: ['stacked measure rows in an Excel Table', 'Scenario column', 'Jan 2026', 'Type column (Expense)', '(k) in the title'],
    layout: 'stacked',
    sheet: 'Scenarios',
    titleRows: ['Sales plan vs actual, FY2026 (k)'],
    unit: 'thousands',
    dimNames: ['Region', 'Product'],
    typeName: 'Type',
    measureName: 'Scenario',
    columns: months(2026, 1, 9),
    style: 'Mmm yyyy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: withTypes(twoDims(137, ['Nordics', 'Benelux'], ['Licences', 'Support', 'Events'], 9, 6, 'Expense'), 'Revenue'),
    excelTable: true,
    supported: true,
  },
  {
    name: 'stacked-noise',
    covers: ['stacked measure rows (Scenario: Target / Actual)', 'title and note rows', 'in thousands', 'blank rows between groups', 'hidden rows', 'a Total pair of SUM rows', 'text, #N/A and a blank budget in stacked rows', 'duplicate key'],
    layout: 'stacked',
    sheet: 'Stacked 2026',
    titleRows: ['2026 budget by branch', 'in thousands', 'Note: actuals are posted on the 5th working day'],
    unit: 'thousands',
    dimNames: ['Branch', 'Rep'],
    measureName: 'Scenario',
    columns: M12,
    style: 'Mmm-yy',
    words: { budget: 'Target', actual: 'Actual' },
    lines: (() => {
      const l = twoDims(139, ['Leeds', 'York'], ['Amy', 'Ben', 'Cal'], 12, 7);
      l[0].actual[2] = 'n/a';
      l[2].budget[4] = { error: '#N/A' };
      l[3].budget[1] = null;
      l[5].dims = ['York', 'Ben']; // the same key as l[4]
      return l;
    })(),
    blankRowBetweenGroups: true,
    hiddenLines: [1],
    grandTotal: 'Total',
    supported: true,
  },
  {
    name: 'separate-sheets',
    covers: ['budget and actuals on separate sheets joined by keys', 'different row order', 'budget-only and actual-only lines', 'ISO 2026-01'],
    layout: 'separate',
    sheet: 'Budget',
    titleRows: ['FY2026 Budget'],
    unit: null,
    dimNames: ['Region', 'Product'],
    columns: M12,
    style: 'iso',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: (() => {
      const l = twoDims(141, ['North', 'South', 'East'], ['Widgets', 'Gadgets'], 12, 6);
      for (let j = 0; j < 12; j++) l[5].budget[j] = null; // East/Gadgets: actuals only
      for (let j = 0; j < 12; j++) l[3].actual[j] = null; // South/Gadgets: budget only
      return l;
    })(),
    separate: { actualSheet: 'Actuals', actualOrder: [4, 2, 0, 5, 1, 3], budgetOnly: [3], actualOnly: [5] },
    supported: true,
  },
  {
    name: 'separate-sheets-zh',
    covers: ['预算 and 实际 sheets joined by keys', '1月 (yearless) with 2026年 titles', '类型 column (费用)', 'budget-only and actual-only lines', 'different row order'],
    layout: 'separate',
    sheet: '预算',
    titleRows: ['2026年预算'],
    unit: null,
    dimNames: ['部门', '项目'],
    typeName: '类型',
    columns: M12,
    style: 'zh-m',
    words: { budget: '预算', actual: '实际' },
    lines: (() => {
      const l = twoDims(143, ['销售一部', '销售二部'], ['产品收入', '服务收入', '招待费'], 12, 8, '费用').map((x) => ({ ...x, type: x.type ?? '收入' }));
      for (let j = 0; j < 12; j++) l[4].budget[j] = null; // 销售二部/服务收入: actuals only
      for (let j = 0; j < 12; j++) l[2].actual[j] = null; // 销售一部/招待费: budget only
      return l;
    })(),
    separate: { actualSheet: '实际', actualOrder: [5, 3, 4, 1, 0, 2], budgetOnly: [2], actualOnly: [4], actualTitleRows: ['2026年实际'] },
    supported: true,
  },
  {
    name: 'separate-mixed-periods',
    covers: ['Budget sheet with "Jan-26" headers, Actuals sheet with real dates', 'joined by key and period', 'fewer actual lines than budget lines'],
    layout: 'separate',
    sheet: 'Budget 2026',
    titleRows: ['Budget 2026'],
    unit: null,
    dimNames: ['Customer'],
    columns: M12,
    style: 'Mmm-yy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: (() => {
      const l = makeLines(
        147,
        [
          { dims: ['Acme'], base: 100, level: 0.8 },
          { dims: ['Globex'], base: 70, level: 1.1 },
          { dims: ['Initech'], base: 50, level: 1.0 },
          { dims: ['Umbrella'], base: 30, level: 0.9 },
        ],
        12,
        5,
      );
      for (let j = 0; j < 12; j++) l[3].actual[j] = null; // Umbrella: no row on the Actuals sheet
      return l;
    })(),
    separate: { actualSheet: 'Actuals 2026', actualOrder: [2, 0, 1], budgetOnly: [3], actualOnly: [], actualTitleRows: ['Actuals 2026'], actualStyle: 'date' },
    supported: true,
  },
  {
    name: 'long-table',
    covers: ['long/transactional table (Excel Table: Date, Region, Product, Scenario, Amount)', 'real dates', 'text in an amount cell'],
    layout: 'long',
    sheet: 'Data',
    unit: null,
    dimNames: ['Region', 'Product'],
    columns: M12,
    style: 'iso',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: (() => {
      const l = twoDims(151, ['North', 'South'], ['Widgets', 'Gadgets'], 12, 7);
      l[1].actual[2] = 'n/a';
      return l;
    })(),
    long: { scenarioName: 'Scenario', dealsPerCell: 2 },
    supported: true,
  },
  {
    name: 'long-period-zh',
    covers: ['long table with a period column (2026年1月 text) and 场景 预算/实际', 'plain range (no Excel Table)', 'Chinese headers'],
    layout: 'long',
    sheet: '明细',
    unit: null,
    dimNames: ['区域', '产品'],
    columns: months(2026, 1, 6),
    style: 'zh-ym',
    words: { budget: '预算', actual: '实际' },
    lines: twoDims(155, ['华东', '华南', '华北'], ['产品A'], 6, 3),
    long: { scenarioName: '场景', dealsPerCell: 1, periodText: true, headers: ['期间', '', '金额'] },
    supported: true,
  },
  {
    name: 'crm-export',
    covers: ['CRM export (one row per deal: close date, owner, customer, product, stage, amount, expected revenue)', 'only Closed Won deals count; lost and open deals in every month', 'targets sheet joined by owner', 'Target'],
    layout: 'crm',
    sheet: 'Targets',
    titleRows: ['2026 sales targets'],
    unit: null,
    dimNames: ['Owner'],
    columns: M12,
    style: 'Mmm-yy',
    words: { budget: 'Target', actual: 'Actual' },
    lines: makeLines(
      161,
      [
        { dims: ['Zoe Park'], base: 90, level: 1.1 },
        { dims: ['Yan Li'], base: 120, level: 0.75 },
        { dims: ['Xavier Roy'], base: 60, level: 0.98 },
      ],
      12,
      9,
    ),
    long: { scenarioName: 'Stage', dealsPerCell: 3, stages: { header: 'Stage', won: 'Closed Won', others: ['Closed Lost', 'Negotiation', 'Proposal'] }, weighted: 'Expected Revenue' },
    supported: true,
  },
  {
    name: 'crm-export-zh',
    covers: ['CRM export with Chinese headers (纷享销客 style: 成交日期, 负责人, 客户名称, 产品, 阶段, 金额)', 'only 赢单 deals count', '目标 sheet joined by 负责人', '2026年1月'],
    layout: 'crm',
    sheet: '销售目标',
    titleRows: ['2026年销售目标（元）'],
    unit: '元',
    dimNames: ['负责人'],
    columns: months(2026, 1, 12),
    style: 'zh-ym',
    words: { budget: '目标', actual: '实际' },
    headerText: (label, word) => `${label}${word}`,
    lines: makeLines(
      165,
      [
        { dims: ['陈静'], base: 200000, level: 0.7 },
        { dims: ['刘洋'], base: 150000, level: 1.02 },
        { dims: ['周敏'], base: 90000, level: 1.2 },
        { dims: ['吴磊'], base: 120000, level: 0.9 },
      ],
      12,
      10,
    ),
    long: {
      scenarioName: '阶段',
      dealsPerCell: 2,
      dealsSheet: '商机导出',
      headers: ['商机编号', '成交日期', '负责人', '客户名称', '产品', '金额'],
      stages: { header: '阶段', won: '赢单', others: ['输单', '谈判中'] },
    },
    supported: true,
  },
  {
    name: 'bad-cells',
    covers: ['text where a number belongs', '#DIV/0!', '#N/A', 'blank budget', 'duplicate keys', 'periods out of order', 'period repeated', 'mixed units', 'number stored as text'],
    layout: 'paired',
    sheet: 'Budget 2026',
    titleRows: ['Budget 2026', 'in thousands'],
    notesBelow: ['单位：万元'],
    unit: 'thousands',
    dimNames: ['Region', 'Rep'],
    columns: ((): PeriodDef[] => {
      const m = (month: number): PeriodDef => ({ kind: 'month', year: 2026, month });
      return [m(1), m(2), m(3), m(5), m(4), m(6), m(6)];
    })(),
    style: 'Mmm-yy',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: (() => {
      const l = twoDims(171, ['North', 'South'], ['Ann', 'Bob', 'Cy'], 7, 5);
      l[0].budget[1] = 'tbd';
      l[1].actual[2] = { error: '#DIV/0!' };
      l[2].budget[3] = { error: '#N/A' };
      l[3].budget[0] = null;
      l[3].budget[4] = null;
      l[4].actual[1] = 'see note';
      l[5].budget[2] = '2,500';
      l[4].dims = ['South', 'Bob'];
      l[5].dims = ['South', 'Bob']; // duplicate key
      l[0].budget[6] = 9999; // the repeated Jun column: ignored
      return l;
    })(),
    extraProblems: (pl) => [{ code: 'MIXED_UNITS', at: pl.notesBelow[0] }],
    supported: true,
  },
  {
    name: 'unrecognisable',
    covers: ['a layout that cannot be recognised (exit code 2)'],
    layout: 'garbage',
    sheet: 'Contacts',
    unit: null,
    dimNames: [],
    columns: [],
    style: 'iso',
    words: { budget: 'Budget', actual: 'Actual' },
    lines: [],
    exitCode: 2,
    supported: true,
  },
];
