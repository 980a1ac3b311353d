/**
 * The lexicon's checks: every section against its shape (zod) and the rules between entries (a form under one
 * word, a phrase in one list, sizes in range…). A bad entry throws LexiconError naming the section and the entry.
 * Run by `npm run build` (src/build/build.mjs: the build fails, so `npm ci` and `npm start` never run a lexicon
 * that did not pass), by src/build/run.mjs before it runs sources that were not built, and by
 * test/text/lexicon.test.ts; not when index.ts loads, so start-up neither loads zod for it nor repeats the checks.
 */
import * as z from 'zod';
import { fold } from '../fold.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import * as columns from './columns.ts';
import { ENGLISH_WORDS } from './english.ts';
import { ENTITLEMENT } from './entitlement.ts';
import { EVERYDAY_WORDS } from './everyday.ts';
import { GAPS } from './gaps.ts';
import * as household from './household.ts';
import * as money from './money.ts';
import * as places from './places.ts';
import { PROVINCES } from './provinces.ts';
import { QUESTION_WORDS } from './question-words.ts';
import { REQUESTS } from './requests.ts';
import { PERSONAL } from './personal.ts';
import { ELSEWHERE, SCOPE_WORDS } from './scope.ts';
import { FORMAL_WORDING, SPOKEN } from './spoken.ts';
import { TOPICS } from './topics.ts';
import { YES_NO } from './yes-no.ts';

/** An entry of the lexicon that cannot be right; names the section and the entry. */
export class LexiconError extends Error {
  constructor(section: string, entry: string, problem: string) {
    super(`src/text/lexicon/${section}: "${entry}": ${problem}`);
    this.name = 'LexiconError';
  }
}

/** Lower case, NFC, single spaces, no edge spaces: how every form and key is written. */
const isTidy = (text: string) => text === text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() && text !== '';
const tidy = z.string().refine(isTidy, 'viết thường, NFC, một dấu cách giữa các từ');
/** A key written without diacritics (how it is looked up). */
const plainKey = tidy.refine((text) => fold(text) === text, 'viết không dấu');
/** A list of one or more plain keys: most of the lexicon's lists (phrases, words, cues). */
const phraseList = z.array(plainKey).min(1);

const spokenSchema = z.array(
  z.object({
    canonical: z.string().refine((text) => isTidy(text.toLowerCase()), 'chữ viết chuẩn không được rỗng'),
    forms: z.array(tidy).min(1),
    atEnd: z.array(tidy).optional(),
    atStart: z.array(tidy).optional(),
    except: z.array(plainKey).optional(),
    followedBy: z.array(plainKey).min(1).optional(),
    messageEnds: z.array(plainKey).min(1).optional(),
    particle: z.boolean().optional(),
    typed: z.boolean().optional(),
    cadres: z.boolean().optional(),
  }).strict(),
);
const wordMapSchema = z.record(plainKey, z.string().min(1));
const yesNoSchema = z
  .object({
    yes: z.array(plainKey),
    no: z.array(plainKey),
    unsure: z.array(plainKey),
    guesses: z.object({ yes: z.array(plainKey), no: z.array(plainKey) }).strict(),
    leading: z.object({ notLeading: z.array(plainKey), noOneAfter: phraseList, asksAtEnd: phraseList, addressAfter: phraseList, asksAnywhere: phraseList }).strict(),
    addressAtEnd: phraseList,
  })
  .strict();
const provincesSchema = z.object({ prefixes: z.array(tidy).min(1), otherNames: z.record(z.string().min(1), z.array(tidy)), mergeAsks: phraseList, communeWords: phraseList, afterMerger: phraseList, registerAgain: phraseList, notMerge: phraseList }).strict();

function parsed(section: string, schema: z.ZodType, data: unknown): void {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LexiconError(section, issue.path.join('.'), issue.message);
  }
}

function noneTwice(section: string, entries: Iterable<[form: string, owner: string]>): void {
  const seen = new Map<string, string>();
  for (const [form, owner] of entries) {
    const other = seen.get(form);
    if (other !== undefined && other !== owner) throw new LexiconError(section, form, `thuộc cả "${other}" lẫn "${owner}"`);
    if (other === owner) throw new LexiconError(section, form, `ghi hai lần cho "${owner}"`);
    seen.set(form, owner);
  }
}

/** Lower case, NFC, single spaces: a form typed with its marks (personal.ts titles, given names). */
const typedForm = z.string().refine(isTidy, 'viết thường, NFC, một dấu cách giữa các từ');
const personalSchema = z
  .object({
    nameTriggers: phraseList,
    selfTriggers: phraseList,
    bareNameTriggers: phraseList,
    selfTriggerMedia: z.object({ media: phraseList, notAfter: phraseList }).strict(),
    nameFieldOf: z.object({ leads: phraseList, whose: phraseList }).strict(),
    neighbourAfter: phraseList,
    foldedSurnames: phraseList,
    markedSurnames: z.array(typedForm).min(1),
    nameStopWords: phraseList,
    capitalisedNameStopWords: z.array(plainKey).min(1),
    notNameWords: z.array(plainKey),
    titles: z.array(typedForm).min(1),
    shortTitles: phraseList,
    capitalisedTitles: z.object({ words: z.array(plainKey).min(1), notAfter: z.array(plainKey), childBefore: phraseList, childAfter: phraseList, notNameAfter: z.record(plainKey, z.array(plainKey)), monthAfter: z.array(plainKey), monthTitles: z.array(plainKey).min(1) }).strict(),
    titleGivenWords: z.record(plainKey, z.array(plainKey).min(1)),
    titleCallings: phraseList,
    titleSurnames: z.array(plainKey),
    givenNames: z.array(typedForm),
    givenUnmarked: z.array(plainKey),
    fullNameGiven: z.array(plainKey),
    birthOrderNames: z.array(typedForm).min(1),
    healthConditions: phraseList,
    healthConditionParts: phraseList,
    healthShortForms: phraseList,
    healthShortLeads: z.record(plainKey, phraseList),
    addictions: phraseList,
    healthShortEveryday: phraseList,
    healthLetter: z.object({ letter: plainKey, leads: phraseList, written: typedForm }).strict(),
    hospitals: z.object({ leads: phraseList, names: phraseList }).strict(),
    healthMaskedOnly: phraseList,
    pregnancy: z.object({ phrases: phraseList, notAfter: phraseList, notBefore: phraseList }).strict(),
    offences: phraseList,
    offencesMarked: z.array(typedForm).min(1),
    offencesSuffered: z.object({ acts: phraseList, leads: phraseList }).strict(),
    religions: phraseList,
    offenceTwins: z
      .object({
        leads: phraseList,
        notAfter: phraseList,
        twins: z.record(plainKey, z.object({ marked: typedForm, besides: phraseList, health: typedForm.optional() }).strict()),
        offenceNear: phraseList,
        healthNear: phraseList,
      })
      .strict(),
    middleNames: z.array(typedForm),
    capitalMiddleNames: z.array(z.string().regex(/^\p{Lu}\p{Ll}*$/u)).min(1),
    surnamesBeforeMiddle: z.array(typedForm).min(1),
    compoundSurnames: phraseList,
    plainMiddleNames: phraseList,
    highlandNames: z.object({ surnames: z.array(typedForm).min(1), notAfterY: phraseList }).strict(),
    callingNames: z.object({ titles: z.array(typedForm).min(1), orders: z.array(typedForm).min(1), notBefore: phraseList }).strict(),
    partialNameMiddles: z.array(typedForm).min(1),
    ethnicGroups: z.object({ leads: phraseList, names: phraseList, joins: phraseList }).strict(),
    middleNameWords: phraseList,
    surnameMiddleWords: phraseList,
    placeUnits: z
      .object({
        words: phraseList,
        marked: z.record(plainKey, typedForm),
        nameOnly: z.array(plainKey),
        notAfter: z.record(plainKey, phraseList),
        notBefore: z.record(plainKey, phraseList),
        lowerNamed: z.array(plainKey),
        lowerTwoWords: z.array(plainKey),
        lowerNotAlone: z.array(plainKey),
        lowerOpen: phraseList,
        capitalisedUnmarked: z.array(plainKey),
        ledCapitalised: z.array(plainKey),
        numberedUnmarked: z.array(plainKey),
        streets: phraseList,
        namedAs: z.object({ between: phraseList, says: phraseList, everydayAfter: z.record(plainKey, phraseList) }).strict(),
      })
      .strict(),
    schools: z.object({ words: phraseList, capitalisedOnly: z.array(plainKey), kinds: phraseList }).strict(),
    birthLabels: phraseList,
    birthLabelNotAfter: z.record(plainKey, z.array(plainKey)),
    notPlateAfter: z.array(plainKey),
    phoneLabels: phraseList,
    contactLabels: phraseList,
    idLabels: phraseList,
  })
  .strict();

