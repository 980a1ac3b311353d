/**
 * The channel-free conversation contract. Channels (telegram, zalo, web, terminal) turn their
 * platform's updates into `IncomingMessage`, call `ChatCore.handle`, and render `Reply` back.
 * Nothing here knows a platform exists.
 */

import type { AnswerKeeping } from './ports.ts';

export type ChannelName = 'telegram' | 'zalo' | 'web' | 'terminal';

export interface IncomingMessage {
  channel: ChannelName;
  /** Opaque, channel-scoped user id (as a string). Private sessions are keyed `${channel}:${userId}`. */
  userId: string;
  /** What the user typed: free text or a command line such as "/kiemtra nt 1.4tr bhyt". */
  text?: string;
  /** The `action` of a pressed button (see Button). */
  action?: string;
  /**
   * With `text`: the `asks` of the question the user saw when typing it (the last one the channel showed), when the
   * channel knows it (the web page). A typed answer to a question that is no longer the one waiting (another tab of
   * the same browser answered it) is then not taken for the question waiting now, as an old button is not.
   */
  answering?: string;
  /**
   * The channel's id of this message as its sender can name it later (the web page's id of the bubble): what the message
   * leaves in the store is found by it to be deleted ("/xoatin <id>", ChatStore.deleteMessage). Never stored raw.
   */
  messageId?: string;
  /** Sticker, photo, voice…: anything the assistant cannot read. */
  unsupported?: boolean;
  /** Group chat: the channel only forwards messages addressed to the bot or commands. */
  isGroup?: boolean;
  /**
   * The group chat's id (with isGroup): the user's session in a group is kept apart from their
   * private one, keyed `${channel}:${userId}:chat:${chatId}`, so a group message never replaces
   * what the private chat remembers.
   */
  chatId?: string;
  /** The channel's update or request id: the core's log lines for this message carry it as `traceId`. */
  traceId?: string;
  /**
   * The platform's id of this delivery (Telegram update_id, Zalo message_id), when the platform may
   * deliver it again (webhook retries, a restart before confirming): a delivery seen before, even
   * before a restart, is not answered again (`handle` returns no replies).
   */
  deliveryId?: string;
}

/** A run of text with at most one style. Channels escape and render it; the core never emits markup. */
export interface Span {
  text: string;
  style?: 'bold' | 'italic' | 'quote' | 'code';
  /** A link (absolute URL or a deep link the channel understands). */
  href?: string;
  /**
   * Its text tells to press one of its reply's buttons ("bấm “Chuẩn đầy đủ”", `labels` [that one]; "bấm một loại hộ", `labels`
   * the classes'): a channel that does not show them as buttons (a text channel: the terminal, Zalo; a reply whose buttons are
   * left off) says what to type instead: the numbers they are listed by ("gõ 1, 2 hoặc 3"), or "gõ `typed`" ("gõ /chuan 2027") when
   * none is listed (render.ts).
   */
  press?: { labels: readonly string[]; typed: string };
}

/** A choice. `action` is short ASCII (≤ 64 bytes, Telegram's callback-data limit). */
export interface Button {
  label: string;
  action: string;
}

export interface Reply {
  spans: Span[];
  /** Rows of buttons. Channels without buttons show them as numbered choices. */
  buttons?: Button[][];
  /**
   * When present, the answer can be shared: a channel builds a link from this token, used as the
   * deep-link payload as it is (`/start <shareToken>`, t.me/<bot>?start=<shareToken>).
   */
  shareToken?: string;
  /**
   * True on a text written to be pasted as it is (a short post for a Zalo group, a loudspeaker text, an invitation): a channel
   * that can offers to copy its text (the web page's "Sao chép bài").
   */
  post?: true;
  /**
   * False when the step expects a typed number (household members, income): channels without buttons
   * then list the buttons as words to type, not as numbered choices. Default true.
   */
  numberedChoices?: boolean;
  /**
   * True when the text itself lists the buttons by number ("Gõ số: 1. Đồng ý lưu · 2. Không lưu · 3. Hủy." for one who typed a
   * number that is none of them): a channel that shows buttons as numbered choices does not list them again.
   */
  choicesSaid?: true;
  /**
   * True on the reply that says the user's data was deleted, only once the store confirmed it: a channel that keeps
   * the user's id on their side (the web page's session id) lets go of it then, never before (an id dropped while the
   * deletion failed would leave the data behind with no way left to delete it).
   */
  erased?: true;
  /**
   * True on the reply to "/xoatin <id>" once the store confirmed the deletion (whether or not the message had left
   * anything): a channel that shows the user's own messages (the web page) removes that message from its screen and
   * from what it keeps in the browser, so a phone number typed in it is not shown again.
   */
  messageDeleted?: true;
  /**
   * Which question of the household check this reply asks (its position and step): a channel sends it back with the
   * text typed next (IncomingMessage.answering).
   */
  asks?: string;
}

/** An answer card for Telegram inline mode (and any channel that offers "share"). */
export interface InlineAnswer {
  id: string;
  title: string;
  description: string;
  reply: Reply;
}

export interface CommandInfo {
  command: string;
  description: string;
}

export interface ChatCore {
  /**
   * Handles one message for one user: loads and saves that user's session itself. Never throws, except
   * StoreUnavailableError (ports.ts) while the database cannot be reached: nothing was saved or answered.
   * With `keeping` (a channel that sends the answer after), a delivery's answer is kept in the outbox by the
   * write that marks the delivery answered (ports.ts: AnswerKeeping).
   */
  handle(message: IncomingMessage, keeping?: AnswerKeeping): Promise<Reply[]>;
  /** Answer cards for a query typed in Telegram inline mode. */
  inlineAnswers(query: string, limit?: number): InlineAnswer[];
  /** Commands to register with the platform (e.g. setMyCommands). */
  readonly commands: CommandInfo[];
  /**
   * The process stops deliberately (SIGTERM, the terminal chat's end; App.close): each check kept without consent whose
   * draft only this process's memory holds is marked as interrupted by a restart (ChatStore.markCheck, a negative step), so
   * its resident's next message is told the assistant was restarted, not that it failed. Never throws (logged).
   */
  stop?(): Promise<void>;
}
