/* The desk: learners waiting for a person, one conversation, take / reply / close, and a live
   count on every page (server-sent events). Text from the server is only set as textContent. */
(() => {
  "use strict";

  const API = "/api/v1/desk";
  const $ = (id) => document.getElementById(id);
  const CHANNELS = { web: "Trang web", zalo: "Zalo", terminal: "Dòng lệnh" };
  const ROLES = { learner: "Học viên", bot: "Trợ lý", person: "Người thật", notice: "Thông báo" };
  let me = null;
  let view = "waiting";
  let openId = null;
  let lastPulse = null;

  async function api(method, path, body) {
    const response = await fetch(API + path, {
      method,
      credentials: "same-origin",
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw Object.assign(new Error(typeof data.detail === "string" ? data.detail : "Có lỗi, thử lại."), { status: response.status });
    return data;
  }

  function el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }

  function button(text, action) {
    const b = el("button", text, { type: "button" });
    b.addEventListener("click", action);
    return b;
  }

  function minutes(seconds) {
    return seconds < 60 ? "dưới 1 phút" : `${Math.round(seconds / 60)} phút`;
  }

  /* ----- the live count ----- */

  function listen() {
    const source = new EventSource(API + "/events");
    source.onmessage = (event) => {
      const data = JSON.parse(event.data);
      $("desk-count").textContent = String(data.waiting);
      $("desk-count").classList.toggle("on", data.waiting > 0);
      if (data.pulse !== lastPulse) {
        lastPulse = data.pulse;
        if (!$("desk-view").hidden) refresh();
      }
    };
  }

  async function refresh() {
    await loadList();
    if (openId !== null) await openConversation(openId, false);
  }

  /* ----- the lists ----- */

  for (const b of document.querySelectorAll("[data-desk]")) {
    b.addEventListener("click", () => {
      view = b.dataset.desk;
      for (const other of document.querySelectorAll("[data-desk]")) other.setAttribute("aria-pressed", String(other === b));
      loadList();
    });
  }

  async function loadList() {
    const list = $("desk-list");
    const found = await api("GET", `/conversations?view=${view}`);
    list.replaceChildren();
    if (!found.length) list.append(el("li", view === "waiting" ? "Không có ai đang chờ." : "Chưa có cuộc trò chuyện nào."));
    for (const c of found) {
      const item = el("li", null, { "data-id": String(c.id) });
      const waited = c.status === "waiting" ? `đã chờ ${minutes(c.waited_s)}` : c.holder_name ? `${c.holder_name} đang nhận` : "";
      item.append(el("strong", `${c.learner}`), el("span", ` · ${CHANNELS[c.channel] || c.channel} · ${c.language}${c.class_code ? " · lớp " + c.class_code : ""} · ${waited}`));
      item.append(button("Mở", () => openConversation(c.id, true)));
      list.append(item);
    }
  }

  /* ----- one conversation ----- */

  async function openConversation(id, focus) {
    openId = id;
    const data = await api("GET", `/conversations/${id}`);
    const c = data.conversation;
    $("desk-conversation").hidden = false;
    $("desk-who").textContent = `Học viên ${c.learner}`;
    const state = { waiting: "đang chờ", taken: `${c.holder_name} đang nhận`, closed: "đã kết thúc" }[c.status];
    $("desk-meta").textContent = `${CHANNELS[c.channel] || c.channel} · ${c.language} · ${state} · chờ ${minutes(c.waited_s)}`;
    const lines = $("desk-lines");
    lines.replaceChildren();
    for (const line of data.lines) {
      const item = el("li", null, { class: `line ${line.role}` });
      item.append(el("strong", `${line.author || ROLES[line.role]}: `), el("span", line.text));
      if (line.buttons.length) item.append(el("em", ` [${line.buttons.map((b) => b.title).join(" | ")}]`));
      lines.append(item);
    }
    $("desk-lessons").textContent = data.lessons.length ? "Bài trợ lý đã dùng: " + data.lessons.map((l) => l.title).join("; ") : "";
    actions(c);
    const mine = c.status === "taken" && c.holder === me.username;
    $("desk-composer").hidden = !mine;
    if (mine) await fillComposer(c.language);
    if (focus) $("desk-who").scrollIntoView();
  }

  function actions(c) {
    const box = $("desk-actions");
    box.replaceChildren();
    if (c.status === "waiting") box.append(button("Nhận người này", () => act(`/conversations/${c.id}/take`)));
    if (c.status === "taken" && c.holder === me.username) box.append(button("Kết thúc, trả lại cho trợ lý", () => act(`/conversations/${c.id}/close`)));
  }

  async function act(path) {
    try {
      await api("POST", path);
      $("desk-status").textContent = "";
    } catch (error) {
      alert(error.message);
    }
    await refresh();
  }

  let composerLanguage = null;
  async function fillComposer(language) {
    if (composerLanguage === language) return;
    composerLanguage = language;
    const [canned, lessons] = await Promise.all([api("GET", `/canned?lang=${language}`), api("GET", `/lessons?lang=${language}`)]);
    const cannedBox = $("desk-canned");
    cannedBox.replaceChildren(el("option", "— chọn để chèn —", { value: "" }));
    for (const text of canned) cannedBox.append(el("option", text, { value: text }));
    const lessonBox = $("desk-lesson");
    lessonBox.replaceChildren(el("option", "— không —", { value: "" }));
    for (const lesson of lessons) lessonBox.append(el("option", lesson.title, { value: lesson.id, "data-steps": String(lesson.steps) }));
  }

  $("desk-canned").addEventListener("change", (event) => {
    const text = event.target.value;
    if (!text) return;
    const box = $("desk-text");
    box.value = box.value ? `${box.value} ${text}` : text;
    event.target.value = "";
    box.focus();
  });

  $("desk-composer").addEventListener("submit", async (event) => {
    event.preventDefault();
    const lesson = $("desk-lesson").value || null;
    const body = { text: $("desk-text").value, lesson, walkthrough: lesson && $("desk-walk").checked ? lesson : null };
    try {
      await api("POST", `/conversations/${openId}/reply`, body);
      $("desk-text").value = "";
      $("desk-lesson").value = "";
      $("desk-walk").checked = false;
      $("desk-status").textContent = "Đã gửi.";
    } catch (error) {
      $("desk-status").textContent = error.message;
    }
    await refresh();
  });

  window.hocvusoDesk = {
    start(who) {
      me = who;
      listen();
    },
    load() {
      loadList();
    },
  };
})();
