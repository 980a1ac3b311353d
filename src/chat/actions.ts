/**
 * Every button's action as typed data: what the button does, written into its callback data and read back (ASCII, at most
 * 64 bytes: Telegram's limit). The written form is the one buttons already sent carry ("ck:a:3:health_insurance:yes",
 * "sup:near_poor:full@2027-01-01"): a button pressed days later, from a message sent before a release, still works, so the
 * form changes only compatibly. Nothing outside this module writes or splits an action string.
 */
import type { Button } from './types.ts';
import { isIsoDate } from '../text/dates.ts';

/** What an answer that can be shared or reported is. */
export type AnswerSubject =
  /** A rules answer: its topic's code (topics.ts topicCode, with claimCode's figures). */
  | { rules: string }
  /** The list of supports of a class (its key or id, "" for every class). */
  | { supportsOf: string }
  /** The passage at `index` of the result set `set` (the session keeps the set). */
  | { set: string; index: number };

/** The "Chia sẻ" and "Báo sai" buttons under an answer (every reply that can be shared carries them, whatever channel shows it). */
export interface AnswerAction {
  verb: 'share' | 'report';
  about: AnswerSubject;
}

/** The main menu's items, and `about`: the whole introduction (what the assistant does and cannot do), from the short welcome. */
export type MenuItem = 'ask' | 'check' | 'supports' | 'standard' | 'sources' | 'about';
export type AreaChoice = 'rural' | 'urban';
export type IndicatorAnswer = 'yes' | 'no' | 'unsure';
/** The check's buttons that carry nothing but what they do. */
export type PlainStep = 'resume' | 'restart' | 'back' | 'cancel' | 'detail';

/** A button of the household check (the interview). */
export type CheckStep =
  | { step: PlainStep }
  /** The area asked at its question. */
  | { step: 'area'; area: AreaChoice }
  /** The area changed at the review of what was understood from a sentence. */
  | { step: 'setArea'; area: AreaChoice }
  | { step: 'edit'; field: 'members' | 'income' }
  /** The answer to the indicator question at `position`. */
  | { step: 'answer'; position: number; indicator: string; answer: IndicatorAnswer }
  /** An answer button whose data no longer reads (an older question's): the current question is asked again. */
  | { step: 'staleAnswer' };

/**
 * A household checked in one line (/kiemtra, a household told in one message): its figures ride in the button so nothing has
 * to be kept, and a button pressed after midnight into a new standard still shows the result of the check's day.
 */
export interface QuickFigures {
  area: AreaChoice;
  /** Income per person per month, whole đồng. */
  income: number;
  members: number;
  /** The indicator sets as settled.ts toMask's hex. */
  deprived: string;
  unsure: string;
  /** The check's day (yyyy-MM-dd); absent on buttons made before the day was carried. */
  day?: string;
}

export type ChatAction =
  | { kind: 'menu'; item: MenuItem; argument?: string }
  | ({ kind: 'check' } & CheckStep)
  | { kind: 'consent'; given: boolean }
  | { kind: 'erase'; confirmed: boolean }
  /** "Xóa tin n" under /xoatin's list: the message's reference. */
  | { kind: 'deleteMessage'; ref: string }
  /** "Xóa đường dẫn này" under a share link the user made: its token. */
  | { kind: 'deleteShare'; token: string }
  /** More results of the result set `set`. */
  | { kind: 'more'; set: string }
  /** The whole section of a passage shown. */
  | { kind: 'fullSection'; set: string; index: number }
  | { kind: 'feedback'; set: string; index: number; useful: boolean }
  | ({ kind: 'answer' } & AnswerAction)
  /** "Báo sai" under the result of the check of this chat. */
  | { kind: 'reportResult' }
  | { kind: 'reportAttach' }
  | { kind: 'reportCancel' }
  /** "Chi tiết" or "Báo sai" under a one-line check's result. */
  | { kind: 'quick'; verb: 'detail' | 'report'; figures: QuickFigures }
  /** A province of /tinh's list by its index, or none. */
  | { kind: 'province'; choice: number | 'clear' }
  /** The supports of a class (its key), in short or in full, on a later day (yyyy-MM-dd) or today. */
  | { kind: 'supports'; of: string; full: boolean; day?: string };

/** Prefix of a share link's payload that opens a list of supports (`h-<class>`; a rules answer's is topics.ts RULES_SHARE_PREFIX). */
export const SUPPORTS_SHARE_PREFIX = 'h-';

