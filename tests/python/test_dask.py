"""wirecopy on a Dask cluster of worker processes: one output record per story, the same as the CLI."""
import json
import os
import subprocess

import pytest

from conftest import R21578, SAMPLE

distributed = pytest.importorskip('distributed')


def corpus(directory):
    """The r21578 set split into four JSON Lines files, or generated stories when ../shared is absent."""
    if os.path.exists(R21578):
        records = [json.loads(l) for l in open(R21578, encoding='utf-8')]
        records = [{'id': r['id'], 'text': r['text']} for r in records]
    else:
        base = open(SAMPLE, encoding='utf-8').read()
        records = [{'id': i, 'text': base.replace('Harbor', 'Harbor %d' % i)} for i in range(2000)]
    records.insert(7, 'not a record')  # a broken line must come out as an error record, in place
    paths = []
    for part in range(4):
        path = os.path.join(directory, 'part-%d.jsonl' % part)
        with open(path, 'w', encoding='utf-8') as f:
            for r in records[part::4]:
                f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + '\n')
        paths.append(path)
    return paths, len(records)


def test_dask_local_cluster_with_two_worker_processes_matches_the_cli(cli, tmp_path):
    import wirecopy.dask
    paths, count = corpus(str(tmp_path))
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    try:
        outputs = wirecopy.dask.annotate_jsonl(paths, str(tmp_path / 'out'))
    finally:
        client.close()
        cluster.close()
    assert len(outputs) == len(paths)
    total = 0
    for path, output in zip(paths, sorted(outputs)):
        ours = [json.loads(l) for l in open(output, encoding='utf-8')]
        with open(path, 'rb') as f:
            theirs = [json.loads(l) for l in subprocess.run([cli, '--jsonl'], stdin=f, capture_output=True,
                                                            check=True).stdout.splitlines()]
        assert len(ours) == len(theirs)
        for a, b in zip(ours, theirs):
            if 'error' in b:  # the messages differ (Python's json vs Boost.JSON); the shape must not
                assert a['id'] is None and 'error' in a and a['line'] == b['line']
            else:
                assert a == b
        total += len(ours)
    assert total == count


def test_annotated_files_end_with_a_newline_so_every_record_is_a_whole_line(tmp_path):
    import dask
    import wirecopy.dask
    base = open(SAMPLE, encoding='utf-8').read()
    path = tmp_path / 'stories.jsonl'
    with open(path, 'w', encoding='utf-8') as f:
        for i in range(2000):
            f.write(json.dumps({'id': i, 'text': base}) + '\n')
    with dask.config.set(scheduler='synchronous'):
        [output] = wirecopy.dask.annotate_jsonl(str(path), str(tmp_path / 'out'))
    data = open(output, 'rb').read()
    assert data.count(b'\n') == 2000  # what `wc -l` counts
    assert data.endswith(b'}\n')