/** personal.ts: its shape, no word twice in a list, the marked and name-only place words among the place words. */
function checkPersonal(data: typeof PERSONAL): void {
  parsed('personal.ts', personalSchema, data);
  for (const [list, words] of Object.entries(data)) {
    if (Array.isArray(words)) noneTwice(`personal.ts (${list})`, words.map((word: string) => [word, list] as [string, string]));
  }
  for (const word of [...Object.keys(data.placeUnits.marked), ...data.placeUnits.nameOnly, ...data.placeUnits.lowerTwoWords, ...data.placeUnits.lowerOpen, ...Object.keys(data.placeUnits.notAfter), ...Object.keys(data.placeUnits.notBefore), ...data.placeUnits.streets]) {
    if (!data.placeUnits.words.includes(word)) throw new LexiconError('personal.ts', word, 'placeUnits: không có trong words');
  }
  for (const phrase of data.middleNameWords) {
    if (!data.middleNames.includes(phrase.split(' ')[0]!)) throw new LexiconError('personal.ts', phrase, 'middleNameWords: không bắt đầu bằng một chữ lót (middleNames)');
  }
  for (const phrase of data.surnameMiddleWords) {
    if (!data.middleNames.includes(phrase.split(' ')[1]!)) throw new LexiconError('personal.ts', phrase, 'surnameMiddleWords: chữ thứ hai không phải một chữ lót (middleNames)');
  }
  for (const word of data.schools.capitalisedOnly) {
    if (!data.schools.words.includes(word)) throw new LexiconError('personal.ts', word, 'schools.capitalisedOnly: không có trong words');
  }
  for (const [list, labels] of [['idLabels', data.idLabels], ['phoneLabels', data.phoneLabels]] as const) {
    for (const label of labels) {
      if (!data.contactLabels.includes(label)) throw new LexiconError('personal.ts', label, `${list}: không có trong contactLabels`);
    }
  }
  for (const word of Object.keys(data.titleGivenWords)) {
    if (!data.notNameWords.includes(word)) throw new LexiconError('personal.ts', word, 'titleGivenWords: không có trong notNameWords');
  }
  for (const word of data.capitalisedNameStopWords) {
    if (!data.nameStopWords.includes(word)) throw new LexiconError('personal.ts', word, 'capitalisedNameStopWords: không có trong nameStopWords');
  }
  for (const word of data.fullNameGiven) {
    if (data.givenUnmarked.includes(word)) throw new LexiconError('personal.ts', word, 'fullNameGiven: đã có trong givenUnmarked');
  }
  for (const word of data.placeUnits.ledCapitalised) {
    if (!Object.hasOwn(data.placeUnits.marked, word)) throw new LexiconError('personal.ts', word, 'placeUnits.ledCapitalised: không có trong marked');
  }
  for (const word of data.placeUnits.numberedUnmarked) {
    if (!Object.hasOwn(data.placeUnits.marked, word)) throw new LexiconError('personal.ts', word, 'placeUnits.numberedUnmarked: không có trong marked');
  }
  for (const [word, marked] of Object.entries(data.placeUnits.marked)) {
    if (fold(marked) !== word) throw new LexiconError('personal.ts', marked, `placeUnits.marked: không phải "${word}" có dấu`);
  }
}

/** The sections checkLexicon reads: by default the lexicon itself (tests pass one with a bad entry). */
export const LEXICON = { SPOKEN, FORMAL_WORDING, ABBREVIATIONS, EVERYDAY_WORDS, YES_NO, PROVINCES, SCOPE_WORDS, ELSEWHERE, ENGLISH_WORDS, QUESTION_WORDS, ENTITLEMENT, REQUESTS, GAPS, TOPICS, PERSONAL, money, places, household, columns };

