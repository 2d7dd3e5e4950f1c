/*
 * Skrivvakt writing assistant: underlines what does not belong in school documentation
 * while the teacher types, in a <textarea> or a contenteditable element.
 *
 * One file, no dependencies, no build step, a classic script (not a module) so that a
 * host platform can embed it cross-origin with two lines:
 *
 *   <script src="https://skrivvakt.example/static/skrivvakt-widget.js" defer></script>
 *   <textarea data-skrivvakt></textarea>
 *
 * The service URL is the script's own origin unless the script tag has
 * `data-service="…"` or the element has `data-skrivvakt="https://…"`.
 * Skrivvakt's own editor page (index.html + editor.js) uses the same code through
 * `Skrivvakt.attach(element, options)`, so the page and the widget behave the same.
 *
 * Why an overlay instead of editing the host's content: the host keeps native editing,
 * undo, IME and spell checking, and its saved content never contains our <mark>s. For a
 * textarea the overlay mirrors the text (transparent glyphs, same wrapping); for a
 * contenteditable the marks are boxes placed over the DOM Range of each finding.
 *
 * Privacy: the text goes only to the configured Skrivvakt service, is never stored here
 * and never logged.
 */
(function () {
  "use strict";

  var CATEGORIES = [
    ["person_judgment", "Omdöme om personen"],
    ["offensive", "Kränkande ord"],
    ["attendance", "Närvaro och frånvaro"],
    ["grade", "Betyg"],
    ["identifier", "Personuppgift"],
    ["sensitive", "Känsliga uppgifter"],
  ];
  var LABELS = {};
  CATEGORIES.forEach(function (c) { LABELS[c[0]] = c[1]; });

  var DEBOUNCE_MS = 350;
  var BLOCK_TAGS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
  // Properties that decide where a textarea's glyphs land; the mirror copies them.
  var MIRROR_PROPS = [
    "boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom",
    "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth",
    "borderLeftWidth", "borderTopStyle", "borderRightStyle", "borderBottomStyle",
    "borderLeftStyle", "fontFamily", "fontSize", "fontWeight", "fontStyle",
    "fontVariant", "fontStretch", "fontKerning", "fontFeatureSettings", "lineHeight",
    "letterSpacing", "wordSpacing", "textTransform", "textIndent", "textAlign",
    "direction", "tabSize", "textRendering",
  ];

  var currentScript = document.currentScript;
  var uid = 0;

  function label(category) { return LABELS[category] || category; }

  function count(n, one, many) { return n + " " + (n === 1 ? one : many); }

  /** Default service URL: data-service on the script tag, else the script's origin. */
  function defaultService() {
    if (currentScript) {
      var attr = currentScript.getAttribute("data-service");
      if (attr) return attr;
      if (currentScript.src) return new URL("../", currentScript.src).href;  // …/static/x.js -> …/
    }
    return new URL("./", document.baseURI).href;
  }

  function endpoint(service, path) {
    var base = service.replace(/\/*$/, "/");
    return new URL(path, base).href;
  }

  /** The service speaks Unicode code points; the DOM speaks UTF-16 code units. */
  function codePointToUtf16Index(text) {
    var map = [0];
    var u = 0;
    for (var ch of text) { u += ch.length; map.push(u); }
    return function (cp) { return map[Math.max(0, Math.min(cp, map.length - 1))]; };
  }

  /** Splits the names field: "Kalle Ek, Lisa och Omar" -> ["Kalle Ek", "Lisa", "Omar"]. */
  function splitNames(value) {
    return (value || "")
      .split(/\s*(?:[,;\n]|\soch\s)\s*/)
      .map(function (s) { return s.trim(); })
      .filter(Boolean);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  /** What went wrong with a call to the service, for the teacher. */
  function failure(err) {
    var status = err && err.status;
    if (status === 401 || status === 403) return "Skrivvakt kräver en API-nyckel som den här sidan inte har.";
    if (status === 501) return "Den funktionen finns inte i den här installationen av Skrivvakt.";
    if (status === 413) return "Texten är för lång för att kontrolleras på en gång.";
    if (status === 429 || status === 503) return "Skrivvakt är upptagen just nu.";
    return "Kunde inte nå Skrivvakt.";
  }

  /* ------------------------------------------------------------------ text sources */

  /** A textarea (or text input): plain value, selection by UTF-16 index. */
  function TextareaSource(node) { this.node = node; }
  TextareaSource.prototype.text = function () { return this.node.value; };
  TextareaSource.prototype.select = function (start, end) {
    this.node.focus();
    this.node.setSelectionRange(start, end);
  };
  TextareaSource.prototype.caret = function () {
    if (document.activeElement !== this.node) return null;
    return { start: this.node.selectionStart, end: this.node.selectionEnd };
  };
  TextareaSource.prototype.replaceAll = function (text) {
    // execCommand keeps the browser's undo history ("Ångra" after redaction works).
    this.node.focus();
    this.node.select();
    var ok = false;
    try { ok = document.execCommand("insertText", false, text); } catch (e) { ok = false; }
    if (!ok || this.node.value !== text) {
      this.node.value = text;
      this.node.dispatchEvent(new Event("input", { bubbles: true }));
    }
    this.node.setSelectionRange(0, 0);
  };

  /**
   * A contenteditable element: its visible text as plain text (block elements and <br>
   * become line breaks), with a map from plain-text offsets back to DOM positions.
   */
  function EditableSource(node) { this.node = node; this.segments = []; this.plain = ""; }
  EditableSource.prototype.text = function () {
    var segments = [];
    var text = "";
    function newline() { if (text && text[text.length - 1] !== "\n") text += "\n"; }
    function walk(parent) {
      for (var child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          segments.push({ node: child, start: text.length, end: text.length + child.data.length });
          text += child.data;
        } else if (child.nodeType === 1) {
          if (child.tagName === "BR") { text += "\n"; continue; }
          var block = BLOCK_TAGS.test(child.tagName);
          if (block) newline();
          walk(child);
          if (block) newline();
        }
      }
    }
    walk(this.node);
    this.segments = segments;
    this.plain = text;
    return text;
  };
  EditableSource.prototype.position = function (offset, isEnd) {
    var segs = this.segments;
    for (var i = 0; i < segs.length; i++) {
      var s = segs[i];
      if (offset >= s.start && (offset < s.end || (isEnd && offset === s.end))) {
        return { node: s.node, offset: offset - s.start };
      }
    }
    var last = segs[segs.length - 1];
    return last ? { node: last.node, offset: last.node.data.length } : { node: this.node, offset: 0 };
  };
  EditableSource.prototype.range = function (start, end) {
    var r = document.createRange();
    var a = this.position(start, false);
    var b = this.position(end, true);
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  };
  EditableSource.prototype.offsetOf = function (node, offset) {
    for (var i = 0; i < this.segments.length; i++) {
      if (this.segments[i].node === node) return this.segments[i].start + offset;
    }
    return null;
  };
  EditableSource.prototype.select = function (start, end) {
    this.text();
    this.node.focus();
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(this.range(start, end));
  };
  EditableSource.prototype.caret = function () {
    var sel = window.getSelection();
    if (!sel.rangeCount || !this.node.contains(sel.anchorNode)) return null;
    var r = sel.getRangeAt(0);
    var a = this.offsetOf(r.startContainer, r.startOffset);
    var b = this.offsetOf(r.endContainer, r.endOffset);
    if (a == null) return null;
    return { start: a, end: b == null ? a : b };
  };
  /**
   * Replaces each identifier in place so the host's formatting survives. `pieces` are
   * [start, end, replacement] in UTF-16 offsets of the current plain text.
   */
  EditableSource.prototype.replacePieces = function (pieces) {
    this.text();
    var self = this;
    pieces.slice().sort(function (x, y) { return y[0] - x[0]; }).forEach(function (p) {
      var r = self.range(p[0], p[1]);
      r.deleteContents();
      r.insertNode(document.createTextNode(p[2]));
    });
    this.node.normalize();
    this.node.dispatchEvent(new Event("input", { bubbles: true }));
  };

  /* ------------------------------------------------------------------ the controller */

  /**
   * Attaches Skrivvakt to one element. Options (all optional):
   *   service: base URL of the Skrivvakt service
   *   names: an <input> whose value holds the student's name(s) (subject_names)
   *   list, counters, status, live: elements to render into (else a panel is created)
   *   redactButton: a button that applies the service's redaction
   *   apiKey: sent as "Authorization: Bearer …" when the service requires keys (anyone
   *     who can read the host page can read it: use a key meant for that page only)
   */
  function Controller(node, options) {
    this.node = node;
    this.options = options || {};
    this.service = this.options.service || defaultService();
    this.isTextarea = node.tagName === "TEXTAREA" || node.tagName === "INPUT";
    this.source = this.isTextarea ? new TextareaSource(node) : new EditableSource(node);
    this.findings = [];       // each: the service's finding plus s/e (UTF-16) and id
    this.checkedText = null;  // the text the current findings belong to
    this.lastText = this.source.text();
    this.timer = null;
    this.inflight = null;
    this.announced = {};
    this.id = "skrivvakt-" + (++uid);
    this.build();
    this.bind();
    this.schedule(0);
  }

  Controller.prototype.build = function () {
    var o = this.options;
    var node = this.node;
    node.classList.add("skrivvakt-host");
    if (!node.hasAttribute("aria-label") && !node.hasAttribute("aria-labelledby") &&
        !(node.labels && node.labels.length)) {
      node.setAttribute("aria-label", "Text som kontrolleras av Skrivvakt");
    }

    // Overlay with the marks. Hidden from assistive technology because the same text is
    // already read from the editable element; findings reach screen readers through the
    // live region, the caret description and the findings list instead.
    this.overlay = el("div", "skrivvakt-overlay" + (this.isTextarea ? " skrivvakt-mirror" : ""));
    this.overlay.setAttribute("aria-hidden", "true");
    this.overlayInner = el("div", "skrivvakt-overlay-inner");
    this.overlay.appendChild(this.overlayInner);
    node.insertAdjacentElement("afterend", this.overlay);

    this.popover = el("div", "skrivvakt-popover");
    this.popover.id = this.id + "-popover";
    this.popover.setAttribute("role", "tooltip");
    this.popover.hidden = true;
    document.body.appendChild(this.popover);

    if (!o.list) {
      var panel = el("section", "skrivvakt-panel");
      panel.setAttribute("aria-label", "Skrivvakt");
      var head = el("div", "skrivvakt-panel-head");
      o.status = el("p", "skrivvakt-status");
      head.appendChild(o.status);
      o.redactButton = el("button", "skrivvakt-redact", "Redigera personuppgifter");
      o.redactButton.type = "button";
      head.appendChild(o.redactButton);
      panel.appendChild(head);
      o.counters = el("ul", "skrivvakt-counters");
      panel.appendChild(o.counters);
      o.list = el("ol", "skrivvakt-list");
      o.list.setAttribute("aria-label", "Markeringar i texten");
      panel.appendChild(o.list);
      this.overlay.insertAdjacentElement("afterend", panel);
      this.panel = panel;
    }
    if (!o.live) {
      o.live = el("div", "skrivvakt-visually-hidden");
      o.live.setAttribute("aria-live", "polite");
      o.live.setAttribute("role", "status");
      (this.panel || document.body).appendChild(o.live);
    }
    if (o.counters) this.buildCounters(o.counters);
  };

  Controller.prototype.buildCounters = function (ul) {
    ul.textContent = "";
    this.counterEls = {};
    var self = this;
    CATEGORIES.forEach(function (c) {
      var li = el("li", "skrivvakt-counter");
      li.setAttribute("data-category", c[0]);
      var sw = el("span", "skrivvakt-swatch");
      sw.setAttribute("aria-hidden", "true");
      li.appendChild(sw);
      li.appendChild(el("span", "skrivvakt-counter-label", c[1]));
      var n = el("span", "skrivvakt-counter-value", "0");
      n.setAttribute("data-count", c[0]);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(n);
      ul.appendChild(li);
      self.counterEls[c[0]] = { li: li, n: n };
    });
  };

  Controller.prototype.bind = function () {
    var self = this;
    var node = this.node;
    node.addEventListener("input", function () { self.onInput(); });
    node.addEventListener("scroll", function () { self.syncScroll(); });
    node.addEventListener("mousemove", function (ev) { self.onPointer(ev); });
    node.addEventListener("mouseleave", function () { self.hoverFinding = null; self.updatePopover(); });
    ["keyup", "click", "focus", "select"].forEach(function (t) {
      node.addEventListener(t, function () { self.onCaret(); });
    });
    node.addEventListener("blur", function () { self.caretFindings = []; self.updatePopover(); });
    node.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && !self.popover.hidden) {
        self.dismissed = true;
        self.updatePopover();
      }
    });
    document.addEventListener("selectionchange", function () { self.onCaret(); });
    var relayout = function () { self.layout(); self.updatePopover(); };
    window.addEventListener("resize", relayout);
    if (window.ResizeObserver) {
      // The element moves when anything above it grows (another field's panel, say), so
      // the page's size is watched too; our overlay is absolutely placed and cannot follow.
      var ro = new ResizeObserver(relayout);
      ro.observe(node);
      ro.observe(document.body);
    }
    var o = this.options;
    if (o.names) o.names.addEventListener("input", function () { self.schedule(DEBOUNCE_MS); });
    if (o.redactButton) o.redactButton.addEventListener("click", function () { self.redact(); });
  };

  Controller.prototype.subjectNames = function () {
    var o = this.options;
    if (o.names) return splitNames(o.names.value);
    return o.subjectNames ? o.subjectNames.slice() : [];
  };

  /**
   * Keeps existing highlights aligned while the teacher types: findings before the edit
   * stay, findings after it shift, findings touched by the edit disappear until the
   * service has answered for the new text.
   */
  Controller.prototype.onInput = function () {
    var text = this.source.text();
    var old = this.lastText;
    this.lastText = text;
    this.dismissed = false;
    if (old !== text && this.findings.length) {
      var p = 0;
      var max = Math.min(old.length, text.length);
      while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
      var s = 0;
      while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
      var oldEditEnd = old.length - s;
      var delta = text.length - old.length;
      this.findings = this.findings.filter(function (f) {
        if (f.e <= p) return true;
        if (f.s >= oldEditEnd && f.s > p) { f.s += delta; f.e += delta; return true; }
        return false;
      });
      this.render();
    }
    this.schedule(DEBOUNCE_MS);
  };

  Controller.prototype.schedule = function (ms) {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.check(); }, ms);
  };

  Controller.prototype.post = function (path, body, signal) {
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (this.options.apiKey) headers.Authorization = "Bearer " + this.options.apiKey;
    return fetch(endpoint(this.service, path), {
      method: "POST",
      headers: headers,
      body: JSON.stringify(body),
      signal: signal,
      credentials: "omit",
      cache: "no-store",
    }).then(function (res) {
      if (!res.ok) {
        var err = new Error("HTTP " + res.status);
        err.status = res.status;
        throw err;
      }
      return res.json();
    });
  };

  Controller.prototype.check = function () {
    var self = this;
    var text = this.source.text();
    var names = this.subjectNames();
    var key = text + "\u0000" + names.join("\u0000");
    if (key === this.checkedKey) return;
    if (this.inflight) this.inflight.abort();  // newer text exists: the old answer is moot
    if (!text.trim()) {  // nothing to ask about
      this.inflight = null;
      this.checkedKey = key;
      this.setFindings(text, []);
      this.setBusy(false);
      return;
    }
    var ctrl = new AbortController();
    this.inflight = ctrl;
    this.setBusy(true);
    this.post("v1/check", { text: text, content_type: "text/plain", subject_names: names }, ctrl.signal)
      .then(function (data) {
        if (self.inflight === ctrl) self.inflight = null;
        // An answer for text that has changed since is ignored; the next check is due.
        if (ctrl.signal.aborted || self.source.text() !== text) return;
        self.checkedKey = key;
        self.setFindings(text, data.findings || []);
        self.setBusy(false);
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        if (self.inflight === ctrl) self.inflight = null;
        self.setBusy(false);
        self.setStatus(failure(err) + " Texten kontrolleras igen när du skriver.", true);
      });
  };

  Controller.prototype.setBusy = function (busy) {
    // On the list only: a busy textarea would make some screen readers hold back its text.
    if (this.options.list) this.options.list.setAttribute("aria-busy", busy ? "true" : "false");
  };

  Controller.prototype.setFindings = function (text, raw) {
    var toU16 = codePointToUtf16Index(text);
    var self = this;
    this.checkedText = text;
    this.findings = raw.map(function (f, i) {
      var copy = Object.assign({}, f);
      copy.s = toU16(f.start);
      copy.e = toU16(f.end);
      copy.id = self.id + "-f" + i;
      return copy;
    }).sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    this.render();
    this.announce();
  };

  /** Announces findings that were not there before, once, politely. */
  Controller.prototype.announce = function () {
    var seen = {};
    var fresh = [];
    var self = this;
    this.findings.forEach(function (f) {
      var k = f.rule_id + "|" + f.quote;
      seen[k] = true;
      if (!self.announced[k]) fresh.push(f);
    });
    var hadAny = Object.keys(this.announced).length > 0;
    this.announced = seen;
    var msg = "";
    if (fresh.length === 1) {
      msg = "Ny markering: " + label(fresh[0].category) + ", ”" + fresh[0].quote + "”. " + fresh[0].message;
    } else if (fresh.length > 1) {
      msg = count(fresh.length, "ny markering", "nya markeringar") + ": " + fresh.map(function (f) {
        return label(f.category) + ", ”" + f.quote + "”";
      }).join("; ") + ".";
    } else if (!this.findings.length && hadAny) {
      msg = "Inga markeringar kvar.";
    }
    if (msg) this.options.live.textContent = msg;
  };

  Controller.prototype.setStatus = function (msg, isError) {
    var st = this.options.status;
    if (!st) return;
    st.textContent = msg;
    st.classList.toggle("skrivvakt-error", !!isError);
  };

  /* ------------------------------------------------------------------ rendering */

  Controller.prototype.render = function () {
    this.layout();
    this.renderList();
    this.renderCounters();
    var n = this.findings.length;
    this.setStatus(n ? count(n, "markering", "markeringar") + " att se över."
      : "Inga markeringar – texten följer riktlinjerna.", false);
    this.onCaret();
  };

  Controller.prototype.markFor = function (f) {
    var m = document.createElement("mark");
    m.className = "skrivvakt-mark";
    m.setAttribute("data-category", f.category);
    m.setAttribute("data-rule-id", f.rule_id);
    m.setAttribute("data-severity", f.severity);
    m.setAttribute("data-finding-id", f.id);
    m.setAttribute("aria-label", label(f.category) + ": " + f.message);
    return m;
  };

  /** Positions the overlay over the element and redraws the marks. */
  Controller.prototype.layout = function () {
    var node = this.node;
    var ov = this.overlay;
    var cs = getComputedStyle(node);
    ov.style.left = node.offsetLeft + "px";
    ov.style.top = node.offsetTop + "px";
    ov.style.width = node.offsetWidth + "px";
    ov.style.height = node.offsetHeight + "px";
    var inner = this.overlayInner;
    inner.textContent = "";
    if (this.isTextarea) {
      MIRROR_PROPS.forEach(function (p) { inner.style[p] = cs[p]; });
      inner.style.borderColor = "transparent";
      // The textarea's scrollbar narrows its text; widen the right padding to match.
      var bl = parseFloat(cs.borderLeftWidth) || 0;
      var br = parseFloat(cs.borderRightWidth) || 0;
      var bar = node.offsetWidth - node.clientWidth - bl - br;
      inner.style.paddingRight = ((parseFloat(cs.paddingRight) || 0) + Math.max(0, bar)) + "px";
      inner.style.width = node.offsetWidth + "px";
      inner.style.height = "auto";
      inner.style.minHeight = node.offsetHeight + "px";
      inner.style.boxSizing = "border-box";
      this.renderMirror(inner);
      this.syncScroll();
    } else {
      this.renderBoxes(inner);
    }
  };

  Controller.prototype.renderMirror = function (inner) {
    var text = this.source.text();
    var pos = 0;
    var self = this;
    this.findings.forEach(function (f) {
      var s = Math.max(f.s, pos);
      if (f.e <= s) return;  // covered by an earlier highlight; still listed in the panel
      if (s > pos) inner.appendChild(document.createTextNode(text.slice(pos, s)));
      var m = self.markFor(f);
      m.textContent = text.slice(s, f.e);
      inner.appendChild(m);
      pos = f.e;
    });
    // A trailing newline needs a following character to take up its line.
    inner.appendChild(document.createTextNode(text.slice(pos) + "\u200b"));
  };

  Controller.prototype.renderBoxes = function (inner) {
    var src = this.source;
    src.text();
    var origin = this.overlay.getBoundingClientRect();
    var self = this;
    this.findings.forEach(function (f) {
      var range = src.range(f.s, f.e);
      var m = self.markFor(f);
      var rects = Array.prototype.slice.call(range.getClientRects()).filter(function (r) {
        return r.width > 0 && r.height > 0;
      });
      m.className += " skrivvakt-mark-boxes";
      rects.forEach(function (r) {
        var box = el("span", "skrivvakt-box");
        box.style.left = (r.left - origin.left) + "px";
        box.style.top = (r.top - origin.top) + "px";
        box.style.width = r.width + "px";
        box.style.height = r.height + "px";
        m.appendChild(box);
      });
      inner.appendChild(m);
    });
  };

  Controller.prototype.syncScroll = function () {
    if (this.isTextarea) {
      this.overlayInner.style.transform =
        "translate(" + (-this.node.scrollLeft) + "px," + (-this.node.scrollTop) + "px)";
    } else {
      this.layout();
    }
  };

  Controller.prototype.renderCounters = function () {
    if (!this.counterEls) return;
    var counts = {};
    this.findings.forEach(function (f) { counts[f.category] = (counts[f.category] || 0) + 1; });
    var self = this;
    Object.keys(this.counterEls).forEach(function (c) {
      var n = counts[c] || 0;
      self.counterEls[c].n.textContent = String(n);
      self.counterEls[c].li.classList.toggle("skrivvakt-zero", n === 0);
    });
  };

  Controller.prototype.renderList = function () {
    var list = this.options.list;
    if (!list) return;
    list.textContent = "";
    var self = this;
    this.findings.forEach(function (f) {
      var li = el("li", "skrivvakt-item");
      var b = el("button", "skrivvakt-finding");
      b.type = "button";
      b.setAttribute("data-finding", f.id);
      b.setAttribute("data-category", f.category);
      b.setAttribute("data-rule-id", f.rule_id);
      var head = el("span", "skrivvakt-finding-head");
      var sw = el("span", "skrivvakt-swatch");
      sw.setAttribute("aria-hidden", "true");
      head.appendChild(sw);
      head.appendChild(el("span", "skrivvakt-finding-category", label(f.category)));
      b.appendChild(head);
      b.appendChild(el("q", "skrivvakt-finding-quote", f.quote));
      b.appendChild(el("span", "skrivvakt-finding-message", f.message));
      b.addEventListener("click", function () { self.goTo(f); });
      li.appendChild(b);
      list.appendChild(li);
    });
  };

  /** Moves the caret to a finding (selecting its words) and shows its explanation. */
  Controller.prototype.goTo = function (f) {
    this.dismissed = false;
    this.source.select(f.s, f.e);
    if (this.isTextarea) {
      // Bring the selection into view: the browser scrolls to the caret on focus only.
      var mark = this.overlay.querySelector('[data-finding-id="' + f.id + '"]');
      if (mark) {
        var top = mark.offsetTop - this.node.clientHeight / 3;
        this.node.scrollTop = Math.max(0, top);
      }
    }
    this.onCaret();
  };

  /* ------------------------------------------------------------------ explanations */

  Controller.prototype.findingsAt = function (start, end) {
    return this.findings.filter(function (f) {
      return start === end ? (start >= f.s && start <= f.e) : (start < f.e && end > f.s);
    });
  };

  Controller.prototype.onCaret = function () {
    var c = this.source.caret();
    var prev = (this.caretFindings || []).map(function (f) { return f.id; }).join();
    this.caretFindings = c ? this.findingsAt(c.start, c.end) : [];
    var now = this.caretFindings.map(function (f) { return f.id; }).join();
    if (prev !== now) this.dismissed = false;
    this.updatePopover();
  };

  Controller.prototype.onPointer = function (ev) {
    var hit = null;
    var marks = this.overlay.querySelectorAll("mark");
    for (var i = 0; i < marks.length && !hit; i++) {
      var rects = markRects(marks[i]);
      for (var j = 0; j < rects.length; j++) {
        var r = rects[j];
        if (ev.clientX >= r.left && ev.clientX <= r.right && ev.clientY >= r.top && ev.clientY <= r.bottom) {
          hit = marks[i].getAttribute("data-finding-id");
          break;
        }
      }
    }
    if (hit !== this.hoverFinding) {
      this.hoverFinding = hit;
      this.dismissed = false;
      this.updatePopover();
    }
  };

  /** Shows what the hovered finding, or the one at the caret, is about. */
  Controller.prototype.updatePopover = function () {
    var pop = this.popover;
    var shown = [];
    var self = this;
    if (this.hoverFinding) {
      shown = this.findings.filter(function (f) { return f.id === self.hoverFinding; });
    }
    if (!shown.length && this.caretFindings) shown = this.caretFindings;
    var describedBy = (this.node.getAttribute("aria-describedby") || "")
      .split(/\s+/).filter(function (x) { return x && x !== pop.id; });
    if (!shown.length || this.dismissed) {
      pop.hidden = true;
      this.node.setAttribute("aria-describedby", describedBy.join(" "));
      if (!describedBy.length) this.node.removeAttribute("aria-describedby");
      return;
    }
    pop.textContent = "";
    shown.forEach(function (f) {
      var box = el("div", "skrivvakt-explanation");
      box.setAttribute("data-category", f.category);
      box.setAttribute("data-rule-id", f.rule_id);
      var head = el("p", "skrivvakt-explanation-head");
      var sw = el("span", "skrivvakt-swatch");
      sw.setAttribute("aria-hidden", "true");
      head.appendChild(sw);
      head.appendChild(el("strong", null, label(f.category)));
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("q", null, f.quote));
      box.appendChild(head);
      box.appendChild(el("p", "skrivvakt-message", f.message));
      if (f.suggestion) {
        var sug = el("p", "skrivvakt-suggestion");
        sug.appendChild(el("strong", null, "Förslag: "));
        sug.appendChild(document.createTextNode(f.suggestion));
        box.appendChild(sug);
      }
      if (f.belongs_in) {
        var bel = el("p", "skrivvakt-belongs");
        bel.appendChild(el("strong", null, "Hör hemma i: "));
        bel.appendChild(document.createTextNode(f.belongs_in));
        box.appendChild(bel);
      }
      pop.appendChild(box);
    });
    pop.hidden = false;
    describedBy.push(pop.id);
    this.node.setAttribute("aria-describedby", describedBy.join(" "));
    this.placePopover(shown[0]);
  };

  Controller.prototype.placePopover = function (f) {
    var mark = this.overlay.querySelector('[data-finding-id="' + f.id + '"]');
    var rects = mark ? markRects(mark) : [];
    var anchor = rects.length ? rects[rects.length - 1] : this.node.getBoundingClientRect();
    var host = this.node.getBoundingClientRect();
    // Keep the popover next to the element even when the mark is scrolled out of view.
    var bottom = Math.min(Math.max(anchor.bottom, host.top), host.bottom);
    var pop = this.popover;
    var width = Math.min(360, document.documentElement.clientWidth - 16);
    pop.style.width = width + "px";
    var left = Math.max(8, Math.min(anchor.left, document.documentElement.clientWidth - width - 8));
    pop.style.left = (left + window.scrollX) + "px";
    pop.style.top = (bottom + 6 + window.scrollY) + "px";
  };

  /** Where a mark is on screen: its line boxes, or its boxes over a contenteditable. */
  function markRects(mark) {
    if (mark.classList.contains("skrivvakt-mark-boxes")) {
      return Array.prototype.map.call(mark.children, function (b) { return b.getBoundingClientRect(); });
    }
    return Array.prototype.slice.call(mark.getClientRects());
  }

  /* ------------------------------------------------------------------ redaction */

  Controller.prototype.redact = function () {
    var self = this;
    var text = this.source.text();
    var names = this.subjectNames();
    var btn = this.options.redactButton;
    if (btn) btn.disabled = true;
    this.post("v1/redact", { text: text, subject_names: names })
      .then(function (data) {
        if (self.source.text() !== text) {
          self.setStatus("Texten ändrades under tiden. Försök igen.", true);
          return;
        }
        var n = (data.findings || []).length;
        if (data.text === text || !n) {
          self.options.live.textContent = "Inga personuppgifter att redigera.";
          self.setStatus("Inga personuppgifter att redigera.", false);
          return;
        }
        if (self.isTextarea) {
          self.source.replaceAll(data.text);
        } else {
          var pieces = alignRedaction(text, data.text, data.findings, codePointToUtf16Index(text));
          if (!pieces) {
            self.setStatus("Personuppgifterna kunde inte ersättas automatiskt i den här textrutan.", true);
            return;
          }
          self.source.replacePieces(pieces);
        }
        var msg = count(n, "personuppgift", "personuppgifter") + " ersattes med platshållare. Ångra med Ctrl+Z.";
        self.options.live.textContent = msg;
        self.setStatus(msg, false);
      })
      .catch(function (err) {
        self.setStatus(failure(err) + " Personuppgifterna redigerades inte.", true);
      })
      .then(function () { if (btn) btn.disabled = false; });
  };

  /**
   * Works out which replacement each redacted identifier got, so that a contenteditable
   * can be edited piece by piece. Returns null unless applying the pieces to `before`
   * gives exactly `after` (then the caller does not touch the text).
   */
  function alignRedaction(before, after, findings, toU16) {
    var spans = findings.map(function (f) { return [toU16(f.start), toU16(f.end)]; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    });
    var pieces = [];
    var delta = 0;
    for (var i = 0; i < merged.length; i++) {
      var s = merged[i][0];
      var e = merged[i][1];
      var nextStart = i + 1 < merged.length ? merged[i + 1][0] : before.length;
      var between = before.slice(e, nextStart);
      var from = s + delta;
      var at = i + 1 < merged.length ? after.indexOf(between, from) : after.length - between.length;
      if (at < from) return null;
      pieces.push([s, e, after.slice(from, at)]);
      delta = at - e;
    }
    var rebuilt = before;
    pieces.slice().reverse().forEach(function (p) { rebuilt = rebuilt.slice(0, p[0]) + p[2] + rebuilt.slice(p[1]); });
    return rebuilt === after ? pieces : null;
  }

  /* ------------------------------------------------------------------ public API */

  function ensureStylesheet() {
    if (document.querySelector("link[data-skrivvakt-css]")) return;
    if (!currentScript || !currentScript.src) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("skrivvakt-widget.css", currentScript.src).href;
    link.setAttribute("data-skrivvakt-css", "");
    document.head.appendChild(link);
  }

  function attach(node, options) {
    if (node.skrivvakt) return node.skrivvakt;
    ensureStylesheet();
    node.skrivvakt = new Controller(node, options);
    return node.skrivvakt;
  }

  /** Attaches to every element with data-skrivvakt (the two-line embedding). */
  function attachAll(root) {
    var nodes = (root || document).querySelectorAll("[data-skrivvakt]");
    Array.prototype.forEach.call(nodes, function (node) {
      var opts = {};
      var svc = node.getAttribute("data-skrivvakt");
      if (svc) opts.service = svc;
      var namesSel = node.getAttribute("data-skrivvakt-names");
      if (namesSel) opts.names = document.querySelector(namesSel);
      var key = node.getAttribute("data-skrivvakt-key") ||
        (currentScript && currentScript.getAttribute("data-api-key"));
      if (key) opts.apiKey = key;
      attach(node, opts);
    });
  }

  window.Skrivvakt = {
    attach: attach,
    attachAll: attachAll,
    categories: CATEGORIES.slice(),
    _codePointToUtf16Index: codePointToUtf16Index,
    _splitNames: splitNames,
    _alignRedaction: alignRedaction,
  };

  if (!currentScript || !currentScript.hasAttribute("data-manual")) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { attachAll(); });
    } else {
      attachAll();
    }
  }
})();
