/*
 * hocvuso web chat widget: embed with one tag.
 *
 *   <script src="https://your-server/widget/widget.js" defer
 *           data-lang="vi" data-position="right" data-title="Trợ lý kỹ năng số"
 *           data-font-scale="1.25" data-server="https://your-server"></script>
 *
 * Everything lives in an open shadow root, so the host page's styles cannot break it and its
 * styles cannot leak out. Messages go over a WebSocket that reconnects by itself; while it is
 * down they go over POST /api/v1/chat, with the same message id, so nothing is lost or doubled.
 * Server text is only ever set as textContent, never parsed as HTML.
 */
(() => {
  "use strict";

  const script = document.currentScript;
  if (!script || window.hocvusoWidget) return;

  const STRINGS = {
    vi: {
      title: "Trợ lý kỹ năng số",
      close: "Đóng cửa sổ trò chuyện",
      bigger: "Chữ to hơn",
      smaller: "Chữ nhỏ hơn",
      contrast: "Tương phản cao",
      readAloud: "Tự đọc to",
      readThis: "Đọc to tin nhắn này",
      conversation: "Cuộc trò chuyện",
      input: "Tin nhắn của bạn",
      placeholder: "Gõ câu hỏi, ví dụ: quên mật khẩu VNeID",
      send: "Gửi",
      person: "Nói chuyện với người thật",
      personText: "Tôi muốn nói chuyện với người thật",
      typing: "Trợ lý đang trả lời…",
      sources: "Nguồn tham khảo:",
      choices: "Chọn nhanh",
      you: "Bạn:",
      bot: "Trợ lý:",
      step: "Bước {n}/{total}",
      failed: "Chưa gửi được tin nhắn. Bạn kiểm tra mạng rồi bấm “Gửi lại”.",
      retry: "Gửi lại",
      tooLong: "Tin nhắn dài quá. Bạn gửi phần quan trọng nhất thôi nhé.",
      slowDown: "Bạn gửi nhanh quá. Bạn chờ một chút rồi bấm “Gửi lại” nhé.",
      simple: "Trợ lý đang chạy chế độ đơn giản, câu trả lời có thể chưa sát ý bạn.",
      newTab: "(mở trang mới)",
      image: "Gửi ảnh chụp màn hình tin nhắn",
      imageShown: "[Ảnh chụp màn hình]",
      personLabel: "người thật",
      more: "Còn tiếp bên dưới",
    },
    th: {
      title: "ผู้ช่วยทักษะดิจิทัล",
      close: "ปิดหน้าต่างแชท",
      bigger: "ตัวอักษรใหญ่ขึ้น",
      smaller: "ตัวอักษรเล็กลง",
      contrast: "ความคมชัดสูง",
      readAloud: "อ่านออกเสียงอัตโนมัติ",
      readThis: "อ่านข้อความนี้ออกเสียง",
      conversation: "การสนทนา",
      input: "ข้อความของคุณ",
      placeholder: "พิมพ์คำถาม เช่น ลืมรหัส ThaID",
      send: "ส่ง",
      person: "คุยกับเจ้าหน้าที่",
      personText: "ฉันอยากคุยกับเจ้าหน้าที่",
      typing: "ผู้ช่วยกำลังตอบ…",
      sources: "แหล่งที่มา:",
      choices: "ตัวเลือก",
      you: "คุณ:",
      bot: "ผู้ช่วย:",
      step: "ขั้นที่ {n}/{total}",
      failed: "ยังส่งข้อความไม่ได้ กรุณาตรวจสอบอินเทอร์เน็ตแล้วกด “ส่งอีกครั้ง”",
      retry: "ส่งอีกครั้ง",
      tooLong: "ข้อความยาวเกินไป กรุณาส่งเฉพาะส่วนที่สำคัญที่สุด",
      slowDown: "ส่งข้อความเร็วเกินไปค่ะ รอสักครู่แล้วกด “ส่งอีกครั้ง” นะคะ",
      simple: "ตอนนี้ผู้ช่วยทำงานแบบง่าย คำตอบอาจยังไม่ตรงกับคำถามนัก",
      newTab: "(เปิดหน้าใหม่)",
      image: "ส่งภาพหน้าจอข้อความ",
      imageShown: "[ภาพหน้าจอ]",
      personLabel: "คนจริง",
      more: "ยังมีต่อด้านล่าง",
    },
    en: {
      title: "Digital skills assistant",
      close: "Close the chat window",
      bigger: "Larger text",
      smaller: "Smaller text",
      contrast: "High contrast",
      readAloud: "Read replies aloud",
      readThis: "Read this message aloud",
      conversation: "Conversation",
      input: "Your message",
      placeholder: "Type a question, e.g. I forgot my ThaID password",
      send: "Send",
      person: "Talk to a person",
      personText: "I would like to talk to a person",
      typing: "The assistant is replying…",
      sources: "Sources:",
      choices: "Quick replies",
      you: "You:",
      bot: "Assistant:",
      step: "Step {n}/{total}",
      failed: "Your message was not sent. Check your connection, then press “Send again”.",
      retry: "Send again",
      tooLong: "That message is too long. Please send only the most important part.",
      slowDown: "You are sending messages very fast. Wait a moment, then press “Send again”.",
      simple: "The assistant is running in a simple mode; answers may be less precise.",
      newTab: "(opens a new tab)",
      image: "Send a screenshot of a message",
      imageShown: "[Screenshot]",
      personLabel: "a real person",
      more: "More below",
    },
  };
  const VOICE_LANG = { vi: "vi-VN", th: "th-TH", en: "en-US" };
  const SCALE = { min: 1, max: 2, step: 0.125 };
  const REPLY_TIMEOUT_MS = 20000;
  const storage = safeStorage();

  const config = readConfig(script);
  const t = STRINGS[config.lang];

  window.hocvusoWidget = { config };

  function readConfig(tag) {
    const data = tag.dataset;
    const lang = STRINGS[data.lang] ? data.lang : "vi";
    const scale = clamp(parseFloat(storage.get("fontScale") || data.fontScale || "1.25"));
    return {
      lang,
      position: data.position === "left" ? "left" : "right",
      title: data.title || STRINGS[lang].title,
      server: (data.server || new URL(tag.src, location.href).origin).replace(/\/+$/, ""),
      fontScale: scale,
    };
  }

  function clamp(scale) {
    if (!Number.isFinite(scale)) return 1.25;
    return Math.min(SCALE.max, Math.max(SCALE.min, scale));
  }

  function safeStorage() {
    const prefix = "hocvuso.";
    return {
      get(key) {
        try { return window.localStorage.getItem(prefix + key); } catch { return null; }
      },
      set(key, value) {
        try { window.localStorage.setItem(prefix + key, value); } catch { /* private mode: keep in memory */ }
      },
    };
  }

  /* A random id made here, or one the server issued and signed (`.` and the signature). */
  const LEARNER_ID = /^web-[0-9a-f]{24}(\.[0-9a-f]{32})?$/;

  /* Ask the server for a signed id (it keeps one it issued before); deployments may accept only
     those. Without an answer, the id made here is used. */
  async function claimLearnerId(server, current) {
    try {
      const response = await fetch(server + "/api/v1/learners", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ user_id: current }),
      });
      if (!response.ok) return current;
      const issued = (await response.json()).user_id;
      if (!LEARNER_ID.test(issued)) return current;
      storage.set("learner", issued);
      return issued;
    } catch {
      return current;
    }
  }

  function learnerId() {
    let id = storage.get("learner");
    if (!id || !LEARNER_ID.test(id)) {
      const bytes = crypto.getRandomValues(new Uint8Array(12));
      id = "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      storage.set("learner", id);
    }
    return id;
  }

  function newMessageId() {
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    return "m-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  /* Icons are inline SVG: emoji fonts are missing on many phones and kiosks. */
  const ICONS = {
    chat: "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
    person: "M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z",
    image: "M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 2v10.6l4.5-4.6 3.5 3.5 2.5-2.5L20 18V6H4zm11 1.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4z",
    speaker: "M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z",
  };

  function icon(name) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "icon");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    path.setAttribute("fill", "currentColor");
    svg.append(path);
    return svg;
  }

  function el(tag, attrs = {}, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === false || value == null) continue;
      if (name === "className") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    if (text != null) node.textContent = text;
    return node;
  }

  /* ---------- transport: WebSocket first, REST while it is down ---------- */

  class Transport {
    /* `onPush(frame)`: a person's reply or a notice the server sent unasked; `hello()` resolves to
       the learner id announced on every (re)connect so those reach this window. */
    constructor(server, onTyping, onPush, hello) {
      this.server = server;
      this.onTyping = onTyping;
      this.onPush = onPush;
      this.hello = hello;
      this.pending = new Map();
      this.retries = 0;
      this.socket = null;
      if ("WebSocket" in window) this.connect();
    }

    connect() {
      const url = this.server.replace(/^http/, "ws") + "/api/v1/chat/ws";
      let socket;
      try { socket = new WebSocket(url); } catch { return this.reconnectLater(); }
      this.socket = socket;
      socket.onopen = async () => {
        this.retries = 0;
        const id = await this.hello();
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "hello", user_id: id }));
      };
      socket.onmessage = (event) => this.receive(event.data);
      socket.onclose = () => {
        this.socket = null;
        for (const id of [...this.pending.keys()]) this.fallBack(id);
        this.reconnectLater();
      };
    }

    reconnectLater() {
      const delay = Math.min(30000, 1000 * 2 ** this.retries) * (0.75 + Math.random() / 2);
      this.retries += 1;
      setTimeout(() => this.connect(), delay);
    }

    receive(data) {
      let frame;
      try { frame = JSON.parse(data); } catch { return; }
      if (frame.type === "person" || frame.type === "notice") return this.onPush(frame);
      const waiting = this.pending.get(frame.message_id);
      if (frame.type === "typing") return this.onTyping(true);
      if (!waiting) return;
      this.pending.delete(frame.message_id);
      clearTimeout(waiting.timer);
      if (frame.type === "reply") waiting.resolve(frame.reply);
      else waiting.reject(new SendError(frame.detail, frame.code === "rate_limited" ? 429 : 422));
    }

    send(request) {
      const open = this.socket && this.socket.readyState === WebSocket.OPEN;
      if (!open) return this.post(request);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => this.fallBack(request.message_id), REPLY_TIMEOUT_MS);
        this.pending.set(request.message_id, { request, resolve, reject, timer });
        this.socket.send(JSON.stringify(request));
      });
    }

    fallBack(messageId) {
      const waiting = this.pending.get(messageId);
      if (!waiting) return;
      this.pending.delete(messageId);
      clearTimeout(waiting.timer);
      this.post(waiting.request).then(waiting.resolve, waiting.reject);
    }

    async post(request) {
      let response;
      try {
        response = await fetch(this.server + "/api/v1/chat", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(request),
        });
      } catch (error) {
        throw new SendError(String(error), 0);
      }
      if (!response.ok) throw new SendError(`HTTP ${response.status}`, response.status);
      return response.json();
    }
  }

  /* A screenshot goes over REST only: a WebSocket frame is text, and the picture is a file. */
  async function postImage(server, fields, file) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("file", file, file.name || "screenshot.png");
    let response;
    try {
      response = await fetch(server + "/api/v1/chat/image", { method: "POST", body: form });
    } catch (error) {
      throw new SendError(String(error), 0);
    }
    if (response.ok) return response.json();
    let detail = "";
    try { detail = (await response.json()).detail; } catch { /* not JSON: no detail */ }
    throw new SendError(`HTTP ${response.status}`, response.status, typeof detail === "string" ? detail : "");
  }

  class SendError extends Error {
    /* `detail`: the server's own words for the learner (a picture too large, not a picture). */
    constructor(message, status, detail = "") {
      super(message);
      this.status = status;
      this.detail = detail;
    }
  }

  /* ---------- read aloud: only when the browser has a voice for the language ---------- */

  const speech = {
    synth: "speechSynthesis" in window ? window.speechSynthesis : null,
    voice(lang) {
      if (!this.synth) return null;
      const wanted = lang.toLowerCase();
      return this.synth.getVoices().find((v) => v.lang.toLowerCase().replace("_", "-").startsWith(wanted)) || null;
    },
    say(text, lang) {
      const voice = this.voice(lang);
      if (!voice) return;
      this.synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = VOICE_LANG[lang] || lang;
      utterance.voice = voice;
      utterance.rate = 0.9;
      this.synth.speak(utterance);
    },
  };

  /* ---------- the window ---------- */

  class Widget {
    constructor() {
      this.host = el("div", { id: "hocvuso-widget" });
      this.shadow = this.host.attachShadow({ mode: "open" });
      this.learner = learnerId();
      this.ready = claimLearnerId(config.server, this.learner).then((id) => { this.learner = id; });
      this.scale = config.fontScale;
      this.autoRead = storage.get("autoRead") === "1";
      this.welcomed = false;
      this.transport = new Transport(
        config.server,
        (on) => this.showTyping(on),
        (frame) => this.showPushed(frame),
        () => this.ready.then(() => this.learner),
      );
      this.build();
      document.body.appendChild(this.host);
      this.updateVoices();
      if (speech.synth) speech.synth.addEventListener?.("voiceschanged", () => this.updateVoices());
    }

    build() {
      const root = el("div", { className: "hv", lang: config.lang, "data-position": config.position });
      root.style.visibility = "hidden";
      const style = el("link", { rel: "stylesheet", href: config.server + "/widget/widget.css" });
      style.addEventListener("load", () => { root.style.visibility = ""; });
      style.addEventListener("error", () => { root.style.visibility = ""; });
      this.root = root;
      this.launcher = el("button", {
        className: "launcher", type: "button", "aria-expanded": "false",
        "aria-controls": "hv-panel",
      });
      this.launcher.append(icon("chat"), el("span", {}, config.title));
      this.launcher.addEventListener("click", () => this.toggle());
      root.append(this.launcher, this.buildPanel());
      if (storage.get("contrast") === "1") root.classList.add("contrast");
      this.applyScale();
      this.shadow.append(style, root);
    }

    buildPanel() {
      const panel = el("section", { className: "panel", id: "hv-panel", role: "dialog", "aria-labelledby": "hv-title", hidden: true });
      const header = el("header");
      header.append(el("h2", { id: "hv-title" }, config.title), this.buildTools());
      this.log = el("div", { className: "log", role: "log", "aria-live": "polite", "aria-label": t.conversation, tabindex: "0" });
      this.typing = el("div", { className: "typing", role: "status" });
      const area = el("div", { className: "log-area" });
      area.append(this.log, this.buildMoreCue());
      panel.append(header, area, this.typing, this.buildComposer(), this.buildPersonButton());
      panel.addEventListener("keydown", (event) => {
        if (event.key === "Escape") { event.preventDefault(); this.close(); }
      });
      this.panel = panel;
      return panel;
    }

    /* Buttons or text below the visible part of the conversation get a cue that says so; pressing
       it scrolls on by most of a screen, so a long step is still read from the top down. */
    buildMoreCue() {
      this.more = el("button", { type: "button", className: "more", hidden: true });
      this.more.append(el("span", { "aria-hidden": "true" }, "▼ "), document.createTextNode(t.more));
      this.more.addEventListener("click", () => {
        this.log.scrollBy({ top: Math.max(40, this.log.clientHeight * 0.8), behavior: "smooth" });
      });
      this.log.addEventListener("scroll", () => this.updateMoreCue(), { passive: true });
      if ("ResizeObserver" in window) new ResizeObserver(() => this.updateMoreCue()).observe(this.log);
      return this.more;
    }

    updateMoreCue() {
      const hidden = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight;
      this.more.hidden = hidden <= 8;
    }

    buildTools() {
      const tools = el("div", { className: "tools" });
      const tool = (label, text, action, pressed) => {
        const button = el("button", { type: "button", "aria-label": label, title: label, "aria-pressed": pressed }, text);
        button.addEventListener("click", () => action(button));
        tools.append(button);
        return button;
      };
      this.smaller = tool(t.smaller, "A−", () => this.setScale(this.scale - SCALE.step));
      this.bigger = tool(t.bigger, "A+", () => this.setScale(this.scale + SCALE.step));
      tool(t.contrast, "◐", (b) => this.toggleContrast(b), String(this.root.classList.contains("contrast")));
      this.readAloud = tool(t.readAloud, "", (b) => this.toggleAutoRead(b), String(this.autoRead));
      this.readAloud.append(icon("speaker"));
      this.readAloud.classList.add("needs-voice");
      tool(t.close, "✕", () => this.close());
      return tools;
    }

    buildComposer() {
      const form = el("form", { className: "composer" });
      this.input = el("textarea", { id: "hv-input", rows: "2", placeholder: t.placeholder, autocomplete: "off", enterkeyhint: "send" });
      const label = el("label", { for: "hv-input", className: "sr-only" }, t.input);
      const send = el("button", { type: "submit", className: "send" }, t.send);
      this.input.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const text = this.input.value.trim();
        if (!text) return;
        this.input.value = "";
        this.ask(text, text, false);
      });
      form.append(this.buildImagePicker(), label, this.input, send);
      return form;
    }

    buildImagePicker() {
      const picker = el("span", { className: "picker" });
      const file = el("input", { type: "file", accept: "image/png,image/jpeg,image/webp", className: "sr-only", tabindex: "-1", "aria-hidden": "true" });
      const button = el("button", { type: "button", className: "image", "aria-label": t.image, title: t.image });
      button.append(icon("image"));
      button.addEventListener("click", () => file.click());
      file.addEventListener("change", () => {
        const chosen = file.files && file.files[0];
        file.value = "";
        if (chosen) this.sendImage(chosen);
      });
      picker.append(button, file);
      return picker;
    }

    buildPersonButton() {
      const button = el("button", { type: "button", className: "person" });
      button.append(icon("person"), document.createTextNode(t.person));
      button.addEventListener("click", () => this.ask("/handoff", t.personText, true));
      return button;
    }

    /* ----- opening, closing, display settings ----- */

    toggle() { this.panel.hidden ? this.open() : this.close(); }

    open() {
      this.panel.hidden = false;
      this.root.classList.add("is-open");
      this.launcher.setAttribute("aria-expanded", "true");
      this.input.focus();
      this.launcher.classList.remove("has-news");
      if (!this.welcomed) this.restore();
    }

    close() {
      this.panel.hidden = true;
      this.root.classList.remove("is-open");
      this.launcher.setAttribute("aria-expanded", "false");
      speech.synth?.cancel();
      this.launcher.focus();
    }

    setScale(scale) {
      this.scale = clamp(scale);
      storage.set("fontScale", String(this.scale));
      this.applyScale();
    }

    applyScale() {
      this.root.style.setProperty("--hv-scale", String(this.scale));
      if (this.smaller) this.smaller.disabled = this.scale <= SCALE.min;
      if (this.bigger) this.bigger.disabled = this.scale >= SCALE.max;
    }

    toggleContrast(button) {
      const on = this.root.classList.toggle("contrast");
      button.setAttribute("aria-pressed", String(on));
      storage.set("contrast", on ? "1" : "0");
    }

    toggleAutoRead(button) {
      this.autoRead = !this.autoRead;
      button.setAttribute("aria-pressed", String(this.autoRead));
      storage.set("autoRead", this.autoRead ? "1" : "0");
      if (!this.autoRead) speech.synth?.cancel();
    }

    updateVoices() {
      this.root.classList.toggle("can-speak", Boolean(speech.voice(config.lang)));
    }

    showTyping(on) {
      this.typing.textContent = on ? t.typing : "";
      this.typing.classList.toggle("on", on);
    }

    /* ----- the conversation ----- */

    /* After a reload the window shows the recent conversation again, a person's replies included;
       a first visit gets the welcome. */
    async restore() {
      this.welcomed = true;
      await this.ready;
      let lines = [];
      try {
        const response = await fetch(`${config.server}/api/v1/transcript?user_id=${encodeURIComponent(this.learner)}`);
        if (response.ok) lines = (await response.json()).lines;
      } catch { /* offline: start fresh */ }
      if (!lines.length) return this.welcome();
      lines.forEach((line, index) => this.showLine(line, index === lines.length - 1));
      this.scrollDown();
    }

    showLine(line, last) {
      if (line.role === "learner") return this.addLearnerBubble(line.text);
      if (line.role === "person") this.addPersonBubble(line.author, line);
      else this.addBotBubble(line.text, config.lang);
      if (last && line.buttons && line.buttons.length) this.log.append(this.choices(line.buttons, config.lang));
    }

    showPushed(frame) {
      if (!this.welcomed) {  /* not opened yet: the transcript shows it on opening */
        this.launcher.classList.add("has-news");
        return;
      }
      const message = frame.message;
      if (frame.type === "person") this.addPersonBubble(frame.author, message);
      else this.addBotBubble(message.text, config.lang);
      if (message.buttons && message.buttons.length) {
        this.clearChoices();
        this.log.append(this.choices(message.buttons, config.lang));
      }
      this.scrollDown();
      if (this.panel.hidden) this.launcher.classList.add("has-news");
      if (this.autoRead) speech.say(message.text, config.lang);
    }

    addPersonBubble(author, message) {
      const bubble = el("div", { className: "msg human", lang: config.lang });
      const who = el("p", { className: "who" });
      who.append(icon("person"), document.createTextNode(` ${author || ""} · ${t.personLabel}`));
      bubble.append(who, el("p", { className: "text" }, message.text));
      this.log.append(bubble);
      this.scrollDown();
      return bubble;
    }

    async welcome() {
      this.welcomed = true;
      try {
        const response = await fetch(`${config.server}/api/v1/welcome?lang=${config.lang}`);
        if (response.ok) this.showReply(await response.json(), false);
      } catch {
        this.welcomed = false;
      }
    }

    async ask(text, shown, fromButton, bubble, messageId) {
      this.clearChoices();
      bubble = bubble || this.addLearnerBubble(shown);
      await this.ready;
      const request = { user_id: this.learner, text, message_id: messageId || newMessageId(), lang: config.lang };
      this.showTyping(true);
      try {
        const reply = await this.transport.send(request);
        if (reply.learner_text && !fromButton) bubble.querySelector(".text").textContent = reply.learner_text;
        this.showReply(reply, fromButton);
      } catch (error) {
        this.showFailure(error, () => this.ask(text, shown, fromButton, bubble, request.message_id));
      } finally {
        this.showTyping(false);
      }
    }

    async sendImage(file, bubble, messageId) {
      this.clearChoices();
      bubble = bubble || this.addLearnerBubble(t.imageShown);
      await this.ready;
      const fields = { user_id: this.learner, lang: config.lang, message_id: messageId || newMessageId() };
      this.showTyping(true);
      try {
        this.showReply(await postImage(config.server, fields, file), false);
      } catch (error) {
        this.showFailure(error, () => this.sendImage(file, bubble, fields.message_id));
      } finally {
        this.showTyping(false);
      }
    }

    addLearnerBubble(text) {
      const bubble = el("div", { className: "msg learner" });
      bubble.append(el("span", { className: "sr-only" }, t.you + " "), el("p", { className: "text" }, text));
      this.log.append(bubble);
      this.scrollDown();
      return bubble;
    }

    showReply(reply, focusChoices) {
      const lang = STRINGS[reply.lang] ? reply.lang : config.lang;
      let firstChoice = null;
      let firstBubble = null;
      reply.messages.forEach((message, index) => {
        const last = index === reply.messages.length - 1;
        const bubble = this.addBotBubble(message.text, lang);
        firstBubble = firstBubble || bubble;
        if (last && reply.step && reply.total_steps) bubble.append(this.progress(reply.step, reply.total_steps, lang));
        if (last && reply.sources && reply.sources.length) bubble.append(this.sources(reply.sources, lang));
        if (message.buttons.length) {
          const group = this.choices(message.buttons, lang);
          firstChoice = firstChoice || group.querySelector("button");
          this.log.append(group);
        }
      });
      if (reply.degraded) this.log.append(el("p", { className: "notice", lang }, STRINGS[lang].simple));
      this.scrollDown(firstBubble);
      if (focusChoices && firstChoice) firstChoice.focus({ preventScroll: true });
      if (this.autoRead) speech.say(reply.messages.map((m) => m.text).join("\n"), lang);
    }

    addBotBubble(text, lang) {
      const bubble = el("div", { className: "msg bot", lang });
      const say = el("button", { type: "button", className: "say needs-voice", "aria-label": STRINGS[lang].readThis, title: STRINGS[lang].readThis });
      say.append(icon("speaker"));
      say.addEventListener("click", () => speech.say(text, lang));
      bubble.append(el("span", { className: "sr-only" }, STRINGS[lang].bot + " "), el("p", { className: "text" }, text), say);
      this.log.append(bubble);
      return bubble;
    }

    progress(step, total, lang) {
      const label = STRINGS[lang].step.replace("{n}", step).replace("{total}", total);
      const box = el("div", { className: "progress" });
      const bar = el("div", {
        className: "bar", role: "progressbar", "aria-label": label,
        "aria-valuemin": "1", "aria-valuemax": String(total), "aria-valuenow": String(step),
      });
      const fill = el("div", { className: "fill" });
      fill.style.width = `${Math.round((100 * step) / total)}%`;
      bar.append(fill);
      box.append(el("span", { className: "step-label", "aria-hidden": "true" }, label), bar);
      return box;
    }

    sources(sources, lang) {
      const box = el("details", { className: "sources" });
      box.append(el("summary", {}, `${STRINGS[lang].sources} ${sources.length}`));
      const list = el("ul");
      for (const source of sources) {
        const item = el("li");
        if (source.url && /^https?:\/\//.test(source.url)) {
          const link = el("a", { href: source.url, target: "_blank", rel: "noopener noreferrer" }, source.title);
          link.append(el("span", { className: "sr-only" }, " " + STRINGS[lang].newTab));
          item.append(link);
        } else {
          item.textContent = source.title;
        }
        list.append(item);
      }
      box.append(list);
      return box;
    }

    choices(buttons, lang) {
      const group = el("div", { className: "choices", role: "group", "aria-label": STRINGS[lang].choices, lang });
      for (const b of buttons) {
        const button = el("button", { type: "button" }, b.title);
        button.addEventListener("click", () => this.ask(b.payload, b.title, true));
        group.append(button);
      }
      return group;
    }

    clearChoices() {
      for (const group of this.log.querySelectorAll(".choices, .failure")) group.remove();
    }

    showFailure(error, retry) {
      const box = el("div", { className: "failure", role: "alert" });
      const final = error.status === 422 || error.status === 413 || error.status === 415;
      const words = error.detail && (error.status === 413 || error.status === 415) ? error.detail
        : error.status === 422 ? t.tooLong : error.status === 429 ? t.slowDown : t.failed;
      box.append(el("p", {}, words));
      if (!final) {
        const button = el("button", { type: "button" }, t.retry);
        button.addEventListener("click", () => { box.remove(); retry(); });
        box.append(button);
        this.log.append(box);
        button.focus();
      } else {
        this.log.append(box);
      }
      this.scrollDown();
    }

    /* A long reply is shown from its start, not its end: the learner reads it top down. */
    scrollDown(from) {
      const end = this.log.scrollHeight;
      this.log.scrollTop = from ? Math.min(end, from.offsetTop - 8) : end;
      this.updateMoreCue();
    }
  }

  const start = () => { window.hocvusoWidget.instance = new Widget(); };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