/** A rules answer's code, a class key: letters, digits, "-" and "_" (never ":"). */
const CODE = /^[A-Za-z0-9_-]{0,56}$/;
const SET = /^[A-Za-z0-9_-]{1,12}$/;
const INDEX = /^\d{1,3}$/;
/** A share link's token (core.ts makes 12 base64url characters). */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{1,32}$/;
/** A listed message's reference (the store's keyed hash, base64url). */
const MESSAGE_REF = /^[A-Za-z0-9_-]{20,60}$/;
const MENU_ITEMS: readonly string[] = ['ask', 'check', 'supports', 'standard', 'sources', 'about'] satisfies MenuItem[];
const PLAIN_STEPS: readonly PlainStep[] = ['resume', 'restart', 'back', 'cancel', 'detail'];
const isPlainStep = (value: string | undefined): value is PlainStep => PLAIN_STEPS.includes(value as PlainStep);
const isArea = (value: string | undefined): value is AreaChoice => value === 'rural' || value === 'urban';
const isAnswer = (value: string | undefined): value is IndicatorAnswer => value === 'yes' || value === 'no' || value === 'unsure';

function encodeAnswerAction({ verb, about }: AnswerAction): string {
  if ('rules' in about) return `${verb}:r:${about.rules}`;
  if ('supportsOf' in about) return `${verb}:h:${about.supportsOf}`;
  return `${verb}:${about.set}:${about.index}`;
}

/** The answer action a button's data names, or undefined for any other (or malformed) data. */
function decodeAnswerAction(data: string): AnswerAction | undefined {
  const [verb, first, second, ...rest] = data.split(':');
  if ((verb !== 'share' && verb !== 'report') || first === undefined || second === undefined || rest.length > 0 || !CODE.test(second)) return undefined;
  if (first === 'r') return second ? { verb, about: { rules: second } } : undefined;
  if (first === 'h') return { verb, about: { supportsOf: second } };
  return SET.test(first) && INDEX.test(second) ? { verb, about: { set: first, index: Number(second) } } : undefined;
}

function encodeCheck(action: CheckStep): string {
  switch (action.step) {
    case 'area':
      return `ck:area:${action.area}`;
    case 'setArea':
      return `ck:set:area:${action.area}`;
    case 'edit':
      return `ck:edit:${action.field}`;
    case 'answer':
      return `ck:a:${action.position}:${action.indicator}:${action.answer}`;
    case 'staleAnswer':
      return 'ck:a';
    default:
      return `ck:${action.step}`;
  }
}

function decodeCheck(parts: readonly string[]): CheckStep | undefined {
  const [step, first, second, third] = parts;
  if (isPlainStep(step) && parts.length === 1) return { step };
  if (step === 'area' && isArea(first) && parts.length === 2) return { step: 'area', area: first };
  if (step === 'set' && first === 'area' && isArea(second) && parts.length === 3) return { step: 'setArea', area: second };
  if (step === 'edit' && (first === 'members' || first === 'income') && parts.length === 2) return { step: 'edit', field: first };
  if (step !== 'a') return undefined;
  return INDEX.test(first ?? '') && second && CODE.test(second) && isAnswer(third) && parts.length === 4
    ? { step: 'answer', position: Number(first), indicator: second, answer: third }
    : { step: 'staleAnswer' };
}

function encodeQuick(verb: 'detail' | 'report', figures: QuickFigures): string {
  const day = figures.day ? `:${figures.day.replaceAll('-', '')}` : '';
  return `${verb}:q:${figures.area === 'urban' ? 'u' : 'r'}:${figures.income}:${figures.members}:${figures.deprived}:${figures.unsure}${day}`;
}

