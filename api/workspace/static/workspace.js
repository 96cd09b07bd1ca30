/* The trainers' workspace page: a thin client of /api/v1/trainers. Text from the server is only
   ever set as textContent. */
(() => {
  "use strict";

  const API = "/api/v1/trainers";
  const $ = (id) => document.getElementById(id);
  /* A class code as learners should type it: two groups of four ("K7MQ-2XPA"); older codes are digits. */
  const codeText = (code) => (code.length === 8 && !/^\d+$/.test(code) ? `${code.slice(0, 4)}-${code.slice(4)}` : code);
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
    if (!response.ok) {
      const retryAfter = Number(response.headers.get("retry-after")) || 0;
      throw Object.assign(new Error(describe(data.detail)), { status: response.status, data, retryAfter });
    }
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
      const minutes = Math.max(1, Math.ceil(error.retryAfter / 60));
      const said = {
        401: "Sai tên đăng nhập hoặc mật khẩu.",
        403: "Tài khoản này đang bị khoá. Hãy nhờ quản trị viên mở lại.",
        429: `Sai mật khẩu quá nhiều lần. Hãy thử lại sau ${minutes} phút, hoặc nhờ quản trị viên gỡ tạm dừng đăng nhập.`,
      };
      $("sign-in-error").textContent = said[error.status] || error.message;
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
    $("who-role").textContent = { volunteer: "Tình nguyện viên", author: "Người viết", reviewer: "Người duyệt", admin: "Quản trị" }[me.role];
    window.hocvusoDesk.start(me);
    window.hocvusoAccounts.start(me);
    if (me.role === "volunteer") {  /* the desk and their own account are all a volunteer may use */
      for (const b of document.querySelectorAll("nav button")) b.hidden = !["desk", "my-account"].includes(b.dataset.view);
    }
    $("accounts-nav").hidden = me.role !== "admin";
    show(me.role === "volunteer" ? "desk" : "gaps");
  }

  const isReviewer = () => me && (me.role === "reviewer" || me.role === "admin");

  /* ----- views ----- */

  const VIEWS = {
    desk: () => window.hocvusoDesk.load(),
    gaps: loadGaps,
    entries: loadEntries,
    items: loadItems,
    review: loadReview,
    insights: loadInsights,
    classes: loadClasses,
    "my-account": () => window.hocvusoAccounts.loadMine(),
    accounts: () => window.hocvusoAccounts.loadAccounts(),
    editor: () => {},
    "item-editor": () => {},
  };
  /* Lessons and quiz items share the workflow; these say where each lives and what to call it. */
  const KINDS = {
    entry: { path: "/entries", open: (id) => openEditor(id), noun: "bài" },
    item: { path: "/items", open: (id) => openItemEditor(id), noun: "câu hỏi" },
  };

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
  $("new-item").addEventListener("click", () => openItemEditor(null));

  async function loadGaps() {
    const list = $("gap-list");
    list.replaceChildren();
    const gaps = await api("GET", "/gaps");
    if (!gaps.length) list.append(el("li", "Chưa có câu hỏi nào bị bỏ lửng."));
    for (const gap of gaps) {
      const item = el("li");
      item.append(el("strong", `${gap.learners} người hỏi · ${gap.asked} lần · ${gap.language}`));
      const questions = el("ul");
      gap.questions.slice(0, 8).forEach((q, i) => questions.append(el("li", gap.times[i] > 1 ? `${q} (×${gap.times[i]})` : q)));
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
    activity.setAttribute("aria-label", days.map((d) => `${d.day}: ${d.learners} học viên`).join("; "));
    for (const d of days) {
      const bar = el("span", null, { class: "column", title: `${d.day}: ${d.learners} học viên` });
      bar.style.height = `${(100 * d.learners) / peak}%`;
      activity.append(bar);
    }
    $("chart-activity-axis").textContent = days.length
      ? `Trục dọc: số học viên (0–${peak}) · trục ngang: ngày, từ ${days[0].day} đến ${days[days.length - 1].day}`
      : "Chưa có dữ liệu.";
    bars($("chart-topics"), data.topics.map((t) => [`${t.title} (${t.language})`, t.questions, t.questions, `${t.questions} câu hỏi`]));
    bars($("chart-mastery"), data.mastery.map((m) => [m.title, m.mastered, m.learners, `${m.mastered}/${m.learners} thành thạo`]));
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
      item.append(el("strong", `${c.name} — mã lớp ${codeText(c.code)}`), el("p", `${c.learners} học viên · người hướng dẫn: ${c.mentor}`));
      item.append(button("Xem học viên", () => showClass(c.code), { "aria-label": `Xem học viên lớp ${c.name}` }));
      list.append(item);
    }
  }

  async function showClass(code) {
    const detail = await api("GET", `/classes/${code}`);
    const table = el("table");
    const head = el("tr");
    for (const h of ["Học viên", "Vào lớp", "Lần cuối", "Tin nhắn", "Đã ôn", "Thành thạo"]) head.append(el("th", h));
    table.append(el("caption", `Lớp ${detail.name} (${codeText(detail.code)})`), head);
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
      $("class-status").textContent = `Đã tạo lớp. Học viên nhắn: “mã lớp ${codeText(created.code)}”.`;
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
      cell.append(button("Mở", () => openEditor(v.id), { "aria-label": `Mở ${v.title}` }));
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
    let waiting = 0;
    for (const [kind, config] of Object.entries(KINDS)) {
      for (const v of (await api("GET", config.path)).edited.filter((x) => x.state === "review")) {
        list.append(reviewCard(v, kind));
        waiting += 1;
      }
    }
    if (!waiting) list.append(el("li", "Không có bài hay câu hỏi nào chờ duyệt."));
  }

  function reviewCard(v, kind) {
    const { path, open, noun } = KINDS[kind];
    const where = `${path}/${encodeURIComponent(v.id)}`;
    const item = el("li");
    item.append(el("strong", `${noun === "bài" ? "Bài" : "Câu hỏi"}: ${v.title}`), el("p", `${v.id} · phiên bản ${v.version} · ${v.author}${v.note ? " · " + v.note : ""}`));
    item.append(button("Xem", () => open(v.id), { "aria-label": `Xem ${v.title}` }));
    if (isReviewer()) {
      const noteId = `reject-${v.id}`;
      const label = el("label", "Lý do trả lại (nếu trả lại):", { for: noteId });
      const note = el("input", null, { id: noteId });
      item.append(
        button("Xuất bản", () => act(`${where}/publish`, { version: v.version }, `Đã xuất bản phiên bản ${v.version}.`), { class: "primary", "aria-label": `Xuất bản ${v.title}` }),
        label,
        note,
        button("Trả lại", () => act(`${where}/reject`, { note: note.value }, "Đã trả lại cho người viết."), { "aria-label": `Trả lại ${v.title}` }),
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
    loadHistory("entry", entryId);
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

  function showProblems(errors, boxId = "problems") {
    const box = $(boxId);
    box.replaceChildren();
    if (!errors.length) return;
    const list = el("ul");
    for (const e of errors) list.append(el("li", e.vi || `${e.field}: ${e.problem}`));
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
      loadHistory("entry", entry.id);
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
      await api("POST", `/entries/${encodeURIComponent(version.id)}/submit`);
      $("editor-status").textContent = `Đã gửi duyệt (phiên bản ${version.version}).`;
      loadHistory("entry", version.id);
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

  /* A field's name as its editor labels it, so the history speaks the page's words. */
  function fieldName(kind, field) {
    if (field === "options") return "Các lựa chọn";
    const form = $(kind === "entry" ? "editor" : "item-editor");
    const input = form.elements[field];
    const label = input && input.labels && input.labels[0];
    return label ? label.textContent.replace(/\s*\(.*$/, "") : field;
  }

  async function loadHistory(kind, id) {
    const list = $(kind === "entry" ? "history" : "item-history");
    list.replaceChildren();
    if (!id) return;
    const where = `${KINDS[kind].path}/${encodeURIComponent(id)}`;
    const versions = await api("GET", `${where}/versions`).catch(() => []);
    for (const v of versions) {
      const changed = v.changed === null ? " · bản đầu tiên" : v.changed.length ? ` · sửa: ${v.changed.map((f) => fieldName(kind, f)).join(", ")}` : " · không đổi nội dung";
      const item = el("li", `v${v.version} · ${STATE_NAMES[v.state] || v.state} · ${v.author} · ${new Date(v.created_at).toLocaleString("vi-VN")}${v.reviewed_by ? " · duyệt: " + v.reviewed_by : ""}${changed}${v.note ? " · " + v.note : ""} `);
      if (isReviewer() && v.state === "published") {
        item.append(button("Xuất bản lại bản này", async () => {
          await api("POST", `${where}/rollback`, { version: v.version });
          loadHistory(kind, id);
        }));
      }
      list.append(item);
    }
  }

  /* ----- quiz items ----- */

  async function loadItems() {
    const body = $("edited-items");
    body.replaceChildren();
    const { edited, live } = await api("GET", "/items");
    for (const v of edited) {
      const row = el("tr");
      for (const text of [v.title, v.language, `v${v.version}`, STATE_NAMES[v.state] || v.state, v.author]) row.append(el("td", text));
      const cell = el("td");
      cell.append(button("Mở", () => openItemEditor(v.id), { "aria-label": `Mở câu hỏi ${v.title}` }));
      row.append(cell);
      body.append(row);
    }
    const draw = () => {
      const wanted = $("live-items-filter").value.trim().toLowerCase();
      const list = $("live-items");
      list.replaceChildren();
      for (const i of live.filter((x) => !wanted || `${x.stem} ${x.id}`.toLowerCase().includes(wanted)).slice(0, 50)) {
        const item = el("li", `${i.stem} (${i.id}, độ khó ${i.difficulty}) `);
        item.append(button("Sửa", () => openItemEditor(i.id), { "aria-label": `Sửa câu hỏi ${i.stem}` }));
        list.append(item);
      }
    };
    $("live-items-filter").oninput = draw;
    draw();
  }

  const itemInput = (name) => $("item-editor").elements[name];
  const OPTION_FIELDS = ["option-a", "option-b", "option-c", "option-d"];

  async function openItemEditor(itemId) {
    show("item-editor");
    $("item-problems").replaceChildren();
    $("item-preview").replaceChildren();
    $("item-status").textContent = "";
    const data = itemId ? (await api("GET", `/items/${encodeURIComponent(itemId)}`)).item : {};
    fillItem(data);
    itemInput("id").readOnly = Boolean(itemId);
    loadHistory("item", itemId);
    lessonChoices();
    itemInput(itemId ? "stem" : "id").focus();
    if (itemId) validateItem();
  }

  async function lessonChoices() {
    const { live } = await api("GET", "/entries");
    $("lesson-ids").replaceChildren(...live.map((e) => el("option", e.title, { value: e.id })));
  }

  function fillItem(data) {
    itemInput("id").value = data.id || "";
    itemInput("language").value = data.language || "vi";
    itemInput("topic").value = data.topic || "scams";
    itemInput("kind").value = data.kind || "knowledge";
    itemInput("difficulty").value = data.difficulty ?? 0;
    itemInput("entry").value = data.entry || "";
    itemInput("scenario").value = data.scenario || "";
    itemInput("stem").value = data.stem || "";
    OPTION_FIELDS.forEach((name, i) => { itemInput(name).value = (data.options || [])[i] || ""; });
    itemInput("correct").value = data.correct || "A";
    itemInput("explanation").value = data.explanation || "";
    itemInput("reviewed_on").value = data.reviewed_on || new Date().toISOString().slice(0, 10);
    itemInput("note").value = "";
  }

  function itemFromForm() {
    return {
      id: itemInput("id").value.trim(),
      language: itemInput("language").value,
      topic: itemInput("topic").value,
      kind: itemInput("kind").value,
      scenario: itemInput("scenario").value.trim() || null,
      stem: itemInput("stem").value.trim(),
      options: OPTION_FIELDS.map((name) => itemInput(name).value.trim()).filter(Boolean),
      correct: itemInput("correct").value,
      explanation: itemInput("explanation").value.trim(),
      entry: itemInput("entry").value.trim(),
      difficulty: Number(itemInput("difficulty").value),
      reviewed_on: itemInput("reviewed_on").value,
    };
  }

  function showItemPreview(messages) {
    const list = $("item-preview");
    list.replaceChildren();
    for (const m of messages) {
      const bubble = el("li", m.text);
      if (m.buttons.length) {
        const choices = el("div", null, { class: "choices" });
        for (const b of m.buttons) choices.append(el("span", b));
        bubble.append(choices);
      }
      list.append(bubble);
    }
  }

  async function validateItem() {
    const result = await api("POST", "/items/validate", { item: itemFromForm() }).catch(() => null);
    if (!result) return;
    showProblems(result.errors, "item-problems");
    showItemPreview(result.preview);
  }

  $("item-editor").addEventListener("input", () => {
    clearTimeout(validateTimer);
    validateTimer = setTimeout(validateItem, 400);
  });

  async function saveItem() {
    const item = itemFromForm();
    try {
      const version = await api("PUT", `/items/${encodeURIComponent(item.id)}`, { item, note: itemInput("note").value || null });
      showProblems([], "item-problems");
      itemInput("id").readOnly = true;
      loadHistory("item", item.id);
      return version;
    } catch (error) {
      if (error.data && error.data.detail && error.data.detail.errors) showProblems(error.data.detail.errors, "item-problems");
      $("item-status").textContent = error.message;
      return null;
    }
  }

  $("item-editor").addEventListener("submit", async (event) => {
    event.preventDefault();
    const version = await saveItem();
    if (version) $("item-status").textContent = `Đã lưu nháp câu hỏi (phiên bản ${version.version}).`;
  });

  $("submit-item").addEventListener("click", async () => {
    const version = await saveItem();
    if (!version) return;
    try {
      await api("POST", `/items/${encodeURIComponent(version.id)}/submit`);
      $("item-status").textContent = `Đã gửi duyệt câu hỏi (phiên bản ${version.version}).`;
      loadHistory("item", version.id);
    } catch (error) {
      $("item-status").textContent = error.message;
    }
  });

  start();
})();
