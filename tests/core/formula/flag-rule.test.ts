import { flagRuleFormula } from '../../../src/core/formula/flag-rule';
import { lintFormula } from '../../../src/core/formula/lint';

describe('flagRuleFormula', () => {
  it('writes the off-target rule over the named thresholds, guarding the blank var % with IF', () => {
    const f = flagRuleFormula('C5', 'D5', 'F5', 'G5');
    expect(f).toBe('AND(IF(C5="Cost",F5>0,F5<0),IF(D5<>0,ABS(G5)>=BP_FlagPct,F5<>0),ABS(F5)>=BP_FlagAbs)');
    expect(lintFormula(`=${f}`)).toEqual([]);
  });
});
