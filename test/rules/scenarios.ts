/** Reads the hand-computed scenarios in test/rules/scenarios/*.yaml and checks a result against one. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { CheckResult, FieldError } from '../../src/rules/index.ts';

export interface Expected {
  classification?: string;
  incomePerPerson?: number;
  deprivationCount?: number;
  deprivations?: string[];
  standard?: string;
  provisional?: boolean;
  /** Each text must appear inside one of the result's sentences. */
  reasons?: string[];
  margins?: string[];
  unsure?: string[];
  provisionalReasons?: string[];
  provisionalReasonsAbsent?: string[];
  supports?: string[];
  supportsAbsent?: string[];
  supportAmounts?: Record<string, string>;
  /** Per support id: texts its `what` / `basis` must contain, its status, or `amount: none` when no figure may be shown. */
  supportFields?: Record<string, { what?: string; whatAbsent?: string; basis?: string; status?: string; amount?: 'none' }>;
  /** The class under the next standard (check dated in the weeks before it), or `none` when it must be absent. */
  upcoming?: { from: string; standardId: string; classification: string; provisional?: boolean; reasons?: string[] } | 'none';
  checkedOn?: string;
}

export interface Scenario {
  file: string;
  /** A rules fixture (test/rules/fixtures/<name>) the file's scenarios run against instead of rules/. */
  rules?: string;
  name: string;
  input: unknown;
  expected?: Expected;
  error?: { field: string; message: string };
}

const dir = fileURLToPath(new URL('./scenarios/', import.meta.url));

export function loadScenarios(): Scenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const data = parse(readFileSync(`${dir}${file}`, 'utf8')) as { rules?: string; scenarios: Omit<Scenario, 'file' | 'rules'>[] };
      return data.scenarios.map((scenario) => ({ file, ...(data.rules ? { rules: data.rules } : {}), ...scenario }));
    });
}

const containsEach = (sentences: readonly string[] | undefined, parts: string[] | undefined) => {
  for (const part of parts ?? []) expect(sentences ?? [], `“${part}”`).toEqual(expect.arrayContaining([expect.stringContaining(part)]));
};

export function expectResult(result: CheckResult, expected: Expected): void {
  if (expected.classification !== undefined) expect(result.classification).toBe(expected.classification);
  if (expected.incomePerPerson !== undefined) expect(result.incomePerPerson).toBe(expected.incomePerPerson);
  if (expected.deprivationCount !== undefined) expect(result.deprivationCount).toBe(expected.deprivationCount);
  if (expected.deprivations !== undefined) expect(result.deprivations).toEqual(expected.deprivations);
  if (expected.standard !== undefined) expect(result.standard.id).toBe(expected.standard);
  if (expected.provisional !== undefined) expect(result.provisional).toBe(expected.provisional);
  containsEach(result.reasons, expected.reasons);
  containsEach(result.margins, expected.margins);
  containsEach(result.unsure, expected.unsure);
  containsEach(result.provisionalReasons, expected.provisionalReasons);
  for (const part of expected.provisionalReasonsAbsent ?? []) {
    expect(result.provisionalReasons ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining(part)]));
  }
  const ids = result.supports.map((support) => support.id);
  expect(ids).toEqual(expect.arrayContaining(expected.supports ?? []));
  for (const id of expected.supportsAbsent ?? []) expect(ids).not.toContain(id);
  for (const [id, text] of Object.entries(expected.supportAmounts ?? {})) {
    expect(result.supports.find((support) => support.id === id)?.amount).toContain(text);
  }
  for (const [id, fields] of Object.entries(expected.supportFields ?? {})) {
    const support = result.supports.find((candidate) => candidate.id === id);
    expect(support, id).toBeDefined();
    if (fields.what) expect(support!.what).toContain(fields.what);
    if (fields.whatAbsent) expect(support!.what).not.toContain(fields.whatAbsent);
    if (fields.basis) expect(support!.basis).toContain(fields.basis);
    if (fields.status) expect(support!.status).toBe(fields.status);
    if (fields.amount === 'none') expect(support!.amount).toBeUndefined();
  }
  if (expected.upcoming === 'none') expect(result.upcoming).toBeUndefined();
  else if (expected.upcoming) {
    const { reasons, ...shape } = expected.upcoming;
    expect(result.upcoming).toMatchObject(shape);
    containsEach(result.upcoming?.reasons, reasons);
  }
  if (expected.checkedOn) expect(result.checkedOn).toBe(expected.checkedOn);
}

export function expectError(error: FieldError, expected: { field: string; message: string }): void {
  expect(error.field).toBe(expected.field);
  expect(error.message).toContain(expected.message);
}
