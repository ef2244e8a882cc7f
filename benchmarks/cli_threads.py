#!/usr/bin/env python3
"""The annotator on about 100 MB of JSON Lines with --threads 1, 2 and one per core: MB/s, the speed-up
over one thread, and peak memory against the size of the input (the CLI streams: memory should follow the
bytes in flight, not the input). Two inputs: ordinary stories, one a record, and five records of 20 MB
(the same stories run together), where a bound on the records in flight would not bound the bytes.
r21578-dev when ../shared is there, the sample story otherwise. A benchmark, not a test: it reports, it
asserts nothing about time.

    python3 benchmarks/cli_threads.py [--bin build/bin/wirecopy] [--megabytes 100] [--runs 2]
"""
import argparse
import json
import multiprocessing
import os
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
R21578 = os.path.join(HERE, '..', '..', 'shared', 'corpus', 'eval', 'r21578-dev.jsonl')


def stories():
    if os.path.exists(R21578):
        with open(R21578, encoding='utf-8') as f:
            return [json.loads(line)['text'] for line in f]
    with open(os.path.join(HERE, '..', 'examples', 'sample', 'story.txt'), encoding='utf-8') as f:
        return [f.read()]


def ordinary(megabytes):
    """Records of one story each, repeated up to `megabytes`."""
    texts = stories()
    size, i = 0, 0
    while size < megabytes * 1e6:
        line = json.dumps({'id': i, 'text': texts[i % len(texts)]}) + '\n'
        size += len(line.encode())
        i += 1
        yield line


def large(megabytes, count=5):
    """`count` records of `megabytes / count` each, stories run together."""
    texts = stories()
    for i in range(count):
        parts, size, j = [], 0, 0
        while size < megabytes * 1e6 / count:
            parts.append(texts[j % len(texts)])
            size += len(json.dumps(parts[-1]).encode()) + 6  # its share of the line, the joining "\n\n" escaped
            j += 1
        yield json.dumps({'id': i, 'text': '\n\n'.join(parts)}) + '\n'


def write_input(path, make, megabytes):
    """Writes the lines of `make(megabytes)` to `path`, in a process of its own: a child started by this one
    (vfork) starts its peak RSS at this process's peak, so this one must not have held the input."""
    def write():
        with open(path, 'w', encoding='utf-8') as out:
            out.writelines(make(megabytes))
    child = multiprocessing.get_context('fork').Process(target=write)
    child.start()
    child.join()
    return os.path.getsize(path)


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
    print('%d cores' % cores)
    print('%-26s %-8s %9s %9s %10s %13s' % ('input', 'threads', 'seconds', 'MB/s', 'speed-up', 'peak RSS'))
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in (('ordinary stories', ordinary), ('five records of %.0f MB' % (a.megabytes / 5), large)):
            path = os.path.join(tmp, 'input.jsonl')
            size = write_input(path, make, a.megabytes)
            label = '%s, %.1f MB' % (name, size / 1e6)
            single = None
            for threads in sorted({1, 2, cores}):
                seconds, rss = min((run(a.bin, threads, path) for _ in range(a.runs)), key=lambda r: r[0])
                single = single or seconds
                print('%-26s %-8d %9.2f %9.1f %9.2fx %7.1f MB %4.2fx input' %
                      (label, threads, seconds, size / seconds / 1e6, single / seconds, rss / 1e6, rss / size))


if __name__ == '__main__':
    main()