/** Checks every section of the lexicon; throws LexiconError at the first bad entry. */
export function checkLexicon(lexicon: typeof LEXICON = LEXICON): void {
  const { SPOKEN, FORMAL_WORDING, ABBREVIATIONS, EVERYDAY_WORDS, YES_NO, PROVINCES, SCOPE_WORDS, ELSEWHERE, ENGLISH_WORDS, QUESTION_WORDS, ENTITLEMENT, REQUESTS, GAPS, TOPICS, PERSONAL, money, places, household, columns } = lexicon;
  parsed('spoken.ts', spokenSchema, SPOKEN);
  parsed('spoken.ts', z.object({ openings: phraseList, words: phraseList }).strict(), FORMAL_WORDING);
  parsed('abbreviations.ts', wordMapSchema, ABBREVIATIONS);
  parsed('everyday.ts', wordMapSchema, EVERYDAY_WORDS);
  parsed('yes-no.ts', yesNoSchema, YES_NO);
  parsed('provinces.ts', provincesSchema, PROVINCES);
  parsed('scope.ts', phraseList, SCOPE_WORDS);
  parsed('scope.ts', z.object({ subjects: phraseList, placeOnly: phraseList, houseAt: phraseList }).strict(), ELSEWHERE);
  for (const word of ELSEWHERE.placeOnly) if (!SCOPE_WORDS.includes(word)) throw new LexiconError('scope.ts', word, 'ELSEWHERE.placeOnly: không có trong SCOPE_WORDS');
  parsed('english.ts', phraseList, ENGLISH_WORDS);
  parsed(
    'question-words.ts',
    z.object({ words: phraseList, phrases: z.array(plainKey) }).strict(),
    QUESTION_WORDS,
  );
  parsed(
    'entitlement.ts',
    z.object({ asks: phraseList, reportHeadings: phraseList }).strict(),
    ENTITLEMENT,
  );

  parsed(
    'requests.ts',
    z
      .object({
        deleteData: z
          .object({
            verbs: phraseList,
            objects: phraseList,
            reach: z.number().int().min(1).max(5),
            maxWords: z.number().int().min(2),
            notAbout: z.array(plainKey),
            own: phraseList,
            refusals: phraseList,
            howTo: z.array(plainKey),
          })
          .strict(),
        deleteLast: z.object({ messages: phraseList }).strict(),
        lookup: z.object({ ids: phraseList, asks: phraseList }).strict(),
        privacy: z
          .object({ data: phraseList, assistant: phraseList, asks: phraseList, maxWords: z.number().int().min(2) })
          .strict(),
        stepsLeft: z.object({ phrases: phraseList, maxWords: z.number().int().min(2) }).strict(),
        stopCheck: z.object({ phrases: phraseList, whole: phraseList, maxWords: z.number().int().min(2) }).strict(),
        moreDetail: z.object({ phrases: phraseList, fillers: phraseList, maxWords: z.number().int().min(2) }).strict(),
        consent: z
          .object({ accept: phraseList, refuse: phraseList, fillers: phraseList, maxWords: z.number().int().min(2), unclear: phraseList, keeping: phraseList, soWhat: phraseList })
          .strict(),
        eraseConfirm: z.object({ accept: phraseList, refuse: phraseList }).strict(),
        startCheck: z
          .object({ verbs: phraseList, objects: phraseList, fillers: phraseList, alone: phraseList, classObjects: phraseList, classVerbs: phraseList, maxWords: z.number().int().min(2) })
          .strict(),
        afterResult: z
          .object({
            supposed: phraseList,
            supposedClosers: phraseList,
            corrected: phraseList,
            disputed: phraseList,
            why: phraseList,
            classAsked: z.object({ around: phraseList, marks: phraseList, unnamed: phraseList, denied: phraseList }).strict(),
            nextSteps: z.object({ asks: phraseList, around: phraseList }).strict(),
            asks: phraseList,
            asksLast: phraseList,
            maxWords: z.number().int().min(2),
          })
          .strict(),
      })
      .strict(),
    REQUESTS,
  );
  checkPersonal(PERSONAL);
  noneTwice('requests.ts (stopCheck)', [...REQUESTS.stopCheck.phrases, ...REQUESTS.stopCheck.whole].map((word) => [word, 'stopCheck'] as [string, string]));
  noneTwice('requests.ts (consent)', [
    ...REQUESTS.consent.accept.map((word) => [word, 'accept'] as [string, string]),
    ...REQUESTS.consent.refuse.map((word) => [word, 'refuse'] as [string, string]),
    ...REQUESTS.consent.fillers.map((word) => [word, 'filler'] as [string, string]),
  ]);

  parsed(
    'gaps.ts',
    z.object({
      words: phraseList,
      reach: z.number().int().min(1).max(3),
      notAfterGap: z.array(plainKey),
      compounds: z.array(plainKey),
      classAfter: z.object({ word: plainKey, classes: phraseList }).strict(),
      notFiller: z.array(plainKey.refine((pair) => pair.split(' ').length === 2, 'hai từ')),
    }).strict(),
    GAPS,
  );
  noneTwice('gaps.ts', [...GAPS.words, ...GAPS.notAfterGap].map((word) => [word, 'gaps'] as [string, string]));

  noneTwice('spoken.ts', SPOKEN.flatMap((entry) => entry.forms.map((form) => [form, entry.canonical] as [string, string])));
  noneTwice('spoken.ts (atEnd)', SPOKEN.flatMap((entry) => (entry.atEnd ?? []).map((form) => [form, entry.canonical] as [string, string])));
  noneTwice('spoken.ts (atStart)', SPOKEN.flatMap((entry) => (entry.atStart ?? []).map((form) => [form, entry.canonical] as [string, string])));
  noneTwice('question-words.ts', [...QUESTION_WORDS.words, ...QUESTION_WORDS.phrases].map((word) => [word, 'question'] as [string, string]));
  const ASKED_CLASS = z.enum(['near_poor', 'newly_escaped', 'middle', 'poor']);
  parsed(
    'topics.ts',
    z.object({
      standard: phraseList,
      placeToldAround: phraseList,
      placeToldUnits: z.object({ district: phraseList, commune: phraseList, names: z.number().int().positive() }).strict(),
      lossFeared: z.object({ fear: phraseList, loss: phraseList }).strict(),
      farmwork: phraseList,
      localStandard: phraseList,
      threshold: z.object({ amount: phraseList, subject: phraseList, classAsked: phraseList, automatic: phraseList, brackets: phraseList, decree: phraseList, exactly: phraseList, atLine: z.object({ words: phraseList, not: phraseList }).strict() }).strict(),
      criteria: phraseList,
      selfCheck: phraseList,
      criteriaInFull: phraseList,
      criterionCounts: z.object({ criterion: phraseList, classify: phraseList }).strict(),
      meaning: phraseList,
      procedure: phraseList,
      procedureWhom: phraseList,
      procedureYearly: phraseList,
      procedureCertificate: phraseList,
      procedureInFull: phraseList,
      procedureSteps: phraseList,
      procedureAround: phraseList,
      procedureAsks: z.record(z.string().regex(/^[a-z_]+$/), phraseList),
      supports: z.record(z.string().regex(/^[a-z_]+$/), phraseList),
      memberCounted: phraseList,
      studyYear: z.object({ words: phraseList, levels: phraseList }).strict(),
      housePlaced: phraseList,
      supportsByWho: z.record(
        z.string().regex(/^[a-z_]+$/),
        z
          .object({
            who: phraseList,
            what: phraseList,
            classes: z.array(ASKED_CLASS).min(1).optional(),
            over: z.array(z.string().regex(/^[a-z_]+$/)).min(1).optional(),
            unless: phraseList.optional(),
          })
          .strict(),
      ),
      bereaved: z.object({ words: phraseList, olderThan: z.number().int().positive() }).strict(),
      noCarer: z
        .object({ words: phraseList, over: z.string().regex(/^[a-z_]+$/), to: z.string().regex(/^[a-z_]+$/), unless: phraseList, named: phraseList })
        .strict(),
      disabledMember: z.object({ more: z.string().min(1) }).strict(),
      monthlyAllowance: phraseList,
      wageNone: phraseList,
      classTold: phraseList,
      hardshipTold: phraseList,
      hardshipAround: phraseList,
      hardshipAsked: z.object({ words: phraseList, around: phraseList }).strict(),
      helpAsked: phraseList,
      helpWhere: phraseList,
      helpWhereAround: phraseList,
      helpAround: phraseList,
      papersListed: z.object({ file: phraseList, holds: phraseList }).strict(),
      endedProgrammeNamed: phraseList,
      applyingAsked: phraseList,
      pensionHeld: z
        .object({
          says: phraseList,
          denies: phraseList,
          excludes: z.array(z.string().regex(/^[a-z_]+$/)),
          unclear: z.array(z.string().regex(/^[a-z_]+$/)),
          socialNames: phraseList,
        })
        .strict(),
      claims: z
        .object({
          says: phraseList,
          loanWanted: phraseList,
          householdFacts: phraseList,
          lineBounds: phraseList,
          income: phraseList,
          bounds: phraseList,
          below: phraseList,
          lineNames: phraseList,
          given: phraseList,
          money: phraseList,
          handedOut: phraseList,
          monthly: phraseList,
          told: phraseList,
          taken: phraseList,
          takenEnds: phraseList,
          takenKnown: phraseList,
          escapeLoss: phraseList,
          truthAsked: phraseList,
          coming: phraseList,
          abolished: z.object({ before: phraseList, after: phraseList, stillAsked: phraseList }).strict(),
          reviewStopped: phraseList,
          fullCover: phraseList,
          fullCoverWhere: phraseList,
          billFree: phraseList,
          hospitalFree: phraseList,
          hospital: phraseList,
          fees: phraseList,
          supportCut: phraseList,
          supportsCut: phraseList,
          cutBeforeSupport: z.object({ cuts: phraseList, bare: phraseList, asked: phraseList }).strict(),
          fined: phraseList,
          indicatorWords: phraseList,
          digitalLack: z.object({ lacking: phraseList, digital: phraseList, becomesPoor: phraseList }).strict(),
          raiseAsked: phraseList,
          giftAsked: phraseList,
          interestFree: phraseList,
          noRepay: phraseList,
          registered: phraseList,
          paidOnRegistering: phraseList,
          tet: phraseList,
          childBefore: z.array(plainKey),
          howMuch: phraseList,
          mustAfter: z.array(plainKey),
          free: phraseList,
          echoEnds: phraseList,
          aboveCommune: z.record(z.string(), phraseList),
          supportBeforeFigure: z.record(z.string().regex(/^[a-z_]+$/), phraseList),
        })
        .strict(),
      classes: z.array(z.tuple([plainKey, ASKED_CLASS])).min(1),
      notClasses: z.array(plainKey),
      comparison: phraseList,
      standardsCompared: phraseList,
      supportHelpAsks: phraseList,
      deprivationAsks: phraseList,
      hadThing: z.object({ asks: phraseList, unless: phraseList }).strict(),
      withoutSupport: z.record(z.string().regex(/^[a-z_]+$/), z.object({ words: phraseList, label: z.string().min(1), over: z.array(z.string()).optional(), afterSupport: phraseList.optional() }).strict()),
      notInData: z.record(z.string().regex(/^[a-z_]+$/), z.object({ words: phraseList, label: z.string().min(1), complaint: z.boolean().optional(), over: z.array(z.string()).optional(), unless: phraseList.optional(), then: z.string().regex(/^[a-z_]+$/).optional(), thenNamed: z.literal(true).optional(), documents: z.literal(true).optional(), standard: z.literal(true).optional() }).strict()),
      groupsWithoutRule: z.record(
        z.string().regex(/^[a-z_]+$/),
        z
          .object({
            words: phraseList,
            label: z.string().min(1),
            supports: z.array(z.string().regex(/^[a-z_]+$/)).min(1).optional(),
            unless: phraseList.optional(),
            notice: z.string().min(1).optional(),
            asks: z.string().min(1).optional(),
            youngerThan: z.object({ age: z.number().int().positive(), supports: z.array(z.string().regex(/^[a-z_]+$/)).min(1) }).strict().optional(),
            twinsBefore: phraseList.optional(),
          })
          .strict(),
      ),
      workTold: z.object({ idle: phraseList, informal: phraseList, atHomeEnd: phraseList, members: phraseList }).strict(),
      unanswered: z.object({ said: phraseList, whom: phraseList }).strict(),
      schoolBooks: phraseList,
      schoolBooksHow: phraseList,
      pensionBeside: phraseList,
      losing: z.object({ words: phraseList, notRecognised: phraseList, other: z.object({ households: phraseList, better: phraseList }).strict(), givenNothing: phraseList, poorGetsNothing: phraseList, keptOffList: phraseList, justNow: phraseList, stillAsked: phraseList, stillAfterSupport: phraseList, assets: z.record(plainKey, z.string().min(1)) }).strict(),
      generic: phraseList,
      indicatorNames: z.record(z.string().regex(/^[a-z_]+$/), phraseList),
      indicatorDimensions: z.record(z.string().regex(/^[a-z_]+$/), phraseList),
      indicatorList: z.object({ subject: phraseList, asks: phraseList, aboutOne: phraseList, count: phraseList, meaning: phraseList, whichOne: phraseList }).strict(),
      incomeCounting: z.object({ subject: phraseList, asks: phraseList, province: phraseList, whole: phraseList, line: phraseList, period: phraseList }).strict(),
      supportsList: z
        .object({ gets: phraseList, benefits: phraseList, which: phraseList, ownGets: phraseList, closing: z.array(plainKey), tellMe: phraseList, annoyed: phraseList, listed: z.object({ names: phraseList, around: phraseList }).strict(), narrower: z.array(plainKey), communes: z.array(plainKey), caseEntries: z.array(z.string().regex(/^[a-z_]+$/)) })
        .strict(),
      household: z
        .object({
          heads: phraseList,
          persons: phraseList,
          relatives: phraseList,
          speakers: phraseList,
          asksEligibility: phraseList,
          classAskedAtEnd: phraseList,
          standingLater: phraseList,
          standingChange: phraseList,
        })
        .strict(),
      situations: z.array(plainKey),
      shortText: z
        .object({
          asks: phraseList,
          posted: phraseList,
          opens: phraseList,
          spoken: phraseList,
          heard: phraseList,
          saying: phraseList,
          sayingAbout: phraseList,
          sayingPlace: phraseList,
          writtenBefore: phraseList,
          warning: phraseList,
          introduce: phraseList,
          congratulate: phraseList,
          slogans: phraseList,
          healthResolution: phraseList,
          deadline: phraseList,
          ending: phraseList,
          review: phraseList,
          added: z.object({ asks: phraseList, around: z.array(plainKey), labels: phraseList, hours: phraseList }).strict(),
          removed: z.object({ asks: phraseList, around: z.array(plainKey) }).strict(),
          edits: z.object({ asks: phraseList, reminder: phraseList, readersNamed: phraseList, source: phraseList, amount: phraseList, contact: phraseList, qa: phraseList, greeting: phraseList, filing: phraseList }).strict(),
          applying: phraseList,
          named: phraseList,
          invitation: z.object({ letters: phraseList, invites: phraseList, writes: phraseList, toApply: phraseList, receiving: phraseList, tellsPeople: phraseList }).strict(),
          refutes: phraseList,
          result: phraseList,
          readers: phraseList,
          lengths: z
            .object({
              units: z.object({ sentences: phraseList, lines: phraseList, points: phraseList, words: phraseList }).strict(),
              about: z.array(plainKey),
              not: z.array(plainKey),
              said: z.array(plainKey),
            })
            .strict(),
        })
        .strict(),
      reference: z.record(
        z.string().regex(/^[a-z_]+$/),
        z
          .object({
            subject: phraseList,
            asks: phraseList.optional(),
            unless: phraseList.optional(),
            alone: z.union([z.literal(true), phraseList]).optional(),
            pairedAsks: z.object({ asks: phraseList, said: phraseList }).strict().optional(),
            posts: z.boolean().optional(),
            questions: z.object({ asks: phraseList, unless: phraseList }).strict().optional(),
            over: z.array(z.string().regex(/^[a-z_]+$/)).min(1).optional(),
            overNotOfClass: z.literal(true).optional(),
            overPaired: z.literal(true).optional(),
            yieldsTo: z.string().refine((id) => Object.hasOwn(TOPICS.supportsByWho, id), 'không phải mục của supportsByWho').optional(),
            leads: z.array(z.string().refine((id) => Object.hasOwn(TOPICS.supportsByWho, id), 'không phải mục của supportsByWho')).min(1).optional(),
            aged: z.literal(true).optional(),
            last: z.literal(true).optional(),
            // `asks`, or `always` (asked by the subject's words): one of them.
            brief: z
              .object({ asks: phraseList.optional(), always: z.literal(true).optional(), more: z.string().min(1), unless: phraseList.optional(), recognised: phraseList.optional() })
              .strict()
              .refine(({ asks, always }) => (asks === undefined) !== (always === undefined), 'brief: either asks or always: true')
              .optional(),
          })
          .strict()
          .refine((entry) => !entry.questions || entry.posts === true, 'questions: only for an entry read for posts'),
      ),
      referenceContext: phraseList,
      feeDemand: z.object({ verbs: phraseList, objects: phraseList, unless: phraseList, registering: phraseList, promised: phraseList }).strict(),
      changes: z.object({ asks: phraseList, yesNo: phraseList, passedYesNo: phraseList, timed: phraseList, newStandard: phraseList, indicators: phraseList, newIndicators: phraseList, compared: phraseList, replacedBy: phraseList, listedToo: phraseList }).strict(),
      smallTalk: z
        .object({
          greetings: phraseList,
          thanks: phraseList,
          acknowledgements: phraseList,
          sadEmoji: z.array(z.string().regex(/^\p{Extended_Pictographic}$/u)).min(1),
          identity: phraseList,
          nameTold: phraseList,
          around: z.array(plainKey),
        })
        .strict(),
      twoQuestions: z.object({ asks: phraseList }).strict(),
      followUp: z
        .object({
          refused: phraseList,
          whatNow: phraseList,
          whatNowAround: phraseList,
          recognition: phraseList,
          overdue: phraseList,
          still: phraseList,
          opens: phraseList,
          communePlaced: phraseList,
          asks: phraseList,
          bareAsks: phraseList,
          askingEnds: phraseList,
          askedTo: phraseList,
          changed: phraseList,
          placeAround: phraseList,
          aspects: z.record(z.enum(['amount', 'rate', 'duration', 'place', 'timing', 'papers', 'payer', 'both', 'travel']), phraseList),
          muchTold: phraseList,
          aspectFillers: phraseList,
          paperFiled: phraseList,
          courseFee: phraseList,
          refers: phraseList,
          markers: phraseList,
          loanAlone: z.object({ word: plainKey, support: z.string().min(1), asks: phraseList, amountAsked: phraseList, who: phraseList }).strict(),
          aspectCues: z.record(z.enum(['amount', 'rate', 'duration', 'place', 'timing', 'papers']), phraseList),
          verdictAgain: z.object({ asks: phraseList, around: phraseList }).strict(),
          vague: z.record(z.enum(['more', 'doubt', 'unclear']), phraseList),
        })
        .strict(),
      shorten: z.object({ asks: phraseList, printed: phraseList, around: z.array(plainKey), readers: phraseList, tighter: phraseList, plainer: phraseList, southern: phraseList, briefly: phraseList, friendly: phraseList, notUnderstood: phraseList, askedWith: phraseList }).strict(),
      sources: z.object({ source: phraseList, link: phraseList, around: z.array(plainKey) }).strict(),
      listCheck: z.object({ files: phraseList, asks: phraseList }).strict(),
      documents: z
        .object({
          types: z.record(plainKey, z.object({ name: z.string().min(1), forms: z.array(plainKey) }).strict()),
          overview: phraseList,
          overviewUnless: phraseList,
          validity: phraseList,
          inForce: phraseList,
          summary: phraseList,
          goalHeadings: phraseList,
          implementing: phraseList,
          purposeHeadings: phraseList,
          taskHeadings: phraseList,
          facts: phraseList,
          factsUnless: phraseList,
          partsAsked: phraseList,
          figureAsked: phraseList,
          incomeLine: phraseList,
          list: z
            .object({ anyType: phraseList, codes: phraseList, framing: phraseList, ownProvince: phraseList })
            .strict(),
        })
        .strict(),
      documentQuestions: z.array(plainKey),
      supportPayer: phraseList,
      inCharge: z.object({ asks: phraseList, around: phraseList, bodies: phraseList }).strict(),
    }).strict(),
    TOPICS,
  );
  const { loanAlone } = TOPICS.followUp;
  if (!Object.hasOwn(TOPICS.supports, loanAlone.support)) throw new LexiconError('topics.ts', loanAlone.support, 'followUp.loanAlone.support: không phải mã hỗ trợ trong supports');
  noneTwice('topics.ts (supports)', Object.entries(TOPICS.supports).flatMap(([id, words]) => words.map((word) => [word, id] as [string, string])));
  noneTwice('topics.ts (shortText)', [...TOPICS.shortText.asks, ...TOPICS.shortText.opens].map((word) => [word, 'shortText'] as [string, string]));
  noneTwice('scope.ts', SCOPE_WORDS.map((word) => [word, 'scope'] as [string, string]));
  noneTwice('english.ts', ENGLISH_WORDS.map((word) => [word, 'english'] as [string, string]));
  noneTwice('yes-no.ts', [
    ...(['yes', 'no', 'unsure'] as const).flatMap((answer) => YES_NO[answer].map((form) => [form, answer] as [string, string])),
    ...(['yes', 'no'] as const).flatMap((answer) => YES_NO.guesses[answer].map((form) => [form, `guesses.${answer}`] as [string, string])),
  ]);
  for (const word of YES_NO.leading.notLeading) {
    if (![...YES_NO.yes, ...YES_NO.no, ...YES_NO.unsure].includes(word)) throw new LexiconError('yes-no.ts', word, 'leading.notLeading: không phải một câu trả lời có/không');
  }
  for (const entry of SPOKEN) {
    for (const form of [...entry.forms, ...(entry.atEnd ?? []), ...(entry.atStart ?? [])]) {
      // An abbreviation of the documents ("kh" = kế hoạch) must not be read as chat.
      if (Object.hasOwn(ABBREVIATIONS, form)) throw new LexiconError('spoken.ts', form, 'cũng là viết tắt trong abbreviations.ts');
      if (form === entry.canonical) throw new LexiconError('spoken.ts', form, 'trùng với chữ viết chuẩn');
    }
    for (const phrase of entry.except ?? []) {
      if (!entry.forms.some((form) => phrase !== fold(form) && ` ${phrase} `.includes(` ${fold(form)} `))) {
        throw new LexiconError('spoken.ts', phrase, `ngoại lệ phải chứa một dạng của "${entry.canonical}" và thêm ít nhất một chữ`);
      }
    }
  }
  validateMoney(money);
  validatePlaces(places);
  validateHousehold(household);
  validateColumns(columns);
}

