#!/usr/bin/env python3
"""Runs the benchmarks' quick pass and checks its JSON report: every competitor with a time, both doubling
series with parse() and memchr timed on each input, and no failed check. It asserts nothing on time."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

COMPETITORS = {'byte-class scan (limit)', 'memchr line scan', 'wirecopy annotate()', 'wirecopy parse()',
               'std::regex baseline', 'parse(), quotes local', 'parse(), quotes off'}


def check_series(steps, count):
    assert len(steps) == count, steps
    for step in steps:
        assert step['bytes'] > 0 and step['parse_seconds'] > 0 and step['memchr_seconds'] > 0, step


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / 'report.json'
        subprocess.run([binary, '--quick', '--json', str(report)], check=True)
        result = json.loads(report.read_text())
    assert result['failures'] == 0, result['failures']
    assert {c['name'] for c in result['competitors']} == COMPETITORS, result['competitors']
    assert all(c['seconds'] > 0 for c in result['competitors'])
    check_series(result['scaling'], 2)
    assert result['scaling'][1]['bytes'] == 2 * result['scaling'][0]['bytes'], result['scaling']
    check_series(result['adversarial'], 3)
    print('benchmark report: ok')


if __name__ == '__main__':
    main()
