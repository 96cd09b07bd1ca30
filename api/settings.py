"""Every setting of the assistant, in one place, read from `HOCVUSO_*` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HOCVUSO_", env_file=".env", extra="ignore")

    var_dir: Path = Field(PROJECT_ROOT / "var", description="Where setup puts everything it builds.")
    database_url: str = Field("", description="SQLAlchemy URL; empty means a SQLite file in var_dir.")

    host: str = Field("127.0.0.1", description="Interface the web app listens on.")
    port: int = Field(8000, ge=1, le=65535)

    nlu_url: str = Field("http://127.0.0.1:5005", description="Base URL of the Rasa NLU server.")
    nlu_urls: str = Field(
        "",
        description="Several Rasa servers, comma-separated: requests spread over them and fail over; "
        "empty means `nlu_url` alone.",
    )
    nlu_token: str = Field("", description="Rasa auth token; `serve` generates one when empty.")
    nlu_timeout_s: float = Field(2.0, gt=0, le=30, description="Per-request NLU timeout.")
    nlu_managed: bool = Field(True, description="`serve` starts and watches the Rasa server itself.")
    nlu_start_timeout_s: float = Field(240.0, gt=0, description="How long `serve` waits for Rasa.")

    embedding_model: str = Field(
        "",
        description="Folder or name of a sentence-transformers model; empty means the one setup builds.",
    )
    embedder: Literal["onnx", "onnx-int8", "torch"] = Field(
        "onnx",
        description="onnx: the model's ONNX copy setup builds (same vectors, faster); onnx-int8: its int8 "
        "copy (faster still, rankings move slightly); torch: sentence-transformers.",
    )
    curriculum_dir: Path = Field(PROJECT_ROOT / "knowledge" / "curriculum", description="The YAML lessons.")
    facts_file: Path = Field(
        PROJECT_ROOT / "knowledge" / "facts.yaml", description="Sourced hotlines, amounts and hosts."
    )
    glossary_dir: Path = Field(PROJECT_ROOT / "knowledge" / "glossary", description="Words the lessons use.")
    curriculum_poll_s: float = Field(
        5.0, gt=0, description="How often the lessons folder is checked for edits."
    )
    index_dir: Path | None = Field(None, description="Vector cache folder; empty means var_dir/index.")
    retrieval_min_score: float | None = Field(
        None, ge=0, le=2, description="Override the calibrated per-language answer thresholds with one value."
    )
    faiss_index: str = Field("Flat", description="FAISS index factory string; 'Flat' is exact.")
    max_message_chars: int = Field(
        2000, ge=50, le=20000, description="Longest learner message, in characters."
    )
    max_body_bytes: int = Field(
        512 * 1024, ge=16 * 1024, description="Largest request body; larger ones get 413 without being read."
    )
    max_frame_bytes: int = Field(64 * 1024, ge=4 * 1024, description="Largest chat WebSocket frame.")
    max_image_bytes: int = Field(
        5 * 1024 * 1024,
        ge=64 * 1024,
        le=50 * 1024 * 1024,
        description="Largest screenshot a learner may send (POST /api/v1/chat/image, Zalo images).",
    )
    max_image_pixels: int = Field(
        16_000_000, ge=100_000, description="Most pixels a screenshot may have, read from its header."
    )
    max_image_side: int = Field(8192, ge=1000, description="Longest side of a screenshot, in pixels.")
    ocr_timeout_s: float = Field(10.0, gt=0, le=120, description="Time Tesseract may take on one screenshot.")
    ocr_workers: int = Field(
        1, ge=1, le=4, description="Screenshots read at once; more wait, so chat turns keep their cores."
    )
    resend_memory_h: float = Field(
        24.0, gt=0, description="A message resent with the same id within this time gets the first reply."
    )
    turn_lock_s: float = Field(
        120.0, gt=0, description="How long a learner stays locked by an app process that died mid-turn."
    )
    desk_push_check_s: float = Field(
        0.5,
        gt=0,
        le=30,
        description="How often each process looks for a person's replies (stored by any process) "
        "to push to the widget windows it holds.",
    )
    content_check_s: float = Field(
        1.0, gt=0, description="How often each app process checks whether lessons were published elsewhere."
    )
    guard_deadline_s: float = Field(
        2.0, gt=0, le=30, description="A message the safety guard cannot check in this time goes no further."
    )
    chat_rate_per_learner: str = Field(
        "30/minute", description="Messages one learner id may send (REST and WebSocket), as 'N/period'."
    )
    chat_rate_per_address: str = Field(
        "600/minute", description="Messages one client address may send: a whole class may share one."
    )
    max_sockets_per_address: int = Field(50, ge=1, description="Open chat WebSockets per client address.")
    rate_limits_shared: bool | None = Field(
        None,
        description="Count chat and class-code rates in the database, for all app processes at once; "
        "empty: on PostgreSQL yes, on SQLite only under `serve --workers N` (it sets this).",
    )
    unanswered_per_learner_per_day: int = Field(
        20, ge=0, description="Unanswered questions kept per learner per day; more are not stored."
    )
    gaps_max_questions: int = Field(
        500, ge=10, description="The Gaps view groups at most this many of the most recent open questions."
    )
    gaps_refresh_s: float = Field(300.0, gt=0, description="How long a computed Gaps grouping is reused.")
    signed_learner_ids: bool = Field(
        False,
        description="Take only learner ids this server issued (POST /api/v1/learners) on the chat API. "
        "Off by default, so integrations may name their own ids.",
    )
    quiz_bank_dir: Path = Field(PROJECT_ROOT / "quizzes" / "bank", description="The YAML quiz items.")
    quiz_length: int = Field(8, ge=2, le=30, description="Questions per quiz at most.")
    quiz_target_success: float = Field(
        0.7, gt=0.3, lt=0.95, description="Chance of a right answer the next question aims at."
    )

    sign_in_max_failures: int = Field(
        5, ge=1, description="Wrong passwords for one trainer name from one client before a pause."
    )
    sign_in_max_failures_per_name: int = Field(
        20, ge=1, description="Wrong passwords for one trainer name from all clients together before a pause."
    )
    sign_in_max_failures_per_address: int = Field(
        50, ge=1, description="Wrong passwords from one client address, for any names, before a pause."
    )
    sign_in_lock_minutes: float = Field(
        15.0, gt=0, description="How long a pause lasts (an admin can lift it: 'hocvuso trainer unlock')."
    )
    password_scrypt_log2_n: int = Field(
        17,
        ge=10,
        le=20,
        description="scrypt cost of trainer passwords, as a power of two (17: 128 MiB per check). Hashes "
        "made at another cost are redone at their owner's next sign-in.",
    )
    api_token_days: int = Field(90, ge=1, le=3650, description="How long a new API token works, at most.")
    widget_origins: list[str] = Field(
        ["*"],
        description="Web pages allowed to embed the chat widget (scheme://host[:port]); '*' means any. "
        "The chat API is anonymous and takes no cookies, so any is safe by default.",
    )

    zalo_app_id: str = Field("", description="Zalo app id; with the OA secret key it turns Zalo on.")
    zalo_oa_secret_key: SecretStr = Field(SecretStr(""), description="Checks webhook signatures.")
    zalo_app_secret_key: SecretStr = Field(SecretStr(""), description="App secret key: refreshes tokens.")
    zalo_access_token: SecretStr = Field(SecretStr(""), description="First access token; then the DB's.")
    zalo_refresh_token: SecretStr = Field(SecretStr(""), description="First refresh token; then the DB's.")
    zalo_token_keys: SecretStr = Field(
        SecretStr(""),
        description="Fernet keys that encrypt the stored Zalo tokens, comma-separated, the newest first "
        "(older ones only decrypt); empty means the key file setup makes in var/secrets.",
    )
    zalo_api_url: str = Field("https://openapi.zalo.me", description="Zalo OpenAPI base URL.")
    zalo_oauth_url: str = Field("https://oauth.zaloapp.com", description="Zalo OAuth base URL.")
    zalo_max_event_age_s: float = Field(300.0, gt=0, description="Older (or future) webhook events get 401.")
    zalo_max_chars: int = Field(1000, ge=100, le=2000, description="Longer texts are split at sentence ends.")
    zalo_button_type: Literal["oa.query.hide", "oa.query.show"] = Field(
        "oa.query.hide",
        description="Zalo button type: `hide` sends a pressed button's payload, not writing it in the chat.",
    )
    zalo_timeout_s: float = Field(10.0, gt=0, description="Per-request timeout towards Zalo.")
    zalo_retry_base_s: float = Field(2.0, gt=0, description="First retry delay of a failed send; it doubles.")
    zalo_retry_max_s: float = Field(300.0, gt=0, description="Longest delay between two send attempts.")
    zalo_give_up_after_h: float = Field(
        24.0, gt=0, description="A reply Zalo still refuses this long after it was written is marked failed."
    )
    zalo_reply_window_h: float = Field(
        48.0, gt=0, description="Zalo lets an OA reply this long after the learner's last message."
    )
    zalo_claim_s: float = Field(
        120.0, gt=0, description="An event or send claimed by a process that died is taken over after this."
    )
    desk_volunteer_scope: Literal["classes", "all"] = Field(
        "classes", description="Volunteers see their classes' learners only, or every learner on the desk."
    )
    desk_notice_after_min: float = Field(
        10.0, gt=0, description="A learner nobody took this long is told so, with where to get help."
    )
    desk_reply_max_chars: int = Field(1000, ge=50, le=4000, description="Longest reply a volunteer may send.")
    desk_replies_per_minute: int = Field(20, ge=1, description="Replies one volunteer may send per minute.")
    metrics_public: bool = Field(
        False,
        description="Serve /metrics to any client, not only to this machine (put it behind your proxy).",
    )
    retention_days: int = Field(
        30,
        ge=1,
        description="Transcripts, closed desk chats and finished Zalo traffic older than this are purged.",
    )
    review_by_another: bool = Field(
        True,
        description="A reviewer may not publish a lesson or quiz item version they wrote; another "
        "reviewer must. Turn off for a team with one reviewer.",
    )
    plain_http_loopback: bool = Field(
        True,
        description="The trainers' sign-in cookie lacks `Secure` for plain-HTTP requests made straight to "
        "this machine's loopback address (127.0.0.1, localhost), so `make run` works in every browser; "
        "off: always Secure. Requests through a proxy always get a Secure cookie.",
    )
    trusted_origins: list[str] = Field(
        [],
        description="Pages besides the server's own address that may change workspace data with a "
        "trainer's sign-in cookie, as scheme://host[:port] (the public address, when a proxy rewrites "
        "the Host header).",
    )
    class_code_misses_per_learner: str = Field(
        "10/hour", description="Class codes matching no class one learner may send, as 'N/period'."
    )
    class_code_misses_per_address: str = Field(
        "60/hour",
        description="Class codes matching no class one client address may send: a class in one room "
        "shares an address.",
    )

    @field_validator("var_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{self.var_dir / 'hocvuso.db'}"

    @property
    def embedding_model_path(self) -> str:
        return self.embedding_model or str(self.var_dir / "models" / "multilingual-e5-small")

    @property
    def vector_cache(self) -> Path:
        return (self.index_dir or self.var_dir / "index") / "vectors.npz"

    @property
    def learner_id_key_file(self) -> Path:
        return self.var_dir / "secrets" / "learner-ids.key"

    @property
    def zalo_token_key_file(self) -> Path:
        return self.var_dir / "secrets" / "zalo-tokens.key"

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "log"

    @property
    def nlu_model_dir(self) -> Path:
        return self.var_dir / "nlu" / "models"

    @property
    def nlu_eval_dir(self) -> Path:
        return self.var_dir / "nlu" / "eval"

    @property
    def report_dir(self) -> Path:
        return self.var_dir / "reports"

    @property
    def rasa_venv(self) -> Path:
        return self.var_dir / "rasa-venv"
