/** The household-sentence reader on one day, as each round's tests use it: what a sentence tells, and the class it gives. */
import { checkHousehold, loadRules } from '../../src/rules/index.ts';
import { profileFromUnderstanding, understandHousehold } from '../../src/rules/understand.ts';

export function readerOn(date: string) {
  const rules = loadRules();
  const read = (text: string) => understandHousehold(text, rules, date);
  const classOf = (text: string) => {
    const profile = profileFromUnderstanding(read(text), date);
    const checked = profile && checkHousehold(rules, profile);
    return checked?.ok ? { classification: checked.value.classification, incomePerPerson: checked.value.incomePerPerson } : undefined;
  };
  return { rules, read, classOf };
}
