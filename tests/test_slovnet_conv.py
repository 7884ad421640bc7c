"""`transforms.slovnet_conv.conv1d` computes slovnet's Conv1d bit for bit, only faster."""

from __future__ import annotations

import numpy as np
import pytest
from slovnet.exec.model import Conv1d, Weight

from transforms import nlp, slovnet_conv


def layer(filters: int, in_dim: int, kernel: int, padding: int, seed: int) -> Conv1d:
    rng = np.random.default_rng(seed)
    weight = rng.standard_normal((filters, in_dim, kernel)).astype(np.float32)
    bias = rng.standard_normal(filters).astype(np.float32)
    return Conv1d(Weight(weight.shape, "float32", weight), Weight(bias.shape, "float32", bias), padding)


def channels_last(batch: int, in_dim: int, seq: int, seed: int) -> np.ndarray:
    """batch × in × seq, laid out as slovnet's CNN layers leave it (a swapped channels-last array)."""
    x = np.random.default_rng(seed).standard_normal((batch, seq, in_dim)).astype(np.float32)
    return np.swapaxes(x, 2, 1)


@pytest.mark.parametrize("batch, in_dim, seq, kernel, padding", [
    (8, 330, 17, 3, 1),   # natasha's first layer: word and shape embeddings, kernel 3
    (32, 256, 1, 3, 1),   # one-word sentences
    (1, 256, 300, 3, 1),  # a whole article through NER
    (3, 5, 4, 5, 2),      # a wider kernel than the sequence
    (2, 7, 6, 3, 0),      # no padding
])
def test_the_same_numbers_as_slovnet(batch, in_dim, seq, kernel, padding):
    conv = layer(16, in_dim, kernel, padding, seed=seq)
    for x in (channels_last(batch, in_dim, seq, seed=kernel), np.ascontiguousarray(channels_last(batch, in_dim, seq, 1))):
        ours, theirs = slovnet_conv.conv1d(conv, x), slovnet_conv._SLOVNET_CALL(conv, x)
        assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
        assert np.array_equal(ours, theirs)  # equal bits, not merely close


def test_the_models_run_it_and_tag_as_natasha_does():
    nlp.models()  # loading the models installs it
    assert Conv1d.__call__ is slovnet_conv.conv1d
    words = "Президент Казахстана Касым-Жомарт Токаев провел встречу с Владимиром Зеленским .".split()
    tagger = nlp.models().morph_tagger
    ours = [(t.pos, t.feats) for t in next(iter(tagger.map([words]))).tokens]
    slovnet_conv.uninstall()
    try:
        theirs = [(t.pos, t.feats) for t in next(iter(tagger.map([words]))).tokens]
    finally:
        slovnet_conv.install()
    assert ours == theirs
    assert ours[3] == ("PROPN", {"Animacy": "Anim", "Case": "Nom", "Gender": "Masc", "Number": "Sing"})
