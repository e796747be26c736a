"""pytest set-up for the whole repository, notebooks included (pytest reads this file first).

Turns on course.label_figure's clipping check in every kernel the suite starts (nbval's kernels
inherit this environment): a figure whose text runs past its edge then prints a warning, which
strict nbval reports as an output that differs from the committed one.
"""
import os

os.environ.setdefault("COURSE_CHECK_FIGURES", "1")
