#!/usr/bin/env python3
"""Runs the benchmarks' quick pass and checks its JSON report: every competitor with a time, on the
quote-heavy input too where the corpus (the second argument) holds it, both doubling series with parse()
and memchr timed on each input, and no failed check. It asserts nothing on time."""
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
    quote_heavy_present = len(sys.argv) > 2 and (Path(sys.argv[2]) / 'eval' / 'ggt-dev.jsonl').exists()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / 'report.json'
        subprocess.run([binary, '--quick', '--json', str(report)], check=True)
        result = json.loads(report.read_text())
    assert result['failures'] == 0, result['failures']
    assert {c['name'] for c in result['competitors']} == COMPETITORS, result['competitors']
    assert all(c['seconds'] > 0 for c in result['competitors'])
    # The quote-heavy input is timed where the shared corpus holds it.
    quoted = result.get('quote_heavy')
    if quoted is not None or quote_heavy_present:
        assert {c['name'] for c in quoted['competitors']} == COMPETITORS, quoted
        assert quoted['bytes'] > 0 and all(c['seconds'] > 0 for c in quoted['competitors']), quoted
    check_series(result['scaling'], 2)
    assert result['scaling'][1]['bytes'] == 2 * result['scaling'][0]['bytes'], result['scaling']
    check_series(result['adversarial'], 3)
    print('benchmark report: ok')


if __name__ == '__main__':
    main()
