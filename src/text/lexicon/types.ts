/** The shapes of the lexicon's sections; check.ts checks every section against them (at build). */

/** A spoken or chat form and the written word it stands for (see spoken.ts for how forms match). */
export interface SpokenEntry {
  /** The written word or phrase, with diacritics. */
  canonical: string;
  /** Forms read as `canonical` wherever they stand. */
  forms: readonly string[];
  /** Forms read as `canonical` only as the last word of a message. */
  atEnd?: readonly string[];
  /** Forms read as `canonical` only as the first word of a message. */
  atStart?: readonly string[];
  /**
   * Read as `canonical` only ending a clause (the message, or before a comma or a full stop) or followed by one of these phrases,
   * without diacritics ("trường tư" before "thì", "có", "học phí": the private school; "trường từ nhà" is from).
   */
  followedBy?: readonly string[];
  /** Read as `canonical` only in a message ending with one of these phrases, without diacritics ("mô có ai … giúp ko": asked). */
  messageEnds?: readonly string[];
  /** Phrases, without diacritics and holding the form ("vo chong", "cuoi vo"), in which the form keeps its own meaning; `#` is any word starting with a digit. */
  except?: readonly string[];
  /** A word without content (vậy, rồi): search leaves it out. */
  particle?: boolean;
  /**
   * A particle whose written word, typed as is with its marks, is left out too: "vậy" folds to "vay" (a loan), so search would
   * read "là gì vậy" as a loan asked. Not "thôi" ("thôi hưởng": stop receiving, content).
   */
  typed?: boolean;
  /**
   * A short form commune cadres write too ("HN", "HCN", "NCT"): read as `canonical` all the same, but no sign that a resident typed
   * the message (wordingOf, index.ts).
   */
  cadres?: boolean;
}

/** How a short reply to a yes/no question is read. */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
  unsure: readonly string[];
  /** A guess, by the answer it leans to ("chắc là có": yes), taken as that answer and said back (yes-no.ts). */
  guesses: { yes: readonly string[]; no: readonly string[] };
  /** How an answer starting with yes/no words and going on is read (yes-no.ts). */
  leading: { notLeading: readonly string[]; noOneAfter: readonly string[]; asksAtEnd: readonly string[]; addressAfter: readonly string[]; asksAnywhere: readonly string[] };
  /** Words addressing the bot after a whole short reply ("răng không bạn"): the reply is still an answer (yes-no.ts). */
  addressAtEnd: readonly string[];
}

/** Province names as people write them. */
export interface ProvinceWords {
  /** Words before a name that do not belong to it: "tỉnh Hưng Yên" is Hưng Yên. */
  prefixes: readonly string[];
  /** Other names for a province, by the name used in documents and rules data. */
  otherNames: Readonly<Record<string, readonly string[]>>;
  /** Words (without diacritics) asking which province a former one belongs to since 01/7/2025: "thuộc tỉnh nào". */
  mergeAsks: readonly string[];
  /** With a merger word and no province named, a commune merged: "xã tui bị sáp nhập rồi". */
  communeWords: readonly string[];
  /** Right after the commune-merger note, words of the merged commune ("xã cũ", "đăng ký lại"): its unknown line, whom to ask. */
  afterMerger: readonly string[];
  /** Of those, registering again ("phải đăng ký lại"): whether it is needed is not in the data, whom to ask. */
  registerAgain: readonly string[];
  /** Words that hold a merger or commune word without saying one ("thu nhập tính" holds "nhập tỉnh", "xã hội" holds "xã"). */
  notMerge: readonly string[];
}