/**
 * One word of a phrase as the household and money readers split text: letters, or digits, or one of
 * "/", "+", "%", "₫" (digits stand apart from letters: "4G" is read as "4 g", "5tr" as "5 tr").
 */
const READER_WORD = /^(?:[a-z]+|\d+|[/+%₫])$/;

/** A list of folded phrases: each tidy, without diacritics, in the reader's words, none twice. */
function checkPhrases(section: string, list: string, phrases: Iterable<string>): void {
  const seen = new Set<string>();
  for (const phrase of phrases) {
    if (!isTidy(phrase) || fold(phrase) !== phrase) throw new LexiconError(section, phrase, `${list}: viết thường, không dấu, một dấu cách giữa các từ`);
    const odd = phrase.split(' ').find((word) => !READER_WORD.test(word));
    if (odd !== undefined) throw new LexiconError(section, phrase, `${list}: "${odd}" không phải một từ bộ đọc tách được (chữ số viết tách khỏi chữ cái, bỏ dấu gạch)`);
    if (seen.has(phrase)) throw new LexiconError(section, phrase, `${list}: ghi hai lần`);
    seen.add(phrase);
  }
}

/** Two lists that must not share a phrase (one word cannot mean both). */
function checkApart(section: string, [nameA, a]: [string, Iterable<string>], [nameB, b]: [string, Iterable<string>]): void {
  const inB = new Set(b);
  for (const phrase of a) if (inB.has(phrase)) throw new LexiconError(section, phrase, `thuộc cả ${nameA} lẫn ${nameB}`);
}