function decodeQuick(parts: readonly string[]): QuickFigures | undefined {
  const [area, income, members, deprived, unsure, day, ...rest] = parts;
  const hex = /^[0-9a-f]{1,13}$/;
  if ((area !== 'r' && area !== 'u') || !/^\d{1,13}$/.test(income ?? '') || !/^\d{1,2}$/.test(members ?? '') || rest.length > 0) return undefined;
  if (!hex.test(deprived ?? '') || !hex.test(unsure ?? '') || (day !== undefined && !/^\d{8}$/.test(day))) return undefined;
  return {
    area: area === 'u' ? 'urban' : 'rural',
    income: Number(income),
    members: Number(members),
    deprived: deprived!,
    unsure: unsure!,
    ...(day ? { day: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` } : {}),
  };
}

/** A button's callback data for `action`. */
export function encodeAction(action: ChatAction): string {
  switch (action.kind) {
    case 'menu':
      return `menu:${action.item}${action.argument ? `:${action.argument}` : ''}`;
    case 'check':
      return encodeCheck(action);
    case 'consent':
      return `consent:${action.given ? 'yes' : 'no'}`;
    case 'erase':
      return `erase:${action.confirmed ? 'yes' : 'no'}`;
    case 'deleteMessage':
      return `dm:${action.ref}`;
    case 'deleteShare':
      return `ds:${action.token}`;
    case 'more':
      return `more:${action.set}`;
    case 'fullSection':
      return `full:${action.set}:${action.index}`;
    case 'feedback':
      return `fb:${action.set}:${action.index}:${action.useful ? 1 : 0}`;
    case 'answer':
      return encodeAnswerAction(action);
    case 'reportResult':
      return 'report:result';
    case 'reportAttach':
      return 'report:attach';
    case 'reportCancel':
      return 'report:cancel';
    case 'quick':
      return encodeQuick(action.verb, action.figures);
    case 'province':
      return `prov:${action.choice}`;
    case 'supports':
      return `sup:${action.of}${action.full ? ':full' : ''}${action.day ? `@${action.day}` : ''}`;
  }
}

/** The action a button's data names, or undefined for data no button of the assistant carries (malformed, or too old). */
export function decodeAction(data: string): ChatAction | undefined {
  if (data.length > 64) return undefined;
  const [kind = '', ...parts] = data.split(':');
  const [first, second, third] = parts;
  switch (kind) {
    case 'menu':
      return MENU_ITEMS.includes(first ?? '') && parts.length <= 2 ? { kind, item: first as MenuItem, ...(second ? { argument: second } : {}) } : undefined;
    case 'ck': {
      const step = decodeCheck(parts);
      return step && { kind: 'check', ...step };
    }
    case 'consent':
    case 'erase': {
      if ((first !== 'yes' && first !== 'no') || parts.length !== 1) return undefined;
      return kind === 'consent' ? { kind, given: first === 'yes' } : { kind, confirmed: first === 'yes' };
    }
    case 'dm':
      return first && MESSAGE_REF.test(first) && parts.length === 1 ? { kind: 'deleteMessage', ref: first } : undefined;
    case 'ds':
      return first && SHARE_TOKEN.test(first) && parts.length === 1 ? { kind: 'deleteShare', token: first } : undefined;
    case 'more':
      return first && SET.test(first) && parts.length === 1 ? { kind, set: first } : undefined;
    case 'full':
      return first && SET.test(first) && INDEX.test(second ?? '') && parts.length === 2 ? { kind: 'fullSection', set: first, index: Number(second) } : undefined;
    case 'fb':
      return first && SET.test(first) && INDEX.test(second ?? '') && (third === '1' || third === '0') && parts.length === 3
        ? { kind: 'feedback', set: first, index: Number(second), useful: third === '1' }
        : undefined;
    case 'detail':
    case 'report': {
      if (first === 'q') {
        const figures = decodeQuick(parts.slice(1));
        return figures && { kind: 'quick', verb: kind, figures };
      }
      if (kind === 'detail') return undefined;
      if (parts.length === 1 && first === 'result') return { kind: 'reportResult' };
      if (parts.length === 1 && first === 'attach') return { kind: 'reportAttach' };
      if (parts.length === 1 && first === 'cancel') return { kind: 'reportCancel' };
      const answer = decodeAnswerAction(data);
      return answer && { kind: 'answer', ...answer };
    }
    case 'share': {
      const answer = decodeAnswerAction(data);
      return answer && { kind: 'answer', ...answer };
    }
    case 'prov':
      if (first === 'clear' && parts.length === 1) return { kind: 'province', choice: 'clear' };
      return INDEX.test(first ?? '') && parts.length === 1 ? { kind: 'province', choice: Number(first) } : undefined;
    case 'sup': {
      const [body = '', day, ...more] = parts.join(':').split('@');
      const [of, form, ...rest] = body.split(':');
      if (of === undefined || !CODE.test(of) || (form !== undefined && form !== 'full') || rest.length > 0 || more.length > 0) return undefined;
      if (day !== undefined && !isIsoDate(day)) return undefined;
      return { kind: 'supports', of, full: form === 'full', ...(day ? { day } : {}) };
    }
    default:
      return undefined;
  }
}

/** A button that does `action`. */
export const button = (label: string, action: ChatAction): Button => ({ label, action: encodeAction(action) });

/** "Báo sai" for `about`: what is wrong in it, told in words. */
export const reportButton = (about: AnswerSubject): Button => button('Báo sai', { kind: 'answer', verb: 'report', about });

/** The row under an answer: "Chia sẻ" and "Báo sai" for `about`. */
export function answerRow(about: AnswerSubject): Button[] {
  return [button('Chia sẻ', { kind: 'answer', verb: 'share', about }), reportButton(about)];
}
