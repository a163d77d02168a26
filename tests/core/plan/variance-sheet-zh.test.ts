import { buildVariancePlan } from '../../../src/core/plan/variance-sheet';
import { VARIANCE_TEXT_EN, VARIANCE_TEXT_ZH } from '../../../src/core/plan/variance-strings';
import { computeVariance, defaultVarianceSettings } from '../../../src/core/variance/compute';
import { makeModel, monthPeriods } from './model-fixture';
import { cellAt, formulaAt } from './plan-helpers';

describe('variance sheet in Chinese', () => {
  const model = makeModel({
    sheet: '2026 预算',
    periods: monthPeriods(2026, 1, 2),
    asOf: '2026-02',
    unit: '千元',
    lines: [{ key: ['华东', '差旅'], type: 'cost', budget: [100, 100], actual: [130, 120] }],
  });
  const report = computeVariance(model, { ...defaultVarianceSettings(model), flagAbs: 10 });
  const sheet = buildVariancePlan(model, report, { locale: 'zh-CN' }).plan.sheets[0];

  it('matches Chinese measure headers in the YTD SUMIFS and Chinese texts in the status rule', () => {
    // 2 keys: C 类型, D 累计预算 ... H 状态, I 说明, J.. periods
    expect(cellAt(sheet, 'J10')).toMatchObject({ value: '预算' });
    expect(cellAt(sheet, 'K10')).toMatchObject({ value: '实际' });
    expect(formulaAt(sheet, 'D11').formula).toContain('"预算"');
    expect(formulaAt(sheet, 'E11').formula).toContain('"实际"');
    expect(cellAt(sheet, 'C11')).toMatchObject({ value: '成本' });
    expect(formulaAt(sheet, 'H11').formula).toContain('C11="成本"');
    expect(formulaAt(sheet, 'H11').formula).toContain('"偏离目标","正常"');
    expect(formulaAt(sheet, 'H11').result).toBe('偏离目标'); // cost +50 on 200 = 25%
    expect(sheet.conditionalFormats[0].formula).toContain('$C11="成本"');
    expect(cellAt(sheet, 'A1')).toMatchObject({ value: 'Budget Pilot：预算差异（单位：千元）' });
    expect(cellAt(sheet, 'A2')).toMatchObject({ value: expect.stringContaining("'2026 预算'!A1:F2") });
  });

  it('the Chinese table fills every text the English one does', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && !Array.isArray(v) ? shape(v).map((s) => `${k}.${s}`) : [`${k}:${Array.isArray(v) ? v.length : typeof v}`]));
    expect(shape(VARIANCE_TEXT_ZH)).toEqual(shape(VARIANCE_TEXT_EN));
    expect(VARIANCE_TEXT_ZH.measures.budget).not.toBe(VARIANCE_TEXT_ZH.measures.actual);
  });
});