function checkNumbers(section: string, list: string, entries: Record<string, number>, ok: (value: number) => boolean, rule: string): void {
  checkPhrases(section, list, Object.keys(entries));
  for (const [phrase, value] of Object.entries(entries)) if (!ok(value)) throw new LexiconError(section, phrase, `${list}: ${value} — ${rule}`);
}

/** money.ts: units, digits, periods and income words; a word may not be both per person and a household total, both income and not. */
export function validateMoney(data: typeof money, section = 'money.ts'): void {
  checkNumbers(section, 'MONEY_UNITS', data.MONEY_UNITS, (value) => value > 0, 'phải là số dương');
  for (const value of new Set(Object.values(data.MONEY_UNITS))) {
    if (!Object.hasOwn(data.MONEY_UNIT_NAMES, value)) throw new LexiconError(section, String(value), 'MONEY_UNIT_NAMES thiếu tên của đơn vị này');
  }
  checkNumbers(section, 'DIGIT_WORDS', data.DIGIT_WORDS, (value) => Number.isInteger(value) && value >= 0 && value <= 9, 'phải là một chữ số 0–9');
  checkPhrases(section, 'PERIOD_WORDS', Object.keys(data.PERIOD_WORDS));
  for (const word of data.DIGIT_OR_FROM) if (data.DIGIT_WORDS[word] === undefined) throw new LexiconError(section, word, 'DIGIT_OR_FROM: không phải một từ chỉ chữ số');
  for (const word of Object.keys(data.ABOUT_OR_DIGIT)) if (data.DIGIT_WORDS[word] === undefined) throw new LexiconError(section, word, 'ABOUT_OR_DIGIT: không phải một từ chỉ chữ số');
  const lists: [string, Iterable<string>][] = [
    ['CURRENCY_WORDS', data.CURRENCY_WORDS], ['HALF_WORDS', data.HALF_WORDS], ['HALF_BEFORE_WORDS', data.HALF_BEFORE_WORDS], ['TEN_WORDS', data.TEN_WORDS], ['ODD_WORDS', data.ODD_WORDS],
    ['PERIOD_LEADS', data.PERIOD_LEADS], ['PERIOD_REACH_WORDS', data.PERIOD_REACH_WORDS], ['HARVEST_SOLD_WORDS', data.HARVEST_SOLD_WORDS], ['HARVEST_SALE_WORDS', data.HARVEST_SALE_WORDS], ['HARVEST_SALE_TOLD_PHRASES', data.HARVEST_SALE_TOLD_PHRASES], ['PERIOD_TRAILS', data.PERIOD_TRAILS], ['TIME_NOT_PERIOD_TRAILS', data.TIME_NOT_PERIOD_TRAILS], ['DATE_NUMBER_BEFORE', data.DATE_NUMBER_BEFORE], ['DATE_DAY_FOLLOWERS', data.DATE_DAY_FOLLOWERS], ['PER_PERSON_PHRASES', data.PER_PERSON_PHRASES], ['PER_PERSON_GAP_WORDS', data.PER_PERSON_GAP_WORDS],
    ['HOUSEHOLD_TOTAL_WORDS', data.HOUSEHOLD_TOTAL_WORDS], ['NO_INCOME_PHRASES', data.NO_INCOME_PHRASES], ['MONEY_LACKED_FOR_PHRASES', data.MONEY_LACKED_FOR_PHRASES], ['IRREGULAR_INCOME_PHRASES', data.IRREGULAR_INCOME_PHRASES], ['INCOME_CUES', data.INCOME_CUES],
    ['NOT_INCOME_PHRASES', data.NOT_INCOME_PHRASES], ['PAID_WORK_PHRASES', data.PAID_WORK_PHRASES], ['EARNER_WORDS', data.EARNER_WORDS], ['INCOME_NOUNS', data.INCOME_NOUNS],
    ['RESTATEMENT_PHRASES', data.RESTATEMENT_PHRASES], ['CORRECTION_PHRASES', data.CORRECTION_PHRASES], ['ONE_EARNER_PHRASES', data.ONE_EARNER_PHRASES],
    ['EACH_EARNER_WORDS', data.EACH_EARNER_WORDS], ['WORK_DAY_WORDS', data.WORK_DAY_WORDS], ['NOT_WORKED_BEFORE', data.NOT_WORKED_BEFORE], ['TEN_WORD', [data.TEN_WORD]], ['HUNDRED_WORD', [data.HUNDRED_WORD]], ['SUPPORT_AMOUNT_WORDS', data.SUPPORT_AMOUNT_WORDS], ['BILL_AMOUNT_WORDS', data.BILL_AMOUNT_WORDS], ['WHOSE_WORDS', data.WHOSE_WORDS], ['ADDED_INCOME_WORDS', data.ADDED_INCOME_WORDS],
    ['PERIODS_ALONE_AFTER', data.PERIODS_ALONE_AFTER], ['SPENDING_PHRASES', data.SPENDING_PHRASES], ['NOT_YEAR_BEFORE', data.NOT_YEAR_BEFORE], ['NOT_OPENING_WORDS', data.NOT_OPENING_WORDS],
    ['COMPACT_UNITS', Object.keys(data.COMPACT_UNITS)], ['UNIT_CURRENCY_WORDS', Object.keys(data.UNIT_CURRENCY_WORDS)], ['SLANG_UNITS', Object.keys(data.SLANG_UNITS)], ['GRADE_PHRASES', data.GRADE_PHRASES], ['OLD_WOMAN_AFTER', data.OLD_WOMAN_AFTER],
    ['DIGIT_OR_FROM', data.DIGIT_OR_FROM], ['RANGE_FROM_WORDS', data.RANGE_FROM_WORDS], ['AMOUNT_CLOSING_WORDS', data.AMOUNT_CLOSING_WORDS], ['APPROXIMATE_WORDS', data.APPROXIMATE_WORDS],
    ['INCOME_BOUNDS.below', data.INCOME_BOUNDS.below], ['INCOME_BOUNDS.above', data.INCOME_BOUNDS.above], ['INCOME_BOUNDS.aboveAfter', data.INCOME_BOUNDS.aboveAfter], ['INCOME_BOUNDS.afterAboveAfter', data.INCOME_BOUNDS.afterAboveAfter], ['INCOME_BOUNDS.about', data.INCOME_BOUNDS.about],
  ];
  for (const [name, phrases] of lists) checkPhrases(section, name, phrases);
  checkApart(section, ['ADDED_INCOME_WORDS', data.ADDED_INCOME_WORDS], ['RESTATEMENT_PHRASES', data.RESTATEMENT_PHRASES]);
  for (const word of data.TIME_NOT_PERIOD_TRAILS) if (!data.PERIOD_TRAILS.has(word)) throw new LexiconError(section, word, 'TIME_NOT_PERIOD_TRAILS: không có trong PERIOD_TRAILS');
  for (const word of data.PERIODS_ALONE_AFTER) if (data.PERIOD_WORDS[word] === undefined) throw new LexiconError(section, word, 'PERIODS_ALONE_AFTER: không phải từ chỉ kỳ (PERIOD_WORDS)');
  for (const unit of data.SHORT_MONEY_UNITS) if (data.MONEY_UNITS[unit] === undefined) throw new LexiconError(section, unit, 'SHORT_MONEY_UNITS: không phải đơn vị (MONEY_UNITS)');
  for (const [word, unit] of Object.entries(data.UNIT_CURRENCY_WORDS)) if (data.MONEY_UNITS[unit] === undefined) throw new LexiconError(section, word, `UNIT_CURRENCY_WORDS: “${unit}” không phải đơn vị (MONEY_UNITS)`);
  checkApart(section, ['MONEY_UNITS', Object.keys(data.MONEY_UNITS)], ['UNIT_CURRENCY_WORDS', Object.keys(data.UNIT_CURRENCY_WORDS)]);
  for (const [letter, unit] of Object.entries(data.COMPACT_UNITS)) if (data.MONEY_UNITS[unit] === undefined) throw new LexiconError(section, letter, `COMPACT_UNITS: “${unit}” không phải đơn vị (MONEY_UNITS)`);
  for (const [word, values] of Object.entries(data.SLANG_UNITS)) {
    if (values.length > 1 || values.some((value) => !(value > 0))) throw new LexiconError(section, word, 'SLANG_UNITS: một giá trị dương, hoặc [] (chưa rõ giá trị: hỏi lại)');
  }
  checkApart(section, ['MONEY_UNITS', Object.keys(data.MONEY_UNITS)], ['SLANG_UNITS', Object.keys(data.SLANG_UNITS)]);
  checkApart(section, ['PER_PERSON_PHRASES', data.PER_PERSON_PHRASES], ['HOUSEHOLD_TOTAL_WORDS', data.HOUSEHOLD_TOTAL_WORDS]);
  checkApart(section, ['INCOME_CUES', data.INCOME_CUES], ['NOT_INCOME_PHRASES', data.NOT_INCOME_PHRASES]);
  checkApart(section, ['EACH_EARNER_WORDS', data.EACH_EARNER_WORDS], ['EARNERS_TOGETHER_WORDS', data.EARNERS_TOGETHER_WORDS]);
  checkApart(section, ['MONEY_UNITS', Object.keys(data.MONEY_UNITS)], ['CURRENCY_WORDS', data.CURRENCY_WORDS]);
  checkApart(section, ['MONEY_UNITS', Object.keys(data.MONEY_UNITS)], ['PERIOD_WORDS', Object.keys(data.PERIOD_WORDS)]);
  checkApart(section, ['INCOME_BOUNDS.below', data.INCOME_BOUNDS.below], ['INCOME_BOUNDS.above', data.INCOME_BOUNDS.above]);
}

