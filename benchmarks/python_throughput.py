#!/usr/bin/env python3
"""Stories per second from Python: parse_many with 1 and 2 threads, and Dask with 1 and 2 worker
processes, on the same stories (r21578-dev when ../shared is there, the sample story otherwise).
A benchmark, not a test: it reports, it asserts nothing about time.

    PYTHONPATH=build/python python3 benchmarks/python_throughput.py
"""
import json
import os
import sys
import tempfile
import time

import wirecopy
import wirecopy.dask

HERE = os.path.dirname(os.path.abspath(__file__))
R21578 = os.path.join(HERE, '..', '..', 'shared', 'corpus', 'eval', 'r21578-dev.jsonl')


def stories():
    if os.path.exists(R21578):
        return [json.loads(l)['text'] for l in open(R21578, encoding='utf-8')]
    base = open(os.path.join(HERE, '..', 'examples', 'sample', 'story.txt'), encoding='utf-8').read()
    return [base] * 10000


def best_of(runs, f):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    texts = stories()
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print('%d stories, %.1f MB, %d cores' % (len(texts), mb, os.cpu_count()))
    for threads in (1, 2):
        s = best_of(3, lambda: wirecopy.parse_many(texts, threads=threads))
        print('parse_many threads=%d   %9.0f stories/s  %7.1f MB/s' % (threads, len(texts) / s, mb / s))
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print('dask: not measured, the distributed package is not installed (Debian: python3-distributed)')
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for part in range(8):
            path = os.path.join(tmp, 'in-%d.jsonl' % part)
            with open(path, 'w', encoding='utf-8') as f:
                for i, t in enumerate(texts[part::8]):
                    f.write(json.dumps({'id': i, 'text': t}) + '\n')
            paths.append(path)
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster):
                out = os.path.join(tmp, 'out-%d' % workers)
                s = best_of(2, lambda: wirecopy.dask.annotate_jsonl(paths, out))
                print('dask workers=%d          %9.0f stories/s  %7.1f MB/s' % (workers, len(texts) / s, mb / s))


if __name__ == '__main__':
    sys.exit(main())
