#!/usr/bin/env python3
"""The annotator on about 100 MB of JSON Lines with --threads 1, 2 and one per core: MB/s, the speed-up
over one thread, and peak memory against the size of the input (the CLI streams: memory should follow the
batches in flight, not the input). r21578-dev repeated when ../shared is there, the sample story otherwise.
A benchmark, not a test: it reports, it asserts nothing about time.

    python3 benchmarks/cli_threads.py [--bin build/bin/wirecopy] [--megabytes 100] [--runs 2]
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
R21578 = os.path.join(HERE, '..', '..', 'shared', 'corpus', 'eval', 'r21578-dev.jsonl')


def records():
    if os.path.exists(R21578):
        with open(R21578, encoding='utf-8') as f:
            return [json.dumps({'id': i, 'text': json.loads(line)['text']}) + '\n' for i, line in enumerate(f)]
    with open(os.path.join(HERE, '..', 'examples', 'sample', 'story.txt'), encoding='utf-8') as f:
        return [json.dumps({'id': 0, 'text': f.read()}) + '\n']


def write_input(path, megabytes):
    lines = records()
    size = 0
    with open(path, 'w', encoding='utf-8') as out:
        while size < megabytes * 1e6:
            for line in lines:
                out.write(line)
                size += len(line.encode())
    return size


def run(binary, threads, path):
    """Seconds and peak resident memory (bytes) of one run, its output thrown away."""
    with open(path, 'rb') as stdin, open(os.devnull, 'wb') as stdout:
        start = time.perf_counter()
        proc = subprocess.Popen([binary, '--jsonl', '--threads', str(threads)], stdin=stdin, stdout=stdout)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit('%s --threads %d failed with status %d' % (binary, threads, proc.returncode))
    return seconds, usage.ru_maxrss * 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--bin', default=os.path.join(HERE, '..', 'build', 'bin', 'wirecopy'))
    ap.add_argument('--megabytes', type=float, default=100)
    ap.add_argument('--runs', type=int, default=2, help='best of this many runs per thread count')
    a = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'input.jsonl')
        size = write_input(path, a.megabytes)
        print('input: %.1f MB of JSON Lines, %d cores' % (size / 1e6, cores))
        print('%-10s %9s %9s %10s %13s' % ('threads', 'seconds', 'MB/s', 'speed-up', 'peak RSS'))
        single = None
        for threads in sorted({1, 2, cores}):
            best = min((run(a.bin, threads, path) for _ in range(a.runs)), key=lambda r: r[0])
            seconds, rss = best
            single = single or seconds
            print('%-10d %9.2f %9.1f %9.2fx %7.1f MB %4.2fx input' %
                  (threads, seconds, size / seconds / 1e6, single / seconds, rss / 1e6, rss / size))


if __name__ == '__main__':
    main()
