import { costTypeFormula, flagRuleFormula, isCostTypeText } from '../../../src/core/flags/formula';
import { lintFormula } from '../../../src/core/formula/lint';

describe('flagRuleFormula', () => {
  it('writes the off-target rule over the named thresholds, guarding the blank var % with IF', () => {
    const f = flagRuleFormula('C5', 'D5', 'F5', 'G5');
    expect(f).toBe(
      'AND(IF(OR(C5="Cost",C5="Expense",C5="成本",C5="费用"),F5>0,F5<0),IF(D5<>0,ABS(G5)>=BP_FlagPct,F5<>0),ABS(F5)>=BP_FlagAbs)',
    );
    expect(lintFormula(`=${f}`)).toEqual([]);
  });

  it('the Type test accepts the four cost words in any locale; a sheet-specific cost text is added once', () => {
    expect(costTypeFormula('C5', '成本')).toBe('OR(C5="Cost",C5="Expense",C5="成本",C5="费用")');
    expect(costTypeFormula('C5', 'Kosten')).toBe('OR(C5="Cost",C5="Expense",C5="成本",C5="费用",C5="Kosten")');
  });
});

describe('isCostTypeText (the TypeScript twin of the Type test)', () => {
  it.each(['Cost', 'cost', 'COST', 'Expense', 'expense', 'EXPENSE', '成本', '费用'])('%s is a cost line', (t) => {
    expect(isCostTypeText(t)).toBe(true);
  });
  it.each(['Revenue', '收入', '', 'Costs', ' Cost', 'Expenses', '费用 '])('%j is not (Excel "=" compares whole text)', (t) => {
    expect(isCostTypeText(t)).toBe(false);
  });
});
