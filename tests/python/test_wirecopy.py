"""wirecopy from Python: typed parts, character offsets, to_dict() equal to the CLI, parse_many, bad input."""
import json
import os
import subprocess

import pytest

import wirecopy
from conftest import SAMPLE, SEED


def cli_json(cli, path):
    doc = json.loads(subprocess.run([cli, path], capture_output=True, check=True).stdout)
    del doc['source']
    return doc


def test_seed_story_through_python_equals_the_cli(cli):
    story = SEED if os.path.exists(SEED) else SAMPLE
    doc = wirecopy.parse(open(story, encoding='utf-8').read())
    assert doc.to_dict() == cli_json(cli, story)


def test_typed_attribute_access():
    doc = wirecopy.parse(open(SAMPLE, encoding='utf-8').read())
    assert doc.wire == 'bloomberg'
    assert doc.dateline.agency.text == 'Bloomberg'
    assert doc.dateline.location is None
    assert doc.headline.text.startswith('Harbor City Approves')
    assert doc.quotes[0].speaker_name == 'Lucinda Ferreira'
    assert doc.quotes[0].cue.text == 'said'
    assert doc.quotes[0].kind == 'direct'
    assert [c.role for c in doc.contacts] == ['reporter', 'editor', 'editor']
    assert doc.contacts[0].email.text == 'jwhitcombe2@bloomberg.net'
    assert doc.copyright.year == 2026
    assert isinstance(doc.quotes[0], wirecopy.Quote)
    assert isinstance(doc.dateline, wirecopy.Dateline)
    assert isinstance(doc.paragraphs[0], wirecopy.Span)


def test_character_offsets_slice_the_python_string_on_non_ascii_text():
    text = ('Café Owners Rally\n\nMONTRÉAL (CP) — « Ça suffit », a dit Zoë Tremblay. '
            '“We’re done,” said Jürgen Müller.\n\n(Reporting by Ann Lee; Editing by Bo Park)\n')
    doc = wirecopy.parse(text)
    spans = [doc.headline, doc.dateline, *doc.quotes, *(q.content for q in doc.quotes), *doc.paragraphs,
             *(q.speaker for q in doc.quotes if q.speaker), *(n for c in doc.credits for n in c.names)]
    assert len(doc.quotes) == 2
    for s in spans:
        assert text[s.begin:s.end] == s.text
        assert text.encode()[s.byte_begin:s.byte_end].decode() == s.text
    assert doc.quotes[1].speaker.text == 'Jürgen Müller'
    assert doc.quotes[1].begin < doc.quotes[1].byte_begin  # characters, not bytes


def test_parse_many_on_two_threads_equals_sequential_parsing():
    base = open(SAMPLE, encoding='utf-8').read()
    texts = [base.replace('Harbor City', 'Harbor City %d' % i) for i in range(200)]
    threaded = wirecopy.parse_many(texts, threads=2)
    assert [d.to_dict() for d in threaded] == [wirecopy.parse(t).to_dict() for t in texts]
    assert wirecopy.parse_many(iter(texts[:3])) and wirecopy.parse_many([]) == []


def test_bad_input_is_diagnosed_not_raised():
    assert [d.code for d in wirecopy.parse('').diagnostics] == ['empty_input']
    lone_surrogate = wirecopy.parse('Headline\n\nLONDON (Reuters) - bad \ud800 byte.')
    assert 'invalid_utf8' in [d.code for d in lone_surrogate.diagnostics]
    assert lone_surrogate.dateline.location.text == 'LONDON'
    assert wirecopy.parse('\x00\x01\x02' * 1000).diagnostics


def test_a_non_string_is_a_type_error():
    for bad in (3, b'bytes', None, ['list']):
        with pytest.raises(TypeError):
            wirecopy.parse(bad)
    with pytest.raises(TypeError):
        wirecopy.parse_many(['ok', 7])
    with pytest.raises(ValueError):
        wirecopy.parse('x', style='no-such-style')


def test_spans_outlive_their_document():
    quote = wirecopy.parse(open(SAMPLE, encoding='utf-8').read()).quotes[0]
    assert quote.content.text.startswith('We can')


def test_quotes_modes():
    text = open(SAMPLE, encoding='utf-8').read()
    full = wirecopy.parse(text)
    assert full.quotes
    assert [q.content.text for q in wirecopy.parse(text, quotes='local').quotes] == \
        [q.content.text for q in full.quotes]
    assert len(wirecopy.parse(text, quotes='off').quotes) == 0
    assert [len(d.quotes) for d in wirecopy.parse_many([text, text], quotes='off')] == [0, 0]
    with pytest.raises(ValueError):
        wirecopy.parse(text, quotes='some')


def test_reference_date_completes_yearless_datelines():
    doc = wirecopy.parse('T\n\nLONDON, Nov 27 (Reuters) - x', reference_date='2026-11-30')
    assert doc.dateline.date_iso == '2026-11-27' and doc.dateline.year_inferred
    assert wirecopy.parse('T\n\nLONDON, Nov 27 (Reuters) - x').dateline.date_iso == '--11-27'