/** places.ts: a place word names one area, rural or urban, never both. */
export function validatePlaces(data: typeof places, section = 'places.ts'): void {
  for (const table of ['AREA_PHRASES', 'AREA_HEAD_WORDS', 'AREA_NUMBERED_WORDS'] as const) {
    checkPhrases(section, `${table}.rural`, data[table].rural);
    checkPhrases(section, `${table}.urban`, data[table].urban);
    checkApart(section, [`${table}.rural`, data[table].rural], [`${table}.urban`, data[table].urban]);
  }
  // A wider unit is one of the area words above (it only ranks below the finer ones); a short form writes out a unit word.
  const named = new Set([
    ...(['AREA_PHRASES', 'AREA_HEAD_WORDS', 'AREA_NUMBERED_WORDS'] as const).flatMap((table) => [...data[table].rural, ...data[table].urban]),
    ...data.MIXED_AREA_WORDS,
    ...data.VILLAGE_AREA_WORDS,
  ]);
  for (const area of ['rural', 'urban'] as const) {
    for (const word of data.AREA_AFTER_SIZE_WORDS[area]) {
      if (!data.AREA_HEAD_WORDS[area].includes(word)) throw new LexiconError(section, word, `AREA_AFTER_SIZE_WORDS.${area}: không phải từ đầu câu (AREA_HEAD_WORDS.${area})`);
    }
  }
  for (const [word, before] of Object.entries(data.NOT_UNIT_AFTER)) {
    if (!named.has(word)) throw new LexiconError(section, word, 'NOT_UNIT_AFTER: không phải từ chỉ nơi ở nào ở trên');
    checkPhrases(section, `NOT_UNIT_AFTER.${word}`, before);
  }
  checkPhrases(section, 'TITLE_AREA_UNITS.rural', data.TITLE_AREA_UNITS.rural);
  checkPhrases(section, 'TITLE_AREA_UNITS.urban', data.TITLE_AREA_UNITS.urban);
  checkApart(section, ['TITLE_AREA_UNITS.rural', data.TITLE_AREA_UNITS.rural], ['TITLE_AREA_UNITS.urban', data.TITLE_AREA_UNITS.urban]);
  for (const side of ['notAfter', 'notBefore'] as const) {
    for (const [word, others] of Object.entries(data.TITLE_AREA_UNITS[side])) {
      if (![...data.TITLE_AREA_UNITS.rural, ...data.TITLE_AREA_UNITS.urban].includes(word)) throw new LexiconError(section, word, `TITLE_AREA_UNITS.${side}: không phải đơn vị ở trên`);
      checkPhrases(section, `TITLE_AREA_UNITS.${side}.${word}`, others);
    }
  }
  checkPhrases(section, 'WIDER_AREA_WORDS', data.WIDER_AREA_WORDS);
  checkPhrases(section, 'DISTRICT_WORDS', data.DISTRICT_WORDS);
  for (const unit of data.DISTRICT_LEVEL_WRITTEN.units) if (unit !== unit.toLowerCase().normalize('NFC')) throw new LexiconError(section, unit, 'DISTRICT_LEVEL_WRITTEN.units: viết thường, có dấu như văn bản');
  for (const word of data.MIXED_AREA_WORDS) if (!data.DISTRICT_WORDS.includes(word)) throw new LexiconError(section, word, 'MIXED_AREA_WORDS: không phải đơn vị cấp huyện (DISTRICT_LEVEL_WRITTEN.units)');
  checkPhrases(section, 'MIXED_AREA_PHRASES', data.MIXED_AREA_PHRASES);
  checkApart(section, ['MIXED_AREA_PHRASES', data.MIXED_AREA_PHRASES], ['AREA_PHRASES', [...data.AREA_PHRASES.rural, ...data.AREA_PHRASES.urban]]);
  checkPhrases(section, 'AREA_LEADS', data.AREA_LEADS);
  for (const phrase of data.WIDER_AREA_WORDS) if (!named.has(phrase)) throw new LexiconError(section, phrase, 'WIDER_AREA_WORDS: không phải từ chỉ nơi ở nào ở trên');
  const { words, beforeNumber } = data.AREA_ABBREVIATIONS;
  checkPhrases(section, 'AREA_ABBREVIATIONS', Object.keys(words));
  for (const [short, unit] of Object.entries(words)) {
    if (!named.has(fold(unit)) && !named.has(fold(unit).split(' ')[0]!)) throw new LexiconError(section, short, `AREA_ABBREVIATIONS: “${unit}” không phải từ chỉ nơi ở nào ở trên`);
  }
  for (const short of beforeNumber) if (!Object.hasOwn(words, short)) throw new LexiconError(section, short, 'AREA_ABBREVIATIONS.beforeNumber: không có trong words');
  for (const thing of data.BRIDGE.things) if (thing !== thing.toLowerCase().normalize('NFC') || thing.includes(' ')) throw new LexiconError(section, thing, 'BRIDGE.things: một từ, viết thường, có dấu như khi gõ');
  // Where the household lives, not a member's place nor "xa" (far): the lists read by placeArea.
  checkPhrases(section, 'MEMBER_AWAY_BEFORE', data.MEMBER_AWAY_BEFORE);
  for (const [list, phrases] of Object.entries(data.FAR_AFTER_XA)) checkPhrases(section, `FAR_AFTER_XA.${list}`, phrases);
  for (const [list, phrases] of Object.entries(data.HOUSEHOLD_PLACE)) checkPhrases(section, `HOUSEHOLD_PLACE.${list}`, phrases);
}

