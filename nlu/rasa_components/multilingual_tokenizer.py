"""A Rasa tokenizer for Vietnamese, English and Thai in one pipeline.

Rasa's whitespace tokenizer refuses Thai, which writes words without spaces between them.
This tokenizer splits on whitespace and punctuation exactly as the whitespace tokenizer does,
then segments every chunk written in Thai script into words with PyThaiNLP's dictionary-based
`newmm` engine. Vietnamese (one syllable per space-separated token) and English are unchanged.

`thai_words` adds words the dictionary lacks, such as app names written in Thai ("ไทยดี" would
otherwise be "ไทย" + "ดี", and an entity cannot be half a name).

Each Latin-script token's lemma is its folded form (lower case, no diacritics), and the
count-vector featurizers read lemmas: about half of all learners type Vietnamese without marks, so
"dong y" and "đồng ý" must be the same feature. Entity spans still come from the original text.

Runs inside the Rasa server's environment; imports nothing from the application.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from nlu.rasa_components.folding import fold

THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


def split_thai(word: str, segment) -> list[str]:
    """Segment the Thai runs of a chunk, keeping any non-Thai parts (e.g. 'ThaIDคือ') whole."""
    if not THAI_RUN.search(word):
        return [word]
    parts: list[str] = []
    position = 0
    for run in THAI_RUN.finditer(word):
        if run.start() > position:
            parts.append(word[position : run.start()])
        parts.extend(w for w in segment(run.group()) if w.strip())
        position = run.end()
    if position < len(word):
        parts.append(word[position:])
    return parts


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class MultilingualTokenizer(WhitespaceTokenizer):
    """Whitespace tokenisation, plus dictionary-based word segmentation for Thai."""

    @staticmethod
    def not_supported_languages() -> list[str] | None:
        return None

    @staticmethod
    def required_packages() -> list[str]:
        return ["pythainlp"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**WhitespaceTokenizer.get_default_config(), "thai_engine": "newmm", "thai_words": []}

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        from pythainlp.corpus.common import thai_words
        from pythainlp.tokenize import word_tokenize
        from pythainlp.util import dict_trie

        engine = self._config.get("thai_engine", "newmm")
        extra = set(self._config.get("thai_words") or [])
        words = dict_trie(set(thai_words()) | extra) if extra else None
        self._segment = lambda text: word_tokenize(
            text, custom_dict=words, engine=engine, keep_whitespace=False
        )

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MultilingualTokenizer:
        return cls(config)

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        text = message.get(attribute)
        tokens = super().tokenize(message, attribute)
        if THAI_RUN.search(text):
            words = [part for token in tokens for part in split_thai(token.text, self._segment)]
            tokens = self._apply_token_pattern(self._convert_words_to_tokens(words, text))
        for token in tokens:
            if not THAI_RUN.search(token.text):
                token.lemma = fold(token.text)
        return tokens
