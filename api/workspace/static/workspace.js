/* The trainers' workspace page: a thin client of /api/v1/trainers. Text from the server is only
   ever set as textContent. */
(() => {
  "use strict";

  const API = "/api/v1/trainers";
  const $ = (id) => document.getElementById(id);
  const STATE_NAMES = { draft: "Nháp", review: "Chờ duyệt", published: "Đã xuất bản", rejected: "Bị trả lại" };
  let me = null;
  let validateTimer = null;

  async function api(method, path, body) {
    const response = await fetch(API + path, {
      method,
      credentials: "same-origin",
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw Object.assign(new Error(describe(data.detail)), { status: response.status, data });
    return data;
  }

  function describe(detail) {
    if (typeof detail === "string") return detail;
    if (detail && detail.message) return detail.message;
    return "Có lỗi, thử lại sau.";
  }

  function el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }

  function button(text, action, attrs) {
    const b = el("button", text, { type: "button", ...attrs });
    b.addEventListener("click", action);
    return b;
  }

  /* ----- signing in ----- */

  async function start() {
    try {
      me = await api("GET", "/me");
      enter();
    } catch {
      $("sign-in-view").hidden = false;
    }
  }

  $("sign-in").addEventListener("submit", async (event) => {
    event.preventDefault();
    $("sign-in-error").textContent = "";
    try {
      me = await api("POST", "/login", { username: $("username").value.trim(), password: $("password").value });
      $("password").value = "";
      enter();
    } catch (error) {
      $("sign-in-error").textContent = error.status === 401 ? "Sai tên đăng nhập hoặc mật khẩu." : error.message;
    }
  });

  $("sign-out").addEventListener("click", async () => {
    await api("POST", "/logout").catch(() => {});
    location.reload();
  });

  function enter() {
    $("sign-in-view").hidden = true;
    $("workspace").hidden = false;
    $("who").hidden = false;
    $("who-name").textContent = me.display_name;
    $("who-role").textContent = { author: "Người viết", reviewer: "Người duyệt", admin: "Quản trị" }[me.role];
    show("gaps");
  }

  const isReviewer = () => me && (me.role === "reviewer" || me.role === "admin");

  /* ----- views ----- */

  const VIEWS = { gaps: loadGaps, entries: loadEntries, review: loadReview, insights: loadInsights, classes: loadClasses, editor: () => {} };

  function show(name) {
    for (const view of Object.keys(VIEWS)) $(`${view}-view`).hidden = view !== name;
    for (const b of document.querySelectorAll("nav [data-view]")) {
      if (b.dataset.view === name) b.setAttribute("aria-current", "page");
      else b.removeAttribute("aria-current");
    }
    VIEWS[name]();
  }

  for (const b of document.querySelectorAll("nav [data-view]")) b.addEventListener("click", () => show(b.dataset.view));
  $("new-entry").addEventListener("click", () => openEditor(null, {}));

  async function loadGaps() {
    const list = $("gap-list");
    list.replaceChildren();
    const gaps = await api("GET", "/gaps");
    if (!gaps.length) list.append(el("li", "Chưa có câu hỏi nào bị bỏ lửng."));
    for (const gap of gaps) {
      const item = el("li");
      item.append(el("strong", `${gap.learners} người hỏi · ${gap.asked} lần · ${gap.language}`));
      const questions = el("ul");
      for (const q of gap.questions.slice(0, 8)) questions.append(el("li", q));
      const language = gap.language;
      item.append(questions, button("Viết bài cho nhóm này", () => openEditor(null, { language, questions: gap.questions })));
      list.append(item);
    }
  }

  async function loadInsights() {
    const data = await api("GET", "/insights");
    const days = data.activity;
    const peak = Math.max(1, ...days.map((d) => d.learners));
    const activity = $("chart-activity");
    activity.replaceChildren();
    activity.setAttribute("aria-label", days.map((d) => `${d.day}: ${d.learners}`).join("; "));
    for (const d of days) {
      const bar = el("span", null, { class: "column", title: `${d.day}: ${d.learners}` });
      bar.style.height = `${(100 * d.learners) / peak}%`;
      activity.append(bar);
    }
    bars($("chart-topics"), data.topics.map((t) => [`${t.topic} (${t.language})`, t.questions, t.questions]));
    bars($("chart-mastery"), data.mastery.map((m) => [m.topic, m.mastered, m.learners, `${m.mastered}/${m.learners} thành thạo`]));
    const waiting = $("handoff-list");
    waiting.replaceChildren();
    if (!data.handoffs.length) waiting.append(el("li", "Không ai đang chờ."));
    for (const h of data.handoffs) waiting.append(el("li", `${h.learner} · ${new Date(h.since).toLocaleString("vi-VN")} · ${h.message}`));
  }

  function bars(box, rows) {
    box.replaceChildren();
    if (!rows.length) box.append(el("p", "Chưa có dữ liệu."));
    const top = Math.max(1, ...rows.map((r) => r[2]));
    for (const [label, value, total, text] of rows) {
      const row = el("div", null, { class: "bar-row" });
      const track = el("span", null, { class: "track" });
      const fill = el("span", null, { class: "fill" });
      fill.style.width = `${(100 * value) / top}%`;
      track.append(fill);
      row.append(el("span", label, { class: "label" }), track, el("span", text || String(value), { class: "value" }));
      box.append(row);
    }
  }

  async function loadClasses() {
    const list = $("class-list");
    list.replaceChildren();
    $("class-detail").replaceChildren();
    const mine = await api("GET", "/classes");
    if (!mine.length) list.append(el("li", "Chưa có lớp nào."));
    for (const c of mine) {
      const item = el("li");
      item.append(el("strong", `${c.name} — mã lớp ${c.code}`), el("p", `${c.learners} học viên · người hướng dẫn: ${c.mentor}`));
      item.append(button("Xem học viên", () => showClass(c.code), { "aria-label": `Xem học viên lớp ${c.name}` }));
      list.append(item);
    }
  }

  async function showClass(code) {
    const detail = await api("GET", `/classes/${code}`);
    const table = el("table");
    const head = el("tr");
    for (const h of ["Học viên", "Vào lớp", "Lần cuối", "Tin nhắn", "Đã ôn", "Thành thạo"]) head.append(el("th", h));
    table.append(el("caption", `Lớp ${detail.name} (${detail.code})`), head);
    const when = (t) => (t ? new Date(t).toLocaleString("vi-VN") : "—");
    for (const l of detail.learners) {
      const row = el("tr");
      for (const v of [l.learner, when(l.joined_at), when(l.last_seen), l.messages, l.practised.join(", ") || "—", l.mastered.join(", ") || "—"]) row.append(el("td", String(v)));
      table.append(row);
    }
    $("class-detail").replaceChildren(table);
  }

  $("new-class").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const created = await api("POST", "/classes", { name: $("class-name").value.trim() });
      $("class-status").textContent = `Đã tạo lớp. Học viên nhắn: “mã lớp ${created.code}”.`;
      $("class-name").value = "";
      loadClasses();
    } catch (error) {
      $("class-status").textContent = error.message;
    }
  });

  async function loadEntries() {
    const body = $("edited-list");
    body.replaceChildren();
    const { edited, live } = await api("GET", "/entries");
    showLive(live);
    for (const v of edited) {
      const row = el("tr");
      for (const text of [v.title, v.language, `v${v.version}`, STATE_NAMES[v.state] || v.state, v.author]) row.append(el("td", text));
      const cell = el("td");
      cell.append(button("Mở", () => openEditor(v.entry_id), { "aria-label": `Mở ${v.title}` }));
      row.append(cell);
      body.append(row);
    }
  }

  function showLive(live) {
    const draw = () => {
      const wanted = $("live-filter").value.trim().toLowerCase();
      const list = $("live-list");
      list.replaceChildren();
      for (const e of live.filter((x) => !wanted || `${x.title} ${x.id}`.toLowerCase().includes(wanted)).slice(0, 50)) {
        const item = el("li", `${e.title} (${e.id}) `);
        item.append(button("Sửa", () => openEditor(e.id), { "aria-label": `Sửa ${e.title}` }));
        list.append(item);
      }
    };
    $("live-filter").oninput = draw;
    draw();
  }

  async function loadReview() {
    const list = $("review-list");
    list.replaceChildren();
    const waiting = (await api("GET", "/entries")).edited.filter((v) => v.state === "review");
    if (!waiting.length) list.append(el("li", "Không có bài nào chờ duyệt."));
    for (const v of waiting) list.append(reviewCard(v));
  }

  function reviewCard(v) {
    const item = el("li");
    item.append(el("strong", v.title), el("p", `${v.entry_id} · phiên bản ${v.version} · ${v.author}${v.note ? " · " + v.note : ""}`));
    item.append(button("Xem", () => openEditor(v.entry_id), { "aria-label": `Xem ${v.title}` }));
    if (isReviewer()) {
      const noteId = `reject-${v.entry_id}`;
      const label = el("label", "Lý do trả lại (nếu trả lại):", { for: noteId });
      const note = el("input", null, { id: noteId });
      item.append(
        button("Xuất bản", () => act(`/entries/${v.entry_id}/publish`, null, "Đã xuất bản."), { class: "primary", "aria-label": `Xuất bản ${v.title}` }),
        label,
        note,
        button("Trả lại", () => act(`/entries/${v.entry_id}/reject`, { note: note.value }, "Đã trả lại cho người viết."), { "aria-label": `Trả lại ${v.title}` }),
      );
    }
    return item;
  }

  async function act(path, body, done) {
    try {
      await api("POST", path, body);
      alertStatus(done);
    } catch (error) {
      alertStatus(error.message);
    }
    loadReview();
  }

  function alertStatus(text) {
    const status = $("review-view").querySelector("[role=status]") || $("review-view").appendChild(el("p", null, { role: "status" }));
    status.textContent = text;
  }

  /* ----- the editor ----- */

  const fieldInput = (name) => $("editor").elements[name];

  async function openEditor(entryId, prefill) {
    show("editor");
    $("problems").replaceChildren();
    $("editor-status").textContent = "";
    let data = prefill || {};
    if (entryId) data = (await api("GET", `/entries/${entryId}`)).entry;
    fill(data);
    fieldInput("id").readOnly = Boolean(entryId);
    loadHistory(entryId);
    fieldInput(entryId ? "title" : "id").focus();
  }

  function fill(data) {
    const lines = (list) => (list || []).map((x) => (typeof x === "string" ? x : x.text)).join("\n");
    fieldInput("id").value = data.id || "";
    fieldInput("language").value = data.language || "vi";
    fieldInput("topic").value = data.topic || "vneid";
    fieldInput("title").value = data.title || "";
    fieldInput("questions").value = lines(data.questions);
    fieldInput("answer").value = data.answer || "";
    fieldInput("steps").value = lines(data.steps);
    fieldInput("warnings").value = lines(data.warnings);
    fieldInput("sources").value = (data.sources || []).map((s) => `${s.title} | ${s.url || s.document || ""}`).join("\n");
    fieldInput("reviewed_on").value = data.reviewed_on || new Date().toISOString().slice(0, 10);
    fieldInput("note").value = "";
  }

  function entryFromForm() {
    const lines = (name) => fieldInput(name).value.split("\n").map((s) => s.trim()).filter(Boolean);
    const sources = lines("sources").map((line) => {
      const [title, ref = ""] = line.split("|").map((s) => s.trim());
      return /^https?:\/\//.test(ref) ? { title, url: ref } : { title, document: ref || null };
    });
    return {
      id: fieldInput("id").value.trim(),
      language: fieldInput("language").value,
      topic: fieldInput("topic").value,
      title: fieldInput("title").value.trim(),
      questions: lines("questions"),
      answer: fieldInput("answer").value.trim(),
      steps: lines("steps"),
      warnings: lines("warnings"),
      sources,
      reviewed_on: fieldInput("reviewed_on").value,
    };
  }

  function showProblems(errors) {
    const box = $("problems");
    box.replaceChildren();
    if (!errors.length) return;
    const list = el("ul");
    for (const e of errors) list.append(el("li", `${e.field}: ${e.problem}`));
    box.append(el("strong", "Cần sửa trước khi lưu:"), list);
  }

  $("editor").addEventListener("input", () => {
    clearTimeout(validateTimer);
    validateTimer = setTimeout(async () => {
      const result = await api("POST", "/validate", { entry: entryFromForm() }).catch(() => null);
      if (result) showProblems(result.errors);
    }, 400);
  });

  async function save() {
    const entry = entryFromForm();
    try {
      const version = await api("PUT", `/entries/${encodeURIComponent(entry.id)}`, { entry, note: fieldInput("note").value || null });
      showProblems([]);
      fieldInput("id").readOnly = true;
      loadHistory(entry.id);
      return version;
    } catch (error) {
      if (error.data && error.data.detail && error.data.detail.errors) showProblems(error.data.detail.errors);
      $("editor-status").textContent = error.message;
      return null;
    }
  }

  $("editor").addEventListener("submit", async (event) => {
    event.preventDefault();
    const version = await save();
    if (version) $("editor-status").textContent = `Đã lưu nháp (phiên bản ${version.version}).`;
  });

  $("submit-review").addEventListener("click", async () => {
    const version = await save();
    if (!version) return;
    try {
      await api("POST", `/entries/${encodeURIComponent(version.entry_id)}/submit`);
      $("editor-status").textContent = `Đã gửi duyệt (phiên bản ${version.version}).`;
      loadHistory(version.entry_id);
    } catch (error) {
      $("editor-status").textContent = error.message;
    }
  });

  $("preview").addEventListener("submit", async (event) => {
    event.preventDefault();
    const out = $("preview-result");
    try {
      const result = await api("POST", "/preview", { entry: entryFromForm(), question: $("preview-question").value });
      const said = {
        this_entry: `Trợ lý sẽ trả lời bằng bài này: “${result.answer}”${result.steps ? ` (và hướng dẫn ${result.steps} bước)` : ""}`,
        another_entry: `Trợ lý sẽ trả lời bằng bài khác: ${result.ranking[0].title}. Thêm cách hỏi này vào bài nếu nó thuộc về bài này.`,
        dont_know: "Trợ lý sẽ nói chưa biết. Thêm cách hỏi này vào bài.",
      };
      out.textContent = said[result.verdict];
    } catch (error) {
      out.textContent = error.message;
    }
  });

  async function loadHistory(entryId) {
    const list = $("history");
    list.replaceChildren();
    if (!entryId) return;
    const versions = await api("GET", `/entries/${encodeURIComponent(entryId)}/versions`).catch(() => []);
    for (const v of versions) {
      const item = el("li", `v${v.version} · ${STATE_NAMES[v.state] || v.state} · ${v.author} · ${new Date(v.created_at).toLocaleString("vi-VN")}${v.reviewed_by ? " · duyệt: " + v.reviewed_by : ""}${v.note ? " · " + v.note : ""} `);
      if (isReviewer() && v.state === "published") {
        item.append(button("Xuất bản lại bản này", async () => {
          await api("POST", `/entries/${encodeURIComponent(entryId)}/rollback`, { version: v.version });
          loadHistory(entryId);
        }));
      }
      list.append(item);
    }
  }

  start();
})();