/**
 * household.ts: member, family and negation words; family sizes 1–10, a family word in two tables with one
 * size; each deprivation phrase under one indicator and one kind (lacks or signs), unless an indicator
 * `overrides` the other (then it takes the shared words where both are in force).
 */
export function validateHousehold(data: typeof household, section = 'household.ts'): void {
  const lists: [string, Iterable<string>][] = [
    ['MEMBER_NOUNS', data.MEMBER_NOUNS], ['ALONE_PHRASES', data.ALONE_PHRASES], ['SINGLE_PARENT_PHRASES', data.SINGLE_PARENT_PHRASES], ['CHILD_NOUNS', data.CHILD_NOUNS], ['NOT_PEOPLE', data.NOT_PEOPLE],
    ['JOIN_WORDS', data.JOIN_WORDS], ['NEGATIONS', data.NEGATIONS], ['UNSURE_PHRASES', data.UNSURE_PHRASES], ['UNEXAMINED_WORDS', data.UNEXAMINED_WORDS], ['LIST_WORDS', data.LIST_WORDS], ['HAVE_WORDS', data.HAVE_WORDS], ['HAVE_CLOSINGS', data.HAVE_CLOSINGS],
    ['SMALL_CHILD_PHRASES', data.SMALL_CHILD_PHRASES], ['NOT_A_CHILD_AFTER', data.NOT_A_CHILD_AFTER], ['NOT_A_CHILD_BEFORE', data.NOT_A_CHILD_BEFORE],
    ['REFERENCE_WORDS', data.REFERENCE_WORDS], ['AGE_RANGE_WORDS', data.AGE_RANGE_WORDS], ['SPEAKER_WORDS', data.SPEAKER_WORDS],
    ['LIVE_WITH_PHRASES', data.LIVE_WITH_PHRASES], ['HOUSE_LIST_PHRASES', data.HOUSE_LIST_PHRASES], ['HOUSE_CHILDREN_KIN', Object.keys(data.HOUSE_CHILDREN_KIN)], ['OWN_HOUSE_PHRASES', data.OWN_HOUSE_PHRASES], ['SPEAKER_GROUPS', data.SPEAKER_GROUPS], ['CHILD_SPEAKER_PAIRS', data.CHILD_SPEAKER_PAIRS], ['CHILD_SPEAKER_HOUSE', data.CHILD_SPEAKER_HOUSE], ['ONE_PERSON_WORDS', data.ONE_PERSON_WORDS], ['KIN_IN_CONTEXT.words', data.KIN_IN_CONTEXT.words], ['KIN_IN_CONTEXT.after', data.KIN_IN_CONTEXT.after], ['KIN_BY_BIRTH_ORDER.kin', data.KIN_BY_BIRTH_ORDER.kin], ['KIN_BY_BIRTH_ORDER.order', data.KIN_BY_BIRTH_ORDER.order],
    ['SICK_MEMBER_PHRASES', data.SICK_MEMBER_PHRASES], ['ELECTRICITY_LACKS', data.ELECTRICITY_LACKS], ['ELECTRICITY_NOT_AFTER', data.ELECTRICITY_NOT_AFTER], ['ILLNESS_NAMED.named', data.ILLNESS_NAMED.named], ['ILLNESS_NAMED.notIllness', data.ILLNESS_NAMED.notIllness], ['ILLNESS_NAMED.grave', data.ILLNESS_NAMED.grave], ['ILLNESS_NAMED.selfBefore', data.ILLNESS_NAMED.selfBefore], ['ILLNESS_NAMED.selfNotAfter', data.ILLNESS_NAMED.selfNotAfter], ['PERSON_QUALIFIERS', data.PERSON_QUALIFIERS], ['MEMBER_GROUP_QUALIFIERS', data.MEMBER_GROUP_QUALIFIERS], ['COUNTED_CHILD_WORDS', data.COUNTED_CHILD_WORDS], ['NOT_AGE_AFTER', data.NOT_AGE_AFTER], ['MONTHS_TIME_AFTER', data.MONTHS_TIME_AFTER], ['FARMLAND.land', data.FARMLAND.land], ['FARMLAND.units', Object.keys(data.FARMLAND.units)], ['UNCOUNTED_PEOPLE', data.UNCOUNTED_PEOPLE], ['ALL_OF_WORDS', data.ALL_OF_WORDS],
    ['BEFORE_NEGATION_AFTER', data.BEFORE_NEGATION_AFTER], ['ASKED_FOR_BEFORE', data.ASKED_FOR_BEFORE], ['CHILD_GROUPS', data.CHILD_GROUPS], ['SMALL_CHILD_GROUPS', data.SMALL_CHILD_GROUPS], ['ONE_PERSON_CLASSIFIERS', data.ONE_PERSON_CLASSIFIERS], ['YOUNG_SCHOOL_LEVELS', data.YOUNG_SCHOOL_LEVELS], ['SCHOOL_GOING_WORDS', data.SCHOOL_GOING_WORDS],
    ...Object.entries(data.SERVICE_LACKS).map(([service, phrases]): [string, Iterable<string>] => [`SERVICE_LACKS.${service}`, phrases]),
    ...Object.entries(data.HOUSEHOLD_AWAY.absent).flatMap(([reason, { phrases, atClauseEnd, misread }]): [string, Iterable<string>][] => [
      [`HOUSEHOLD_AWAY.absent.${reason}`, phrases], [`HOUSEHOLD_AWAY.absent.${reason}.atClauseEnd`, atClauseEnd],
      [`HOUSEHOLD_AWAY.absent.${reason}.misread`, misread]]),
    ['HOUSEHOLD_AWAY.absent.prison.since.words', data.HOUSEHOLD_AWAY.absent.prison.since.words], ['HOUSEHOLD_AWAY.absent.prison.since.termThen', data.HOUSEHOLD_AWAY.absent.prison.since.termThen],
  ];
  for (const [name, phrases] of lists) checkPhrases(section, name, phrases);
  for (const [reason, { label }] of Object.entries(data.HOUSEHOLD_AWAY.absent)) {
    if (label.trim() === '' || label !== label.toLowerCase().normalize('NFC')) throw new LexiconError(section, reason, 'HOUSEHOLD_AWAY.absent: label viết thường, có dấu');
  }
  // A word is one person or an untold number of people, never both.
  checkApart(section, ['ONE_PERSON_WORDS', data.ONE_PERSON_WORDS], ['UNCOUNTED_PEOPLE', data.UNCOUNTED_PEOPLE]);
  const size = (value: number) => Number.isInteger(value) && value >= 1 && value <= 10;
  checkNumbers(section, 'GROUP_WORDS', data.GROUP_WORDS, size, 'số người phải từ 1 đến 10');
  checkNumbers(section, 'RELATIVE_PHRASES', data.RELATIVE_PHRASES, size, 'số người phải từ 1 đến 10');
  for (const group of data.SPEAKER_GROUPS) if (!Object.hasOwn(data.GROUP_WORDS, group)) throw new LexiconError(section, group, 'SPEAKER_GROUPS: không có trong GROUP_WORDS');
  for (const group of data.CHILD_SPEAKER_PAIRS) if (!Object.hasOwn(data.GROUP_WORDS, group)) throw new LexiconError(section, group, 'CHILD_SPEAKER_PAIRS: không có trong GROUP_WORDS');
  for (const group of data.SMALL_CHILD_GROUPS) if (!data.CHILD_GROUPS.includes(group)) throw new LexiconError(section, group, 'SMALL_CHILD_GROUPS: không có trong CHILD_GROUPS');
  for (const [phrase, value] of Object.entries(data.GROUP_WORDS)) {
    const other = data.RELATIVE_PHRASES[phrase];
    if (other !== undefined && other !== value) throw new LexiconError(section, phrase, `GROUP_WORDS nói ${value} người, RELATIVE_PHRASES nói ${other}`);
  }
  const owner = new Map<string, string>();
  for (const [indicator, words] of Object.entries(data.DEPRIVATION_WORDS)) {
    if (!/^[a-z_]+$/.test(indicator)) throw new LexiconError(section, indicator, 'DEPRIVATION_WORDS: mã chỉ số viết thường, chữ và dấu gạch dưới');
    for (const other of words.overrides ?? []) {
      if (!Object.hasOwn(data.DEPRIVATION_WORDS, other) || other === indicator) throw new LexiconError(section, other, `${indicator}.overrides: không phải một chỉ số khác trong DEPRIVATION_WORDS`);
    }
    const phrases = data.deprivationPhrases(words);
    checkPhrases(section, `${indicator}.${data.DEPRIVATION_WORD_KINDS.join(' + ')}`, phrases);
    for (const phrase of words.hadUnmet?.phrases ?? []) {
      if (![...(words.lacks ?? []), ...(words.maybe ?? [])].includes(phrase)) throw new LexiconError(section, phrase, `${indicator}.hadUnmet: không có trong lacks hay maybe của chỉ số`);
    }
    for (const phrase of words.ownBandOnly ?? []) {
      if (![...(words.lacks ?? []), ...(words.signs ?? [])].includes(phrase)) throw new LexiconError(section, phrase, `${indicator}.ownBandOnly: không có trong lacks hay signs của chỉ số`);
    }
    for (const phrase of phrases) {
      const previous = owner.get(phrase);
      owner.set(phrase, indicator);
      if (previous === undefined) continue;
      const overrides = (a: string, b: string) => data.DEPRIVATION_WORDS[a]!.overrides?.includes(b) === true;
      // A thing that meets one indicator may be what another lacks ("điện thoại thông minh": a means of information, a phone).
      const meets = (owner: string) => data.DEPRIVATION_WORDS[owner]!.meets?.includes(phrase) === true;
      if (!overrides(indicator, previous) && !overrides(previous, indicator) && !meets(indicator) && !meets(previous)) {
        throw new LexiconError(section, phrase, `thuộc cả "${previous}" lẫn "${indicator}" (ghi overrides nếu chỉ số mới thay chỉ số cũ)`);
      }
    }
  }
}

