"""Orchestration: the Prefect flow, its tasks, the published dataset and the command line.

natasha's models run on numpy; on the small matrices of one sentence batch, BLAS threads
only contend (measured here: 61 articles in 13.6 s with the default threads, 2.2 s with
one). Parallelism comes from worker processes instead, so BLAS gets one thread unless the
environment says otherwise; this runs before numpy is first imported.
"""

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
