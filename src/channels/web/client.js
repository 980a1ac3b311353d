// The web chat in the browser: sends what the user types or presses to POST /api/chat and shows
// the chat core's replies. Every text goes into the page with textContent, never as HTML.
(function () {
  'use strict';

  var SESSION_KEY = 'tro-ly-giam-ngheo.session';
  // What else the browser keeps for the session (each told where it is used below): a deletion not yet confirmed, the "Xóa tin
  // này" not yet confirmed, the messages not sent.
  var ERASE_KEY = 'tro-ly-giam-ngheo.erase';
  var ERASE_MESSAGES_KEY = 'tro-ly-giam-ngheo.erase-messages';
  var UNSENT_KEY = 'tro-ly-giam-ngheo.unsent';
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var sendButton = document.getElementById('send');
  var statusLine = document.getElementById('status');
  var busy = false;

  // A random id (18 bytes, base64url): the session's, and each typed message's.
  function newSessionId() {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    var text = '';
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // The id lives only in this browser (without localStorage, private mode, for the visit), with the time it was last used: unused
  // longer than anything kept under it may be on the server (data-id-days of the form: RETENTION's longest, WEB_SESSION_ID_DAYS),
  // it is forgotten with what the browser kept for it, and a new one is made. An id kept before it had a time (a bare id) is
  // timed from now.
  var SESSION_ID_MS = Number(form.getAttribute('data-id-days')) * 86400000;
  var SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

  function keptSessionId() {
    var raw = localStorage.getItem(SESSION_KEY);
    if (raw && SESSION_ID_PATTERN.test(raw)) return raw;
    var kept;
    try {
      kept = JSON.parse(raw || 'null');
    } catch (error) {
      kept = null;
    }
    if (!kept || typeof kept.id !== 'string' || !SESSION_ID_PATTERN.test(kept.id) || typeof kept.at !== 'number') return null;
    if (Date.now() - kept.at <= SESSION_ID_MS) return kept.id;
    [ERASE_KEY, ERASE_MESSAGES_KEY, UNSENT_KEY].forEach(function (key) {
      localStorage.removeItem(key);
    });
    return null;
  }

  // Marks the id used now (each message sent), so it lasts SESSION_ID_MS from its last use.
  function keepSessionId() {
    try {
      localStorage.setItem(SESSION_KEY, JSON.stringify({ id: sessionId, at: Date.now() }));
    } catch (error) {
      // Private mode: the id lasts for the visit.
    }
  }

  var sessionId = (function () {
    try {
      return keptSessionId() || newSessionId();
    } catch (error) {
      return newSessionId();
    }
  })();
  keepSessionId();

  function erasedBy(data) {
    return Boolean(data && data.replies && data.replies.some(function (reply) {
      return reply.erased === true;
    }));
  }

  // The server confirmed the deletion (a reply marked `erased`), however it was asked ("Xóa dữ liệu của tôi", "/xoadulieu"
  // typed, "xoa du lieu" and its "Xóa hết dữ liệu của tôi"): no retry left, and what the browser keeps goes (a message not
  // sent says "Tin đã xóa.", no "Gửi lại" left). From "Xóa dữ liệu của tôi" (`restart`) the conversation starts again, as its
  // confirmation says: what was typed before leaves the page too; the reply saying what was deleted is shown next.
  function erasedHere(restart) {
    erasePendingHere = false;
    stopRetrying();
    forgetUnsent();
    forgetSession();
    if (restart) log.textContent = '';
  }

  // Only once the server confirmed the deletion: an id dropped before would leave the data behind, with no way left to
  // delete it.
  function forgetSession() {
    sessionId = newSessionId();
    forgetTranscript();
    // Every message of the session went with it.
    messageDeletesHere = [];
    keepSessionId();
    try {
      localStorage.removeItem(ERASE_KEY);
      localStorage.removeItem(ERASE_MESSAGES_KEY);
      localStorage.removeItem(UNSENT_KEY);
    } catch (error) {
      // Nothing kept, nothing to forget.
    }
    unsentHere = [];
  }

  // A deletion the server has not confirmed (unreachable, or its database busy): the id it is for, kept in this browser
  // so it is sent again when the server is back (the `online` event, every ERASE_RETRY_MS, the next visit).
  var ERASE_RETRY_MS = 30000;
  var eraseTimer = null;
  var erasePendingHere = false;

  function erasePending() {
    try {
      return localStorage.getItem(ERASE_KEY) === sessionId;
    } catch (error) {
      return erasePendingHere;
    }
  }

  function setErasePending() {
    erasePendingHere = true;
    try {
      localStorage.setItem(ERASE_KEY, sessionId);
    } catch (error) {
      // Private mode: remembered for this visit only.
    }
    if (!eraseTimer) eraseTimer = setInterval(retryErase, ERASE_RETRY_MS);
  }

  function erase(echo, quiet) {
    forgetUnsent();
    return send({ text: '/xoadulieu', restart: true }, echo, quiet).then(function (data) {
      if (busyRefused(data) || erasedBy(data)) return;
      var first = !erasePending();
      setErasePending();
      if (first) {
        showNotice(
          'Chưa xóa được dữ liệu của bạn: yêu cầu xóa chưa tới được máy chủ hoặc máy chủ chưa xóa xong. Trang vẫn giữ phiên này ' +
            'và sẽ tự gửi lại yêu cầu xóa khi kết nối lại; khi xóa xong, bạn sẽ thấy dòng "Đã xóa toàn bộ dữ liệu".',
        );
      }
    });
  }

  function retryErase() {
    if (erasePending() && !busy) erase(undefined, true);
    else retryMessageDeletes();
  }

  // "Xóa tin này" the server has not confirmed (offline, server away): the message ids, kept in this browser with the
  // session they belong to, sent again as the whole deletion is (the `online` event, every ERASE_RETRY_MS, the next
  // visit) until the server says what it deleted. The ids are random, and carry nothing of what was typed.
  var messageDeletesHere = [];
  var messageBubbles = {};

  function pendingMessageDeletes() {
    try {
      var kept = JSON.parse(localStorage.getItem(ERASE_MESSAGES_KEY) || 'null');
      return kept && kept.sessionId === sessionId && Array.isArray(kept.ids) ? kept.ids : [];
    } catch (error) {
      return messageDeletesHere;
    }
  }

  function savePendingMessageDeletes(ids) {
    messageDeletesHere = ids;
    try {
      if (ids.length) localStorage.setItem(ERASE_MESSAGES_KEY, JSON.stringify({ sessionId: sessionId, ids: ids }));
      else localStorage.removeItem(ERASE_MESSAGES_KEY);
    } catch (error) {
      // Private mode: remembered for this visit only.
    }
  }

  // A typed message that never got through ("Chưa gửi được"): its id and text (nothing of the replies), kept in this browser
  // with the session it belongs to, so a reload or the next visit offers "Gửi lại"; dropped once it is sent, deleted,
  // or older than RETENTION.unsentHours (data-unsent-hours of the form).
  var UNSENT_MS = Number(form.getAttribute('data-unsent-hours')) * 3600000;
  var unsentHere = [];

  // What is still offered, the expired and another session's taken out of the browser too.
  function unsentMessages() {
    var kept;
    try {
      kept = JSON.parse(localStorage.getItem(UNSENT_KEY) || 'null');
    } catch (error) {
      kept = { sessionId: sessionId, messages: unsentHere };
    }
    var all = kept && kept.sessionId === sessionId && Array.isArray(kept.messages) ? kept.messages : [];
    var fresh = all.filter(function (message) {
      return typeof message.text === 'string' && Date.now() - message.at < UNSENT_MS;
    });
    if (kept && fresh.length !== kept.messages.length) saveUnsent(fresh);
    return fresh;
  }

  function saveUnsent(messages) {
    unsentHere = messages;
    try {
      if (messages.length) localStorage.setItem(UNSENT_KEY, JSON.stringify({ sessionId: sessionId, messages: messages }));
      else localStorage.removeItem(UNSENT_KEY);
    } catch (error) {
      // Private mode: remembered for this visit only.
    }
  }

  function unsentWith(key, value) {
    return unsentMessages().filter(function (message) {
      return message[key] === value;
    })[0];
  }

  // "Xóa dữ liệu của tôi", confirmed or not: what never reached the server leaves this browser and the page at once (a
  // deletion waiting for the server must not come back as "Gửi lại" after a reload).
  function forgetUnsent() {
    unsentMessages().forEach(function (message) {
      forgetMessage(messageBubbles[message.messageId], message.messageId);
    });
    saveUnsent([]);
  }

  function dropUnsent(messageId) {
    saveUnsent(unsentMessages().filter(function (message) {
      return message.messageId !== messageId;
    }));
  }

  // Sends "/xoatin <id>" (echo: the bubble "Xóa tin này", or quiet for a retry); resolves to whether the server confirmed
  // it. Not confirmed (no answer at all): kept for later, said once, the button says it waits.
  function deleteMessage(messageId, echo) {
    // Deleted by its writer: not offered to be sent again, whether or not the server answers.
    if (echo) {
      dropUnsent(messageId);
      markSent(messageBubbles[messageId]);
    }
    return send({ text: '/xoatin ' + messageId }, echo, !echo).then(function (data) {
      if (busyRefused(data)) return false;
      var deleted = data && data.replies.some(function (reply) {
        return reply.messageDeleted === true;
      });
      var pending = pendingMessageDeletes();
      if (deleted || data) {
        // Answered: deleted, or the server said why not (the answer is on the page); nothing to send again.
        savePendingMessageDeletes(pending.filter(function (id) {
          return id !== messageId;
        }));
        if (!pendingMessageDeletes().length && !erasePending()) stopRetrying();
        if (deleted) forgetMessage(messageBubbles[messageId], messageId);
        return deleted;
      }
      if (pending.indexOf(messageId) < 0) {
        savePendingMessageDeletes(pending.concat([messageId]));
        showNotice(
          'Chưa xóa được tin này: yêu cầu xóa chưa tới được máy chủ. Trang sẽ tự gửi lại yêu cầu xóa tin khi kết nối lại; ' +
            'khi xóa xong, tin sẽ được thay bằng dòng "Tin đã xóa.".',
        );
      }
      showWaiting(messageId);
      if (!eraseTimer) eraseTimer = setInterval(retryErase, ERASE_RETRY_MS);
      return false;
    });
  }

  function stopRetrying() {
    clearInterval(eraseTimer);
    eraseTimer = null;
  }

  // The button of a message whose deletion waits says so (and is not pressed again).
  function showWaiting(messageId) {
    var bubble = messageBubbles[messageId];
    var button = bubble && bubble.querySelector('.delete-message');
    if (!button) return;
    button.textContent = 'Đang chờ xóa (khi có mạng)';
    button.removeAttribute('aria-label');
    button.disabled = true;
  }

  // One at a time, in order; stops at the first one still not answered (still offline).
  function retryMessageDeletes() {
    var ids = pendingMessageDeletes();
    if (!ids.length || busy) return Promise.resolve();
    var next = function (index) {
      if (index >= ids.length) return Promise.resolve();
      return deleteMessage(ids[index]).then(function () {
        if (pendingMessageDeletes().indexOf(ids[index]) < 0) return next(index + 1);
      });
    };
    return next(0);
  }

  // What this tab showed (the user's messages and the replies), kept in sessionStorage (this tab only, gone when it is
  // closed; "Xóa dữ liệu của tôi" clears it) so a reload shows the conversation again: "(Đầy đủ ở câu trả lời phía
  // trên.)" then points at an answer still on the page, and a text meant to be copied is not lost.
  var TRANSCRIPT_KEY = 'tro-ly-giam-ngheo.transcript';
  var TRANSCRIPT_MAX = 60;
  var transcript = [];

  function keep(entry) {
    transcript.push(entry);
    if (transcript.length > TRANSCRIPT_MAX) transcript.splice(0, transcript.length - TRANSCRIPT_MAX);
    saveTranscript();
  }

  function saveTranscript() {
    try {
      sessionStorage.setItem(TRANSCRIPT_KEY, JSON.stringify({ sessionId: sessionId, entries: transcript }));
    } catch (error) {
      // Full or unavailable: the conversation is only on the page.
    }
  }

  function forgetTranscript() {
    transcript = [];
    try {
      sessionStorage.removeItem(TRANSCRIPT_KEY);
    } catch (error) {
      // Nothing kept.
    }
  }

  function restoreTranscript() {
    var kept = null;
    try {
      kept = JSON.parse(sessionStorage.getItem(TRANSCRIPT_KEY) || 'null');
    } catch (error) {
      kept = null;
    }
    if (!kept || kept.sessionId !== sessionId || !Array.isArray(kept.entries)) return;
    kept.entries.forEach(function (entry) {
      if (typeof entry.user === 'string') showUser(entry.user, entry.messageId);
      else if (entry.reply && Array.isArray(entry.reply.spans)) showReply(entry.reply);
    });
    var last = kept.entries[kept.entries.length - 1];
    asking = (last && last.reply && last.reply.asks) || null;
  }

  // The question of the household check the page shows last (Reply.asks): sent with what is typed next, so an answer
  // typed here to a question already answered in another tab is not taken for the next one.
  var asking = null;

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function addBubble(kind) {
    var bubble = document.createElement('div');
    bubble.className = 'msg ' + kind;
    log.appendChild(bubble);
    return bubble;
  }

  // A typed message carries the page's id for it (`messageId`): "Xóa tin này" on it sends "/xoatin <id>", which deletes
  // what that message left on the server (an unanswered question kept masked, a "Báo sai" report) and says what went.
  function showUser(text, messageId) {
    keep(messageId ? { user: text, messageId: messageId } : { user: text });
    var bubble = addBubble('user');
    bubble.appendChild(document.createElement('span')).textContent = text;
    if (messageId) {
      var remove = bubble.appendChild(document.createElement('button'));
      remove.type = 'button';
      remove.className = 'delete-message';
      // A small "Xóa" at the end of the message's last line (its tap area still 44px), named in full for screen readers.
      remove.textContent = 'Xóa';
      remove.setAttribute('aria-label', 'Xóa tin này');
      messageBubbles[messageId] = bubble;
      remove.addEventListener('click', function () {
        if (busy) return;
        deleteMessage(messageId, 'Xóa tin này');
      });
      if (pendingMessageDeletes().indexOf(messageId) >= 0) showWaiting(messageId);
      else if (unsentWith('messageId', messageId)) markUnsent(bubble, messageId, text);
    }
    scrollToEnd();
    return bubble;
  }

  // A message that never got through (no connection after every try) says so under it, not only in the notice below, with
  // "Gửi lại" (the same message id: answered once, should the first try have reached the server after all).
  function markUnsent(bubble, messageId, text) {
    if (bubble.classList.contains('unsent')) return;
    bubble.classList.add('unsent');
    var note = document.createElement('span');
    note.className = 'unsent-note';
    note.textContent = '⚠ Chưa gửi được';
    bubble.insertBefore(note, bubble.firstChild.nextSibling);
    if (!messageId) return;
    var again = document.createElement('button');
    again.type = 'button';
    again.className = 'resend';
    again.textContent = 'Gửi lại';
    again.addEventListener('click', function () {
      resend(messageId, text);
    });
    bubble.insertBefore(again, note.nextSibling);
  }

  function markSent(bubble) {
    if (!bubble) return;
    bubble.classList.remove('unsent');
    Array.prototype.forEach.call(bubble.querySelectorAll('.unsent-note, .resend'), function (node) {
      node.remove();
    });
  }

  // Resolves to the server's answer, or null (still unsent: the bubble keeps its mark and "Gửi lại").
  function resend(messageId, text) {
    return send({ text: text, messageId: messageId }).then(function (sent) {
      if (!sent || busyRefused(sent)) return null;
      dropUnsent(messageId);
      markSent(messageBubbles[messageId]);
      return sent;
    });
  }

  // Kept from an earlier visit whose tab is gone (a reload of the same tab shows them where they were): shown again, after
  // the greeting, each with "Gửi lại".
  function offerUnsent() {
    var left = unsentMessages().filter(function (message) {
      return !messageBubbles[message.messageId];
    });
    if (!left.length) return;
    showNotice('Tin bạn gõ trước đây chưa gửi được (mất mạng). Bấm “Gửi lại” dưới tin để gửi, hoặc “Xóa” để bỏ tin.');
    left.forEach(function (message) {
      showUser(message.text, message.messageId);
    });
  }

  // Once the server confirmed "/xoatin <id>": the message leaves the page and what this tab keeps, so what was typed in
  // it (a phone number, a name) is not shown again, here or after a reload.
  function forgetMessage(bubble, messageId) {
    delete messageBubbles[messageId];
    if (bubble) {
      bubble.textContent = '';
      bubble.classList.remove('unsent');
      bubble.classList.add('deleted');
      bubble.appendChild(document.createElement('em')).textContent = 'Tin đã xóa.';
    }
    transcript = transcript.filter(function (entry) {
      return entry.messageId !== messageId;
    });
    saveTranscript();
  }

  function showNotice(text) {
    var bubble = addBubble('notice');
    bubble.setAttribute('role', 'alert');
    bubble.textContent = text;
    scrollToEnd();
  }

  // Links only to the web or to this site; anything else (javascript:, data:…) stays plain text.
  function safeHref(href) {
    return /^(https?:\/\/|\/|\?)/i.test(href) ? href : null;
  }

  var STYLE_TAGS = { bold: 'strong', italic: 'em', quote: 'blockquote', code: 'code' };

  function renderSpan(span) {
    var node = document.createElement(STYLE_TAGS[span.style] || 'span');
    var href = span.href ? safeHref(span.href) : null;
    if (href) {
      var link = document.createElement('a');
      link.href = href;
      link.rel = 'noopener noreferrer';
      if (/^https?:/i.test(href)) link.target = '_blank';
      link.textContent = span.text;
      node.appendChild(link);
    } else {
      node.textContent = span.text;
    }
    return node;
  }

  function shareLink(token) {
    return location.origin + location.pathname + '?share=' + encodeURIComponent(token);
  }

  // A row under an answer ("Chia sẻ câu trả lời", "Sao chép bài"): its button, and the box what the button shows goes in.
  function actionBox(bubble, label, onClick) {
    var box = document.createElement('div');
    box.className = 'share';
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', function () {
      onClick(box);
    });
    box.appendChild(button);
    bubble.appendChild(box);
  }

  function renderShare(bubble, token) {
    actionBox(bubble, 'Chia sẻ câu trả lời', function (box) {
      var url = shareLink(token);
      var field = box.querySelector('input');
      if (!field) {
        var id = 'share-' + token;
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = 'Đường dẫn để gửi cho người khác:';
        field = document.createElement('input');
        field.id = id;
        field.readOnly = true;
        field.value = url;
        box.appendChild(label);
        box.appendChild(field);
      }
      field.focus();
      field.select();
      if (navigator.share) {
        navigator.share({ title: 'Trợ lý Giảm nghèo', url: url }).catch(function () {});
      } else if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(function () {
          statusLine.textContent = 'Đã sao chép đường dẫn.';
        }, function () {});
      }
    });
  }

  // A short post (reply.post) is pasted as it is into a Zalo group: "Sao chép bài" copies its text. The clipboard needs a
  // secure context (https, localhost); on plain http the text is shown in a box, selected, and copied the old way where the
  // browser still allows it, else the user copies the selection (long-press).
  function renderCopy(bubble, text) {
    actionBox(bubble, 'Sao chép bài', function (box) {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          statusLine.textContent = 'Đã sao chép bài.';
        }, function () {
          selectPost(box, text);
        });
      } else {
        selectPost(box, text);
      }
    });
  }

  function selectPost(box, text) {
    var field = box.querySelector('textarea');
    if (!field) {
      var label = document.createElement('label');
      label.textContent = 'Nội dung bài (đã chọn sẵn để sao chép):';
      field = document.createElement('textarea');
      field.readOnly = true;
      field.rows = 6;
      field.value = text;
      label.appendChild(field);
      box.appendChild(label);
    }
    field.focus();
    field.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (error) {
      copied = false;
    }
    statusLine.textContent = copied ? 'Đã sao chép bài.' : 'Bài đã được chọn: bấm giữ (hoặc Ctrl+C) để sao chép.';
  }

  // Rows of one button each (a check question's answers) flow into one line of chips, wrapped where they need to; a row of
  // several ("Quay lại", "Hủy") stays a line of its own.
  function renderButtons(bubble, rows) {
    var box = document.createElement('div');
    box.className = 'choices';
    var line = null;
    var single = false;
    rows.forEach(function (row) {
      if (!(single && row.length === 1)) {
        line = box.appendChild(document.createElement('div'));
        line.className = 'row';
      }
      single = row.length === 1;
      row.forEach(function (choice) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.addEventListener('click', function () {
          send({ action: choice.action }, choice.label);
        });
        line.appendChild(button);
      });
    });
    bubble.appendChild(box);
    bubble.classList.add('with-choices');
  }

  // A reply is read as paragraphs: each of its lines its own block, a little apart, and a "• " line indented under its
  // bullet when it wraps (on a 360px phone a bullet runs to five lines). A quotation arrives as quote spans with its
  // matched words as bold spans in between: they are rendered inside one blockquote, not as a quote broken at every
  // highlighted word.
  function renderSpans(bubble, spans) {
    var line = null;
    var quote = null;
    var startLine = function () {
      line = bubble.appendChild(document.createElement('div'));
      line.className = 'line';
      quote = null;
    };
    spans.forEach(function (span, index) {
      var next = spans[index + 1];
      if (!line) startLine();
      if (span.style === 'quote') {
        if (!quote) quote = line.appendChild(document.createElement('blockquote'));
        quote.appendChild(renderSpan({ text: span.text, href: span.href }));
      } else if (quote && next && next.style === 'quote') {
        quote.appendChild(renderSpan(span));
      } else {
        quote = null;
        span.text.split('\n').forEach(function (part, lineIndex) {
          if (lineIndex > 0) startLine();
          if (!part) return;
          // A line's bullet may come at the start of its first span or of a later one (after a span ending in "\n").
          if (!line.firstChild && /^\s*•/.test(part)) line.classList.add('item');
          line.appendChild(renderSpan({ text: part, style: span.style, href: span.href }));
        });
      }
    });
  }

  function showReply(reply) {
    keep({ reply: reply });
    var bubble = addBubble('bot');
    renderSpans(bubble, reply.spans || []);
    if (reply.buttons && reply.buttons.length) renderButtons(bubble, reply.buttons);
    if (reply.post) renderCopy(bubble, (reply.spans || []).map(function (span) { return span.text; }).join(''));
    if (reply.shareToken) renderShare(bubble, reply.shareToken);
    return bubble;
  }

  function setBusy(value) {
    busy = value;
    sendButton.disabled = value;
    log.setAttribute('aria-busy', value ? 'true' : 'false');
    statusLine.textContent = value ? 'Đang trả lời…' : '';
  }

  // One message at a time, so the core sees the user's steps in order. Resolves to the server's answer, null when
  // there is none (shown as a notice, unless `quiet`), or BUSY when another message was still on its way.
  var BUSY = { busy: true };
  function busyRefused(data) {
    return data === BUSY;
  }

  function send(message, echo, quiet) {
    if (busy) return Promise.resolve(BUSY);
    var echoed = echo ? showUser(echo, message.messageId) : null;
    setBusy(true);
    var body = { sessionId: sessionId };
    keepSessionId();
    if (message.text !== undefined) body.text = message.text;
    // Every message carries an id (a typed one its bubble's), so a retry of it is answered once (the server keeps its answer).
    body.messageId = message.messageId !== undefined ? message.messageId : newSessionId();
    if (message.action !== undefined) body.action = message.action;
    if (message.text !== undefined && asking) body.answering = asking;
    return post(JSON.stringify(body), 1)
      .then(function (response) {
        return readJson(response).then(function (data) {
          if (!response.ok) throw new Error(errorMessage(data));
          return data;
        }).catch(function (error) {
          // Not answered: a proxy's 502/504 (the server stopped or restarting behind it), a 503 after every try. The message
          // is kept to send again, as when the network is down.
          if (RETRIED_STATUS[response.status]) error.notAnswered = true;
          throw error;
        });
      })
      .then(function (data) {
        if (erasedBy(data)) erasedHere(message.restart);
        var bubbles = data.replies.map(showReply);
        var last = data.replies[data.replies.length - 1];
        asking = (last && last.asks) || null;
        // Long answers are read from their start, so the first new reply is scrolled to the top.
        if (bubbles.length) log.scrollTop = bubbles[0].offsetTop - 8;
        return data;
      })
      .catch(function (error) {
        if (echoed && (error instanceof TypeError || error.notAnswered)) {
          if (message.messageId && message.text !== undefined) {
            dropUnsent(message.messageId);
            saveUnsent(unsentMessages().concat([{ messageId: message.messageId, text: message.text, at: Date.now() }]));
          }
          markUnsent(echoed, message.messageId, message.text);
        }
        if (!quiet) showNotice(failureMessage(error));
        return null;
      })
      .then(function (sent) {
        setBusy(false);
        return sent;
      });
  }

  // The same request, with the same message id, sent again while no answer came: the connection dropped (a cheap phone on
  // a weak signal), no answer begun after SEND_WAIT_MS (a 2G signal that stalls, a server gone without closing the
  // connection: not "Đang trả lời…" for ever with the box locked), an answer begun but not whole after ANSWER_WAIT_MS (its
  // stream stalled half-way), or a RETRIED_STATUS, after its Retry-After or a growing wait. The server answers it once (a
  // retry is given the answer it kept); what came last is shown.
  var SEND_TRIES = 4;
  var SEND_WAIT_MS = 20000;
  // HTTP_DEFAULTS.webAnswerWaitMs (data-answer-wait-ms of the form).
  var ANSWER_WAIT_MS = Number(form.getAttribute('data-answer-wait-ms'));
  var ANSWER_CUT = 'Câu trả lời bị ngắt giữa chừng (mạng yếu hoặc máy chủ chậm) nên chưa hiện hết. Bạn vui lòng gửi lại tin nhắn sau ít phút.';
  // 503 (being answered, the database a moment away), and a proxy's 502/504 while the server behind it restarts.
  var RETRIED_STATUS = { 502: true, 503: true, 504: true };
  // Resolves to the response with its whole body read (a Response again), within ANSWER_WAIT_MS of the try's start.
  function post(body, attempt) {
    var again = function (seconds) {
      return new Promise(function (resolve) {
        setTimeout(resolve, seconds * 1000);
      }).then(function () {
        return post(body, attempt + 1);
      });
    };
    var stalled = new AbortController();
    var begun = false;
    var timer = setTimeout(function () {
      stalled.abort();
    }, SEND_WAIT_MS);
    var whole = setTimeout(function () {
      stalled.abort();
    }, ANSWER_WAIT_MS);
    var done = function () {
      clearTimeout(timer);
      clearTimeout(whole);
    };
    return fetch('api/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body, signal: stalled.signal })
      .then(function (response) {
        begun = true;
        clearTimeout(timer);
        // The answer's stream is read under the same signal: a stall after its start ends at ANSWER_WAIT_MS.
        return response.text().then(function (text) {
          return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
        });
      })
      .then(
        function (response) {
          done();
          if (!RETRIED_STATUS[response.status] || attempt >= SEND_TRIES) return response;
          var wait = Number(response.headers.get('Retry-After'));
          return again(wait > 0 && wait <= 10 ? wait : attempt);
        },
        function (error) {
          done();
          if (attempt >= SEND_TRIES) {
            if (!begun || !stalled.signal.aborted) throw stalled.signal.aborted ? new TypeError('stalled') : error;
            // Begun, never whole: said as such, and the message kept to send again.
            var cut = new Error(ANSWER_CUT);
            cut.notAnswered = true;
            throw cut;
          }
          // The resident sees why the answer is slow to come, not only "Đang trả lời…".
          statusLine.textContent = 'Mạng yếu, đang gửi lại (lần ' + (attempt + 1) + '/' + SEND_TRIES + ')…';
          return again(attempt);
        },
      );
  }

  // The server's JSON, or, when something in between (a proxy's 502 page, a cut connection) sent no JSON,
  // an error the user can read instead of the browser's English parse message.
  function readJson(response) {
    return response.json().catch(function () {
      throw new Error('Máy chủ đang bận hoặc gặp sự cố (mã ' + response.status + '). Bạn vui lòng thử lại sau ít phút.');
    });
  }

  function errorMessage(data) {
    return (data && data.error && data.error.message) || 'Đã có lỗi, vui lòng thử lại.';
  }

  function failureMessage(error) {
    return error instanceof TypeError ? 'Tin nhắn chưa gửi được. Không kết nối được máy chủ (mạng yếu hoặc mất mạng): bạn kiểm tra mạng rồi thử lại.' : error.message;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || busy) return;
    input.value = '';
    fitInput();
    // The same words as a message on the page that did not go (put back in the box, typed again): that one is sent again,
    // not a second bubble.
    var earlier = unsentWith('text', text);
    var sending = earlier && messageBubbles[earlier.messageId] ? resend(earlier.messageId, text) : send({ text: text, messageId: newSessionId() }, text);
    sending.then(function (sent) {
      // What was typed is not lost when it could not be answered (too long, server away): it is back in the box.
      if ((!sent || busyRefused(sent)) && !input.value) {
        input.value = text;
        fitInput();
      }
      input.focus();
    });
  });

  // The box grows with what is typed (up to its CSS max-height), as in messaging apps.
  function fitInput() {
    input.style.height = 'auto';
    if (input.value) input.style.height = input.scrollHeight + (input.offsetHeight - input.clientHeight) + 'px';
  }
  input.addEventListener('input', fitInput);

  // Enter sends, Shift+Enter starts a new line (as in messaging apps).
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  document.getElementById('menu').addEventListener('click', function () {
    send({ text: '/start' }, 'Menu');
  });

  // "Trợ lý lưu gì về tôi?" under the notice: asked in the chat, which answers what it keeps, how long, how to delete it.
  var privacyButton = document.getElementById('privacy');
  privacyButton.addEventListener('click', function () {
    var question = privacyButton.getAttribute('data-ask');
    privacyButton.closest('details').open = false;
    send({ text: question, messageId: newSessionId() }, question);
  });

  document.getElementById('forget').addEventListener('click', function () {
    if (busy || !window.confirm('Xóa mọi dữ liệu trợ lý đang lưu về bạn? Cuộc trò chuyện này sẽ bắt đầu lại.')) return;
    erase('Xóa dữ liệu của tôi');
  });
  window.addEventListener('online', retryErase);

  // "Kiểm tra danh sách hộ": the file goes to POST /api/batch (checked, never kept); the result file comes back to
  // download, with a short summary from its X-Batch-Summary header.
  var batchForm = document.getElementById('batch');
  var batchResult = document.getElementById('batch-result');
  var batchButton = document.getElementById('batch-send');
  var resultUrl = null;

  function classLines(lines, classes) {
    classes.forEach(function (entry) {
      lines.push('- ' + entry.label.charAt(0).toUpperCase() + entry.label.slice(1) + ': ' + entry.count);
    });
  }

  // The classes under the standard each row's date falls under, named: a list spanning 01/01/2027 is counted apart for
  // the 2026 and the 2027–2030 standard (as cli batch says it), never added together.
  function batchSummary(counts) {
    var lines = ['Đã kiểm tra ' + counts.rows + ' dòng: ' + counts.classified + ' hộ đã phân loại, ' + counts.rejected + ' dòng lỗi chưa phân loại.'];
    // Rows on sheets not read come first, never after the notes (tryout51 F2).
    if (counts.unreadSheets) lines.unshift(counts.unreadSheets);
    var standards = counts.standards || [];
    if (standards.length > 1) {
      lines.push('Các dòng có ngày xét thuộc nhiều chuẩn; số hộ theo từng chuẩn:');
      standards.forEach(function (standard) {
        lines.push(standard.name + ', ' + standard.dates + ': ' + standard.households + ' hộ');
        classLines(lines, standard.classes);
      });
    } else {
      if (standards.length === 1) lines.push('Chuẩn áp dụng: ' + standards[0].name + '; ' + standards[0].dates + '.');
      classLines(lines, counts.classes);
    }
    (counts.nextStandards || []).forEach(function (standard) {
      lines.push('Theo chuẩn mới từ ' + standard.from + ': ' + standard.name + ' (cột chuan_moi_* của tệp kết quả), ' + standard.households + ' hộ có ' + standard.dates + ':');
      classLines(lines, standard.classes);
    });
    if (counts.footer > 0) lines.push('Không tính ' + counts.footer + ' dòng tổng cộng, chữ ký (không phải hộ).');
    if (counts.subtotals > 0) lines.push('Không tính ' + counts.subtotals + ' dòng cộng theo ấp, thôn giữa danh sách (không phải hộ).');
    if (counts.sections > 0) lines.push('Không tính ' + counts.sections + ' dòng tên nhóm (I, II… ấp, thôn) giữa danh sách (không phải hộ).');
    if (counts.blank > 0) lines.push('Không tính ' + counts.blank + ' dòng trống.');
    if ((counts.blankFormRows || []).length > 0) {
      lines.push('Không tính ' + counts.blankFormRows.length + ' dòng trống của mẫu, chỉ có số thứ tự (dòng ' + counts.blankFormRows.join(', ') + '): nếu có hộ ở các dòng đó, hãy ghi đủ thông tin của hộ.');
    }
    if (counts.members > 0) lines.push('Không tính riêng ' + counts.members + ' dòng thành viên của hộ ở dòng trên (dưới ô mã hộ gộp, cùng mã hộ ghi lại, hoặc ghi dưới dòng chủ hộ).');
    if ((counts.countRows || []).length > 0) lines.push('Không tính ' + counts.countRows.length + ' dòng chỉ có số đếm (không phải hộ): ' + counts.countRows.join('; ') + '.');
    if ((counts.totalDiffers || []).length > 0) lines.push('Cần xem lại dòng tổng cộng, số khác với số đếm được: ' + counts.totalDiffers.join('; ') + '.');
    // The households of each thôn/ấp, and the refused rows by kind of reason (round 18).
    if (counts.villages) {
      lines.push(counts.villages.title + ':');
      counts.villages.lines.forEach(function (line) {
        lines.push('- ' + line);
      });
    }
    if ((counts.refusedReasons || []).length > 0) {
      lines.push('Dòng lỗi theo lý do:');
      counts.refusedReasons.forEach(function (reason) {
        lines.push('- ' + reason);
      });
    }
    if (counts.rejected > 0) {
      lines.push('Dòng lỗi (lý do ở cột ly_do của tệp kết quả):');
      counts.problems.forEach(function (problem) {
        lines.push('- ' + problem);
      });
      if (counts.rejected > counts.problems.length) lines.push('- … và ' + (counts.rejected - counts.problems.length) + ' dòng khác trong tệp kết quả.');
    }
    (counts.notes || []).forEach(function (note) {
      lines.push(note);
    });
    return lines.join('\n');
  }

  batchForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('batch-file').files[0];
    if (!file) return;
    var body = new FormData();
    body.append('file', file, file.name);
    var date = document.getElementById('batch-date').value.trim();
    if (date) body.append('date', date);
    var format = document.getElementById('batch-format').value;
    if (format) body.append('format', format);
    // The result's header row in Vietnamese words (cli batch --readable-headers); the column ids are the default.
    var headers = document.getElementById('batch-headers').value;
    if (headers) body.append('headers', headers);
    batchButton.disabled = true;
    batchResult.textContent = 'Đang kiểm tra danh sách…';
    if (resultUrl) URL.revokeObjectURL(resultUrl);
    resultUrl = null;
    fetch('api/batch', { method: 'POST', body: body })
      .then(function (response) {
        if (!response.ok) {
          return readJson(response).then(function (data) {
            throw new Error(errorMessage(data));
          });
        }
        var counts = JSON.parse(response.headers.get('X-Batch-Summary') || '{}');
        return response.blob().then(function (blob) {
          batchResult.textContent = batchSummary(counts);
          resultUrl = URL.createObjectURL(blob);
          var link = document.createElement('a');
          link.id = 'batch-download';
          link.href = resultUrl;
          link.download = counts.fileName || 'ket-qua';
          link.textContent = 'Tải tệp kết quả (' + (counts.fileName || 'ket-qua') + ')';
          batchResult.appendChild(document.createElement('br'));
          batchResult.appendChild(link);
        });
      })
      .catch(function (error) {
        batchResult.textContent = '';
        var line = document.createElement('p');
        line.className = 'error';
        line.setAttribute('role', 'alert');
        line.textContent = failureMessage(error);
        batchResult.appendChild(line);
      })
      .then(function () {
        batchButton.disabled = false;
      });
  });

  // A shared link (?share=<token>) opens the shared answer; otherwise the welcome and menu.
  var shared = new URLSearchParams(location.search).get('share');
  if (shared) history.replaceState(null, '', location.pathname);
  restoreTranscript();
  var greet = function () {
    return send({ text: shared ? '/start ' + shared : '/start' });
  };
  // A deletion still waiting from an earlier visit is sent first, then the page greets (under the new id once it is done).
  var started;
  if (erasePending()) {
    showNotice('Trang đang gửi lại yêu cầu xóa dữ liệu bạn đã bấm trước đây.');
    setErasePending();
    started = erase(undefined, true).then(greet);
  } else if (pendingMessageDeletes().length) {
    showNotice('Trang đang gửi lại yêu cầu xóa tin bạn đã bấm trước đây.');
    started = retryMessageDeletes().then(function () {
      if (pendingMessageDeletes().length && !eraseTimer) eraseTimer = setInterval(retryErase, ERASE_RETRY_MS);
      return greet();
    });
  } else {
    started = greet();
  }
  started.then(offerUnsent);
})();
