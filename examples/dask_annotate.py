#!/usr/bin/env python3
"""Annotates a JSON Lines corpus with wirecopy on a Dask cluster — the recipe of the README.

    dask_annotate.py 'corpus/*.jsonl' annotated/                          # a local cluster
    dask_annotate.py --workers 8 'corpus/*.jsonl' annotated/
    dask_annotate.py --scheduler tcp://head:8786 'corpus/*.jsonl' annotated/  # dask-scheduler/dask-worker
"""
import argparse
import time

from dask.distributed import Client, LocalCluster

import wirecopy.dask


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", help="JSON Lines files: a glob")
    ap.add_argument("output_dir")
    ap.add_argument("--scheduler", help="address of a running dask-scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster")
    ap.add_argument("--style", default="any")
    a = ap.parse_args()
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        client = Client(LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True))
    start = time.perf_counter()
    files = wirecopy.dask.annotate_jsonl(a.inputs, a.output_dir, style=a.style)
    print("%d files written to %s in %.1f s (dashboard: %s)" % (len(files), a.output_dir,
                                                              time.perf_counter() - start, client.dashboard_link))
    client.close()


if __name__ == "__main__":
    main()
