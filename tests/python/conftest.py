"""Paths the Python tests share: the CLI (WIRECOPY_BIN), the sample story, the research corpus."""
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = os.environ.get('WIRECOPY_SHARED_DIR', os.path.join(SOURCE, '..', 'shared'))
SAMPLE = os.path.join(SOURCE, 'examples', 'sample', 'story.txt')
SEED = os.path.join(SHARED, 'corpus', 'seed', 'bloomberg-venezuela.txt')
R21578 = os.path.join(SHARED, 'corpus', 'eval', 'r21578-dev.jsonl')


@pytest.fixture
def cli():
    path = os.environ.get('WIRECOPY_BIN')
    if not path or not os.path.exists(path):
        pytest.skip('WIRECOPY_BIN does not name the wirecopy CLI')
    return path
