"""BLAS on one thread for the whole process, once numpy is loaded (the learned model, the language model).

Our matrices are small, and on two cores OpenBLAS's idle worker threads spin and take the CPU from the rest of the
service: with them, training the learned model took 10 s instead of 0.7 s next to other work, and classifying the
shared corpus ran at half speed once numpy had run (bench/classify.py: 330 messages a second instead of 630).
"""

from __future__ import annotations

import functools


@functools.cache
def one_blas_thread() -> None:
    """Call after importing what loads numpy; later calls do nothing. Without threadpoolctl, nothing is changed."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=1)
