"""slovnet's numpy Conv1d, its input windows laid out faster, its arithmetic unchanged.

natasha's morphology, NER and syntax models are stacks of slovnet `Conv1d` layers.  slovnet
builds each layer's matrix of input windows ("im2col") by padding the input, then copying
it through a strided view whose innermost run is the kernel's three numbers: the padding
and that slow copy took more than half of the layer's time here (the matrix product the rest).  `conv1d` fills the very same matrix, zeros and
values in the same places, one kernel offset at a time from the channels-last input the
previous layer left, and hands it to the same `matmul` with the same weights, so each output
is bit for bit slovnet's (`tests/test_slovnet_conv.py` compares them).
"""

from __future__ import annotations

import numpy as np
from slovnet.exec.model import Conv1d

_SLOVNET_CALL = Conv1d.__call__


def conv1d(self: Conv1d, input: np.ndarray) -> np.ndarray:
    """`Conv1d.__call__`: input batch × in × seq → output batch × filters × windows (a view, as slovnet's)."""
    batch, in_dim, seq = input.shape
    filters, _, kernel = self.weight.shape
    pad = self.padding
    count = seq + 2 * pad - kernel + 1
    source = np.ascontiguousarray(np.swapaxes(input, 2, 1))  # batch × seq × in: a view of the layer before
    windows = np.zeros((batch, count, in_dim, kernel), dtype=input.dtype)
    for j in range(kernel):
        # window w at kernel offset j reads padded position w + j, that is input position w + j - pad
        lo, hi = max(0, pad - j), min(count, seq + pad - j)
        if hi > lo:
            windows[:, lo:hi, :, j] = source[:, lo + j - pad:hi + j - pad, :]
    windows = windows.reshape(batch * count, in_dim * kernel)
    weight = self.weight.array.reshape(filters, in_dim * kernel)
    output = np.matmul(windows, weight.T) + self.bias.array
    return output.reshape(batch, count, filters).swapaxes(2, 1)


def install() -> None:
    """Make every slovnet Conv1d of this process use `conv1d`."""
    Conv1d.__call__ = conv1d


def uninstall() -> None:
    """Back to slovnet's own `Conv1d.__call__`."""
    Conv1d.__call__ = _SLOVNET_CALL