/**
 * columns.ts: every phrase tidy and folded ("…" only between words), none twice across columns, each
 * column a list column; a vague phrase names no column itself and points to list columns.
 */
export function validateColumns(data: typeof columns, section = 'columns.ts'): void {
  const known = new Set<string>(data.LIST_COLUMN_IDS);
  const pieces = (phrase: string) => phrase.split(' … ');
  const owner = new Map<string, string>();
  for (const { column, phrases } of data.LIST_COLUMNS) {
    if (!known.has(column)) throw new LexiconError(section, column, 'LIST_COLUMNS: không phải cột của danh sách (LIST_COLUMN_IDS)');
    for (const phrase of phrases) {
      checkPhrases(section, `${column}.phrases`, pieces(phrase));
      const previous = owner.get(phrase);
      if (previous !== undefined) throw new LexiconError(section, phrase, `thuộc cả cột ${previous} lẫn ${column}`);
      owner.set(phrase, column);
    }
  }
  checkPhrases(section, 'NOT_A_COLUMN', data.NOT_A_COLUMN);
  checkPhrases(section, 'NO_DEPRIVATION_WORDS', data.NO_DEPRIVATION_WORDS);
  checkPhrases(section, 'INDICATOR_COLUMN_PREFIXES', data.INDICATOR_COLUMN_PREFIXES);
  checkPhrases(section, 'LACK_COLUMN_PREFIXES', data.LACK_COLUMN_PREFIXES);
  for (const prefix of data.LACK_COLUMN_PREFIXES) {
    if (!data.INDICATOR_COLUMN_PREFIXES.includes(prefix)) throw new LexiconError(section, prefix, 'LACK_COLUMN_PREFIXES: không có trong INDICATOR_COLUMN_PREFIXES');
  }
  checkPhrases(section, 'DEPRIVED_MARKS', data.DEPRIVED_MARKS);
  checkPhrases(section, 'YES_MARKS', data.YES_MARKS);
  for (const mark of data.NOT_DEPRIVED_MARKS) {
    if (!data.NO_DEPRIVATION_WORDS.includes(mark)) throw new LexiconError(section, mark, 'NOT_DEPRIVED_MARKS: không có trong NO_DEPRIVATION_WORDS');
  }
  checkApart(section, ['DEPRIVED_MARKS/YES_MARKS', [...data.DEPRIVED_MARKS, ...data.YES_MARKS]], ['NO_DEPRIVATION_WORDS', data.NO_DEPRIVATION_WORDS]);
  checkApart(section, ['DEPRIVED_MARKS', data.DEPRIVED_MARKS], ['YES_MARKS', data.YES_MARKS]);
  for (const [name, list] of Object.entries({ MET_MARKS: data.MET_MARKS, UNMET_MARKS: data.UNMET_MARKS, HAS_LEGENDS: data.HAS_LEGENDS, HAS_MARKS: data.HAS_MARKS, HAS_NOT_MARKS: data.HAS_NOT_MARKS, MARK_CELL_SUBJECTS: Object.values(data.MARK_CELL_SUBJECTS) })) {
    checkPhrases(section, name, list);
  }
  checkApart(section, ['MET_MARKS/HAS_MARKS', [...data.MET_MARKS, ...data.HAS_MARKS]], ['UNMET_MARKS/HAS_NOT_MARKS/DEPRIVED_MARKS', [...data.UNMET_MARKS, ...data.HAS_NOT_MARKS, ...data.DEPRIVED_MARKS]]);
  for (const [name, list] of Object.entries({ INCOME_AVERAGE_WORDS: data.INCOME_AVERAGE_WORDS, INCOME_PERSON_WORDS: data.INCOME_PERSON_WORDS, INCOME_HOUSEHOLD_WORDS: data.INCOME_HOUSEHOLD_WORDS, NAME_HEADERS: data.NAME_HEADERS, ADDRESS_HEADERS: data.ADDRESS_HEADERS, ORDER_HEADERS: data.ORDER_HEADERS, RELATION_HEADERS: data.RELATION_HEADERS, HEAD_RELATIONS: data.HEAD_RELATIONS, MEMBER_RELATIONS: data.MEMBER_RELATIONS, NAME_TITLES: data.NAME_TITLES })) {
    checkPhrases(section, name, list);
  }
  checkApart(section, ['NAME_HEADERS', data.NAME_HEADERS], ['ADDRESS_HEADERS', data.ADDRESS_HEADERS]);
  for (const [name, list] of Object.entries({ FOOTER_TOTAL_PHRASES: data.FOOTER_TOTAL_PHRASES, FOOTER_TOTAL_ALONE: data.FOOTER_TOTAL_ALONE, FOOTER_TOTAL_TAILS: data.FOOTER_TOTAL_TAILS, FOOTER_TOTAL_COUNTS: data.FOOTER_TOTAL_COUNTS, COUNT_UNITS_HOUSEHOLDS: data.COUNT_UNITS.households, COUNT_UNITS_PEOPLE: data.COUNT_UNITS.people })) {
    checkPhrases(section, name, list);
  }
  for (const { phrase, columns: meant } of data.VAGUE_COLUMNS) {
    checkPhrases(section, 'VAGUE_COLUMNS', [phrase]);
    if (owner.has(phrase)) throw new LexiconError(section, phrase, `VAGUE_COLUMNS: đã là cột ${owner.get(phrase)}`);
    if (meant.length < 2 || meant.some((column) => !known.has(column))) throw new LexiconError(section, phrase, 'VAGUE_COLUMNS: cần từ hai cột của danh sách trở lên');
  }
}

