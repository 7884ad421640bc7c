"""The morphology dictionaries are found without setuptools (absent from Python 3.12+ venvs)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
sys.modules["pkg_resources"] = None  # as in a venv without setuptools: importing it fails
from transforms.morph import morph_vocab
print(morph_vocab()("стали")[0].normal)
"""


def test_morph_vocab_loads_without_pkg_resources():
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "стать"
