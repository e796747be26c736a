"""Shared test set-up: make the notebooks' helper module importable, and name the repo's folders."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "notebooks"))
