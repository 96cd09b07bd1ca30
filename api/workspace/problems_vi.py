"""Validation problems in Vietnamese for the trainers' pages, keyed by pydantic's error type.

The schemas raise their own problems with a stable type (`PydanticCustomError`), so this
catalogue matches on the type, never on English wording. A type missing here falls back to the
English text, which is still correct, just not translated.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from api.validation import MAX_LISTED, describe_errors

FIELDS = {
    "id": "Mã",
    "language": "Ngôn ngữ",
    "topic": "Chủ đề",
    "title": "Tiêu đề",
    "questions": "Các cách hỏi",
    "answer": "Trả lời ngắn",
    "steps": "Các bước",
    "warnings": "Lưu ý an toàn",
    "sources": "Nguồn",
    "reviewed_on": "Ngày đối chiếu",
    "review_note": "Ghi chú cho người duyệt",
    "kind": "Loại",
    "scenario": "Tình huống",
    "stem": "Câu hỏi",
    "options": "Lựa chọn",
    "correct": "Đáp án đúng",
    "explanation": "Giải thích",
    "entry": "Bài học",
    "difficulty": "Độ khó",
    "url": "đường dẫn",
    "document": "tài liệu",
}

PROBLEMS = {
    "missing": "chưa điền",
    "string_too_short": "cần ít nhất {min_length} ký tự",
    "string_too_long": "dài quá: tối đa {max_length} ký tự",
    "too_short": "cần ít nhất {min_length} mục",
    "too_long": "nhiều quá: tối đa {max_length} mục",
    "less_than_equal": "phải nhỏ hơn hoặc bằng {le}",
    "greater_than_equal": "phải lớn hơn hoặc bằng {ge}",
    "literal_error": "chọn một trong: {expected}",
    "float_parsing": "phải là một số",
    "date_from_datetime_parsing": "ngày chưa đúng (năm-tháng-ngày)",
    "date_parsing": "ngày chưa đúng (năm-tháng-ngày)",
    "url_parsing": "đường dẫn chưa đúng (bắt đầu bằng https://)",
    "extra_forbidden": "mẫu không có mục này",
    "source_reference": "ghi đường dẫn hoặc tên tài liệu để người duyệt kiểm tra được",
    "entry_id_shape": "mã bài có dạng '<ngôn ngữ>.<chủ đề>.<tên>', ví dụ 'vi.vneid.quen-mat-khau'",
    "no_unaccented_question": (
        "thêm ít nhất một cách hỏi gõ không dấu (nhiều người gõ 'quen mat khau' thay cho 'quên mật khẩu')"
    ),
    "review_note_missing": "ghi rõ người duyệt cần kiểm tra điều gì trước khi xuất bản",
    "id_language": "mã phải bắt đầu bằng ngôn ngữ '{language}.'",
    "item_id_shape": "mã câu hỏi có dạng '<ngôn ngữ>.<chủ đề>.q-<tên>', ví dụ 'vi.scams.q-ngan-hang-hoi-otp'",
    "unknown_lesson": "không có bài học đã xuất bản nào mã '{entry}': chọn một bài có sẵn",
    "empty_option": "có một lựa chọn bị bỏ trống",
    "duplicate_options": "có hai lựa chọn giống nhau",
    "correct_missing": "đáp án '{correct}' không có trong các lựa chọn",
    "item_id_prefix": "mã phải bắt đầu bằng '{prefix}'",
    "scenario_missing": "câu hỏi tình huống cần phần tình huống (tin nhắn hay cuộc gọi học viên cần xét)",
}


def vietnamese_problems(exc: ValidationError) -> list[dict[str, str]]:
    """`describe_errors`, plus `vi`: where and what, in the words of the pages (as many as listed)."""
    described = describe_errors(exc)
    errors = exc.errors(include_input=False)[:MAX_LISTED]
    worded = [
        d | {"vi": f"{_place(err['loc'])}: {_problem(err)}"}
        for d, err in zip(described, errors, strict=False)
    ]
    if len(described) > len(errors):
        worded.append(described[-1] | {"vi": f"và {exc.error_count() - MAX_LISTED} lỗi khác"})
    return worded


def _place(loc: tuple[Any, ...]) -> str:
    if not loc:
        return "Toàn bộ"
    words = [FIELDS.get(str(loc[0]), str(loc[0]))]
    for part in loc[1:]:
        words.append(f"số {part + 1}" if isinstance(part, int) else FIELDS.get(part, part))
    return " ".join(words)


def _problem(err: dict[str, Any]) -> str:
    template = PROBLEMS.get(err["type"])
    if template is None:
        return err["msg"]
    try:
        return template.format(**(err.get("ctx") or {}))
    except (KeyError, IndexError):
        return err["msg"]
