/* Accounts: everyone changes their own password and manages their API tokens; admins manage
   accounts (role, disable, unlock, new password, sign out everywhere) and read the audit log.
   Text from the server is only set as textContent. */
(() => {
  "use strict";

  const API = "/api/v1/trainers";
  const $ = (id) => document.getElementById(id);
  const ROLES = { volunteer: "Tình nguyện viên", author: "Người viết", reviewer: "Người duyệt", admin: "Quản trị" };
  const ACTIONS = {
    "sign_in.ok": "Đăng nhập",
    "sign_in.failed": "Đăng nhập sai",
    "sign_in.locked": "Tạm dừng đăng nhập",
    "sign_in.refused": "Đăng nhập bị từ chối (tài khoản bị khoá)",
    sign_out: "Đăng xuất",
    "password.changed": "Tự đổi mật khẩu",
    "password.failed": "Nhập sai mật khẩu hiện tại",
    "account.created": "Tạo tài khoản",
    "account.disabled": "Khoá tài khoản",
    "account.enabled": "Mở lại tài khoản",
    "account.role_changed": "Đổi vai trò",
    "account.password_reset": "Đặt lại mật khẩu",
    "account.unlocked": "Gỡ tạm dừng đăng nhập",
    "token.created": "Tạo mã API",
    "token.revoked": "Thu hồi mã API",
    "credentials.revoked": "Đăng xuất mọi nơi, thu hồi mã API",
    "content.published": "Xuất bản",
    "content.rolled_back": "Xuất bản lại bản cũ",
  };
  let me = null;

  async function api(method, path, body) {
    const response = await fetch(API + path, {
      method,
      credentials: "same-origin",
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(typeof data.detail === "string" ? data.detail : "Có lỗi, thử lại.");
    return data;
  }

  function el(tag, text, attrs = {}) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  }

  function button(text, action, attrs = {}) {
    const b = el("button", text, { type: "button", ...attrs });
    b.addEventListener("click", action);
    return b;
  }

  const when = (t) => (t ? new Date(t).toLocaleString("vi-VN") : "—");

  /* Run an action, say how it went in `status`, then redraw. */
  async function act(status, work, done, redraw) {
    status.textContent = "";
    try {
      const result = await work();
      status.textContent = typeof done === "function" ? done(result) : done;
    } catch (error) {
      status.textContent = error.message;
    }
    if (redraw) await redraw();
  }

  /* ----- my account ----- */

  $("change-password").addEventListener("submit", async (event) => {
    event.preventDefault();
    const status = $("password-status");
    if ($("new-password").value !== $("new-password-again").value) {
      status.textContent = "Hai lần nhập mật khẩu mới không giống nhau.";
      return;
    }
    await act(
      status,
      () => api("POST", "/me/password", { current_password: $("current-password").value, new_password: $("new-password").value }),
      (r) => `Đã đổi mật khẩu. ${r.other_sessions_ended} phiên đăng nhập khác đã kết thúc.`,
    );
    for (const id of ["current-password", "new-password", "new-password-again"]) $(id).value = "";
  });

  async function loadMine() {
    const mayMakeTokens = me.role !== "volunteer";
    $("my-tokens-section").hidden = false;
    $("new-token").hidden = !mayMakeTokens;
    const list = $("my-tokens");
    list.replaceChildren();
    const tokens = await api("GET", "/tokens");
    if (!tokens.length) list.append(el("li", "Chưa có mã nào còn hiệu lực."));
    for (const t of tokens) list.append(tokenItem(t, $("token-status"), loadMine));
  }

  function tokenItem(t, status, redraw) {
    const item = el("li", `${t.label} · tạo ${when(t.created_at)} · hết hạn ${when(t.expires_at)} `);
    item.append(
      button("Thu hồi", () => act(status, () => api("DELETE", `/tokens/${t.id}`), `Đã thu hồi mã “${t.label}”.`, redraw), {
        "aria-label": `Thu hồi mã ${t.label}`,
      }),
    );
    return item;
  }

  $("new-token").addEventListener("submit", async (event) => {
    event.preventDefault();
    const shown = $("token-value");
    shown.hidden = true;
    const body = { label: $("token-label").value.trim(), password: $("token-password").value };
    if ($("token-days").value) body.days = Number($("token-days").value);
    await act(
      $("token-status"),
      () => api("POST", "/tokens", body),
      (made) => {
        $("token-value-text").textContent = made.token;
        shown.hidden = false;
        return `Đã tạo mã “${made.label}”, dùng được đến ${when(made.expires_at)}. Chép mã ngay: nó chỉ hiện một lần.`;
      },
      loadMine,
    );
    $("token-password").value = "";
  });

  /* ----- accounts (admins) ----- */

  async function loadAccounts() {
    const list = $("account-list");
    const status = $("accounts-status");
    list.replaceChildren();
    for (const a of await api("GET", "/accounts")) list.append(accountCard(a, status));
    await loadAudit();
  }

  function accountCard(a, status) {
    const item = el("li");
    const state = [a.disabled ? "Đã khoá" : "Đang dùng"];
    if (a.paused_until) state.push(`tạm dừng đăng nhập đến ${when(a.paused_until)}`);
    item.append(
      el("strong", `${a.display_name} (${a.username})`),
      el("p", `${ROLES[a.role] || a.role} · ${state.join(", ")} · ${a.tokens} mã API · tạo ${when(a.created_at)}`),
    );
    const where = `/accounts/${encodeURIComponent(a.username)}`;
    const run = (work, done) => act(status, work, done, loadAccounts);
    const self = me && a.username === me.username;

    if (!self) {
      const roleId = `role-${a.username}`;
      const select = el("select", null, { id: roleId });
      for (const [value, name] of Object.entries(ROLES)) {
        const option = el("option", name, { value });
        if (value === a.role) option.selected = true;
        select.append(option);
      }
      item.append(
        el("label", `Vai trò của ${a.username}`, { for: roleId }),
        select,
        button("Đổi vai trò", () => run(() => api("POST", `${where}/role`, { role: select.value }), `Đã đổi vai trò của ${a.username}.`), {
          "aria-label": `Đổi vai trò ${a.username}`,
        }),
        a.disabled
          ? button("Mở lại tài khoản", () => run(() => api("POST", `${where}/enable`), `${a.username} đăng nhập lại được.`), {
              "aria-label": `Mở lại tài khoản ${a.username}`,
            })
          : button("Khoá tài khoản", () => run(() => api("POST", `${where}/disable`), `Đã khoá ${a.username}; mọi phiên và mã API đã dừng.`), {
              "aria-label": `Khoá tài khoản ${a.username}`,
            }),
      );
    }
    if (a.paused_until) {
      item.append(
        button("Gỡ tạm dừng đăng nhập", () => run(() => api("POST", `${where}/unlock`), `${a.username} đăng nhập lại được.`), {
          "aria-label": `Gỡ tạm dừng đăng nhập ${a.username}`,
        }),
      );
    }
    item.append(
      button("Đăng xuất mọi nơi", () => run(() => api("POST", `${where}/revoke-tokens`), (r) => `${r.credentials_ended} phiên và mã API của ${a.username} đã dừng.`), {
        "aria-label": `Đăng xuất mọi nơi ${a.username}`,
      }),
    );

    const passwordId = `reset-${a.username}`;
    const password = el("input", null, { id: passwordId, type: "password", autocomplete: "new-password", minlength: "12" });
    item.append(
      el("label", `Mật khẩu mới cho ${a.username} (ít nhất 12 ký tự; báo cho họ bằng cách khác)`, { for: passwordId }),
      password,
      button("Đặt mật khẩu mới", () => run(() => api("POST", `${where}/password`, { password: password.value }), `${a.username} có mật khẩu mới; các phiên cũ đã kết thúc.`), {
        "aria-label": `Đặt mật khẩu mới cho ${a.username}`,
      }),
    );

    const tokens = el("ul");
    item.append(
      button("Xem mã API", async () => {
        tokens.replaceChildren();
        const found = await api("GET", `${where}/tokens`).catch((error) => ((status.textContent = error.message), []));
        if (!found.length) tokens.append(el("li", "Không có mã API nào còn hiệu lực."));
        for (const t of found) tokens.append(tokenItem(t, status, loadAccounts));
      }, { "aria-label": `Xem mã API của ${a.username}` }),
      tokens,
    );
    return item;
  }

  $("new-account").addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      username: $("account-username").value.trim(),
      display_name: $("account-name").value.trim(),
      role: $("account-role").value,
      password: $("account-password").value,
    };
    await act($("accounts-status"), () => api("POST", "/accounts", body), `Đã tạo tài khoản ${body.username}.`, loadAccounts);
    $("account-password").value = "";
  });

  /* ----- the audit log ----- */

  async function loadAudit() {
    const kind = $("audit-filter").value;
    $("audit-csv").setAttribute("href", `${API}/audit.csv${kind ? `?action=${kind}` : ""}`);
    const rows = await api("GET", `/audit?limit=200${kind ? `&action=${kind}` : ""}`);
    const body = $("audit-rows");
    body.replaceChildren();
    for (const e of rows) {
      const row = el("tr");
      for (const text of [when(e.at), e.actor || "—", ACTIONS[e.action] || e.action, e.target || "—", e.detail, e.client]) row.append(el("td", text));
      body.append(row);
    }
    if (!rows.length) {
      const row = el("tr");
      row.append(el("td", "Chưa có gì.", { colspan: "6" }));
      body.append(row);
    }
  }

  $("audit-filter").addEventListener("change", loadAudit);

  window.hocvusoAccounts = {
    start(who) {
      me = who;
    },
    loadMine,
    loadAccounts,
  };
})();
