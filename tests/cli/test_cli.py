#!/usr/bin/env python3
"""The CLI contract (README.md): JSON Lines out, per-file errors, --jsonl with one output line per input
line, bad input as diagnostics, the exports (NITF, brat, terminal view), directories, threads, --help and
--version.   test_cli.py WIRECOPY_BIN SAMPLE_STORY [SHARED_DIR]"""
import json, os, random, re, shutil, subprocess, sys, tempfile, time, unittest

BIN, SAMPLE = sys.argv[1], sys.argv[2]
SHARED = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), '../../../shared')
SEED = os.path.join(SHARED, 'corpus/seed/bloomberg-venezuela.txt')
DTD = os.path.join(SHARED, 'schemas/nitf-2-5.dtd')
ANSI = re.compile(r'\x1b\[[0-9;]*m')
SPAN_FIELDS = {'begin', 'end'}


def run(args, stdin=b''):
    return subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=120)


def check_spans(test, node, data):
    """Every object with begin/end is within the input; with text, the text is exactly the slice."""
    if isinstance(node, dict):
        if SPAN_FIELDS <= node.keys():
            test.assertTrue(0 <= node['begin'] <= node['end'] <= len(data), node)
            if 'text' in node:
                test.assertEqual(node['text'].encode('utf-8'), data[node['begin']:node['end']], node)
        for v in node.values():
            check_spans(test, v, data)
    elif isinstance(node, list):
        for v in node:
            check_spans(test, v, data)


def strict_json(line):
    """`line` parsed as strict JSON: no Infinity, -Infinity or NaN."""
    def refuse(name):
        raise ValueError('not JSON: ' + name)
    return json.loads(line, parse_constant=refuse)


def one_fffd_per_bad_byte(data):
    """`data` decoded with one U+FFFD for each byte that is not UTF-8, as wirecopy counts characters."""
    out, i = [], 0
    while i < len(data):
        for n in (1, 2, 3, 4):
            try:
                out.append(data[i:i + n].decode('utf-8'))
                i += n
                break
            except UnicodeDecodeError:
                pass
        else:
            out.append('\ufffd')
            i += 1
    return ''.join(out)


def random_number(rng):
    """A JSON number of any size and form: integers and decimals, exponents, -0, beyond every double."""
    digits = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
    whole = rng.choice(['0', rng.choice('123456789') + digits(rng.choice([0, 1, 5, 17, 18, 19, 20, 40, 400]))])
    text = rng.choice(['', '-']) + whole
    if rng.random() < 0.5:
        text += '.' + digits(rng.choice([1, 2, 3, 16, 30]))
    if rng.random() < 0.4:
        text += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.choice([0, 1, 23, 308, 309, 400, 99999]))
    return text


def random_string(rng):
    pieces = ['a', ' ', '\\"', '\\\\', '\\n', '\\u00e9', '\\ud83d\\ude00', '\\/', 'caf\u00e9', '\u201cq\u201d', '1e400']
    return '"%s"' % ''.join(rng.choice(pieces) for _ in range(rng.randrange(6)))


def random_id(rng, depth=0):
    """(kind, JSON text as wirecopy must echo it, blanks to put before it)."""
    kind = rng.choice(['number'] * 4 + ['string', 'null', 'bool', 'array', 'object'])
    if depth > 3 and kind in ('array', 'object'):
        kind = 'number'
    if kind == 'number':
        text = random_number(rng)
    elif kind == 'string':
        text = random_string(rng)
    elif kind == 'null':
        text = 'null'
    elif kind == 'bool':
        text = rng.choice(['true', 'false'])
    else:
        items = [random_id(rng, depth + 1)[1] for _ in range(rng.randrange(4))]
        if kind == 'object':
            items = ['%s:%s' % (random_string(rng), item) for item in items]
        text = ('[%s]' if kind == 'array' else '{%s}') % ','.join(items)
    return kind, text, rng.choice(['', ' ', '\t', ' \r '])


def random_text(rng):
    words = ['LONDON', '(Reuters)', '-', 'said', '"We', 'are', 'done,"', 'she', '\u201cYes\u201d', 'caf\u00e9',
             '\n\n', '\u2014', 'Ann', 'Lee', '\U0001F600', '\t', '\\', '"']
    return ' '.join(rng.choice(words) for _ in range(rng.randrange(40)))


def peak_memory(args, stdin_path):
    """Peak resident memory (bytes) of wirecopy on `args`, read from /proc while it runs (a child's rusage
    would start from this process's own peak)."""
    # AddressSanitizer holds freed memory back (its quarantine, 256 MB), so that under it the peak would
    # follow the bytes freed, not the bytes in flight: the quarantine is turned off for the measurement.
    env = dict(os.environ)
    env['ASAN_OPTIONS'] = ':'.join(filter(None, [env.get('ASAN_OPTIONS'), 'quarantine_size_mb=0']))
    with open(stdin_path, 'rb') as stdin:
        proc = subprocess.Popen([BIN] + args, stdin=stdin, stdout=subprocess.DEVNULL, env=env)
        peak = 0
        while proc.poll() is None:
            try:
                with open('/proc/%d/status' % proc.pid) as status:
                    peak = max([peak] + [int(l.split()[1]) * 1024 for l in status if l.startswith('VmHWM')])
            except (OSError, ValueError, IndexError):
                pass  # the process is ending
            time.sleep(0.005)
    assert proc.returncode == 0 and peak > 0, (args, proc.returncode)
    return peak


class Contract(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path

    def test_file_gives_one_document_with_every_field(self):
        r = run([SAMPLE])
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.decode().splitlines()
        self.assertEqual(len(lines), 1)
        doc = json.loads(lines[0])
        self.assertEqual(doc['source'], SAMPLE)
        for key in ('wire', 'headline', 'deck', 'byline', 'dateline', 'paragraphs', 'quotes', 'contributors',
                    'contacts', 'credits', 'copyright', 'signoff', 'boilerplate', 'diagnostics'):
            self.assertIn(key, doc)
        self.assertEqual(doc['wire'], 'bloomberg')
        check_spans(self, doc, open(SAMPLE, 'rb').read())

    def test_standard_input(self):
        data = open(SAMPLE, 'rb').read()
        for args in ([], ['-']):
            r = run(args, data)
            self.assertEqual(r.returncode, 0)
            self.assertEqual(json.loads(r.stdout)['headline']['text'],
                             'Harbor City Approves Floating Solar Farm Over Fishermen\'s Objections')

    def test_missing_file_is_reported_and_the_others_still_annotated(self):
        r = run([SAMPLE, os.path.join(self.tmp.name, 'missing.txt'), SAMPLE])
        self.assertNotEqual(r.returncode, 0)
        self.assertIn('missing.txt', r.stderr.decode())
        self.assertEqual(len(r.stderr.decode().strip().splitlines()), 1)
        self.assertEqual(len(r.stdout.decode().splitlines()), 2)

    def test_bad_input_gives_valid_json_with_diagnostics(self):
        cases = {'empty.txt': b'', 'binary.bin': bytes(range(256)) * 16,
                 'latin1.txt': b'Headline\n\nLONDON (Reuters) - Caf\xe9 society.\n',
                 'utf16.txt': '\ufeffHeadline\n\nText.'.encode('utf-16-le')}
        for name, data in cases.items():
            with self.subTest(name):
                r = run([self.write(name, data)])
                self.assertEqual(r.returncode, 0, r.stderr)
                doc = json.loads(r.stdout)
                self.assertTrue(doc['diagnostics'], name)

    def test_jsonl_one_line_out_per_line_in_even_when_broken(self):
        story = open(SAMPLE, encoding='utf-8').read()
        lines = [json.dumps({'id': 1, 'text': story}), 'not json', json.dumps([1, 2]),
                 json.dumps({'id': 'x'}), '', json.dumps({'id': {'k': [1]}, 'text': 'T\n\nPARIS (AFP) - x'}),
                 b'{"id": 7, "text": "caf\xe9"}'.decode('latin-1')]
        data = '\n'.join(lines).encode('latin-1', 'surrogateescape') + b'\n'
        r = run(['--jsonl'], data)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual(len(out), len(lines))
        self.assertEqual(out[0]['id'], 1)
        self.assertEqual(out[0]['wire'], 'bloomberg')
        for i in (1, 2, 3, 4):
            self.assertIsNone(out[i]['id'])
            self.assertEqual(out[i]['line'], i + 1)
            self.assertIn('error', out[i])
        self.assertEqual(out[5]['id'], {'k': [1]})
        self.assertEqual(out[5]['wire'], 'afp')
        self.assertIn('error', out[6])  # invalid UTF-8 inside a JSON string

    def test_jsonl_fifty_megabyte_line(self):
        big = 'Headline\n\nLONDON (Reuters) - ' + ('All quiet on the wires today. ' * 1_800_000)
        data = (json.dumps({'id': 'big', 'text': big}) + '\n' + json.dumps({'id': 'small', 'text': 'x'}) + '\n').encode()
        self.assertGreater(len(data), 50_000_000)
        r = run(['--jsonl'], data)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual([o['id'] for o in out], ['big', 'small'])
        self.assertEqual(out[0]['dateline']['agency']['text'], 'Reuters')
        self.assertEqual(out[0]['paragraphs'][-1]['end'], len(big.rstrip().encode()))

    def test_mixed_valid_and_broken_lines_count(self):
        story = json.dumps({'id': 0, 'text': 'T\n\nPARIS (AFP) - "Yes," she said.'})
        broken = ['{"id": 1, "text": ', '{]', '"just a string"', '{"id": 2, "text": "bad \\ud800 surrogate"}',
                  '{"id": 3, "text": null}', 'null', '\x00\x01binary', '{"id": [], "text": "" }']
        lines = [story if i % 2 == 0 else broken[(i // 2) % len(broken)] for i in range(200)]
        r = run(['--jsonl'], ('\n'.join(lines) + '\n').encode('utf-8', 'surrogatepass'))
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode().splitlines()
        self.assertEqual(len(out), len(lines))
        for i, line in enumerate(out):
            doc = json.loads(line)  # always valid JSON
            if i % 2 == 0:
                self.assertEqual(doc['id'], 0)
                self.assertEqual(doc['quotes'][0]['content']['text'], 'Yes,')

    def test_write_errors_are_reported(self):
        if os.path.exists('/dev/full'):
            with open('/dev/full', 'wb') as full:
                r = subprocess.run([BIN, SAMPLE], stdout=full, stderr=subprocess.PIPE, timeout=60)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn('error writing output', r.stderr.decode())
        # A reader that goes away: the annotator stops with a message, not a crash.
        story = json.dumps({'id': 1, 'text': open(SAMPLE, encoding='utf-8').read()}) + '\n'
        proc = subprocess.Popen([BIN, '--jsonl'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        proc.stdout.close()
        _, err = proc.communicate((story * 3000).encode(), timeout=120)
        self.assertNotEqual(proc.returncode, 0)
        self.assertGreater(proc.returncode, 0)  # an exit status, not a signal
        self.assertIn('error writing output', err.decode())

    def test_jsonl_number_ids_are_echoed_as_written_and_never_infinity(self):
        # Forms a double cannot hold, or would write otherwise; and the lines the fast reader used to leave
        # to Boost.JSON (a second "id", an escaped name, deep nesting).
        forms = ['1e400', '-1e400', '18446744073709551616', '1e23', '-0', '1.0', '12.50', '-9223372036854775809',
                 '1E+2', '0.000', '-0.0e-0', '1' * 400]
        lines = ['{"id": %s, "text": "x"}' % f for f in forms]
        expected = list(forms)
        lines += ['{"id": {"k": [1e400, -0]}, "text": "x"}', '{"id": 1, "id": 1e400, "text": "x"}',
                  '{"\\u0069d": 2.50, "text": "x"}',
                  '{"id": %s1e400%s, "text": "x"}' % ('[' * 20, ']' * 20)]
        expected += ['{"k":[1e400,-0]}', '1e400', '2.50', '[' * 20 + '1e400' + ']' * 20]
        data = ('\n'.join(lines) + '\n').encode()
        for threads in ('1', '2'):
            r = run(['--jsonl', '--threads', threads], data)
            self.assertEqual(r.returncode, 0, r.stderr)
            out = r.stdout.decode().splitlines()
            self.assertEqual(len(out), len(lines))
            for line, id_text in zip(out, expected):
                self.assertTrue(line.startswith('{"id":%s,' % id_text), line[:80])
                strict_json(line)

    def test_property_ten_thousand_random_ids_are_echoed_as_strict_json(self):
        rng = random.Random(25)
        lines, ids = [], []
        for i in range(10000):
            kind, id_text, blanks = random_id(rng)
            ids.append((kind, id_text))
            lines.append('{"id":%s%s, "text": %s}' % (blanks, id_text, json.dumps(random_text(rng))))
        data = ('\n'.join(lines) + '\n').encode()
        r = run(['--jsonl'], data)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode('utf-8').split('\n')
        self.assertEqual(out.pop(), '')
        self.assertEqual(len(out), len(lines))
        numbers = 0
        for line, (kind, id_text) in zip(out, ids):
            doc = strict_json(line)
            self.assertNotIn('error', doc, line[:200])
            self.assertTrue(line.startswith('{"id":%s,' % id_text), (id_text, line[:200]))  # byte for byte
            if kind != 'number':
                self.assertEqual(doc['id'], strict_json(id_text))
            numbers += kind == 'number'
        self.assertGreater(numbers, 3000)
        self.assertEqual(run(['--jsonl', '--threads', '2'], data).stdout, r.stdout)

    def test_a_file_name_that_is_not_utf8_is_replaced_and_diagnosed(self):
        path = os.path.join(self.tmp.name.encode(), b'caf\xe9 \xff.txt')
        with open(path, 'wb') as f:
            f.write(open(SAMPLE, 'rb').read())
        r = subprocess.run([BIN.encode(), path], capture_output=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = strict_json(r.stdout.decode('utf-8'))  # strict UTF-8: no raw byte of the name
        self.assertEqual(doc['source'], self.tmp.name + '/caf\ufffd \ufffd.txt')
        self.assertIn('invalid_utf8', [d['code'] for d in doc['diagnostics']])
        self.assertIn('file name', ' '.join(d['message'] for d in doc['diagnostics']))
        self.assertEqual(doc['wire'], 'bloomberg')

    def test_help_and_version_that_cannot_be_written_exit_3(self):
        if not os.path.exists('/dev/full'):
            self.skipTest('no /dev/full')
        for option in ('--help', '--version'):
            with open('/dev/full', 'wb') as full:
                r = subprocess.run([BIN, option], stdout=full, stderr=subprocess.PIPE, timeout=60)
            self.assertEqual(r.returncode, 3, option)
            self.assertIn('error writing output', r.stderr.decode())

    def test_standard_input_that_cannot_be_read_exits_1_in_file_mode_as_in_jsonl(self):
        for args in ([], ['-'], ['--jsonl']):
            directory = os.open(self.tmp.name, os.O_RDONLY)  # reading a directory fails with EISDIR
            try:
                r = subprocess.run([BIN] + args, stdin=directory, capture_output=True, timeout=60)
            finally:
                os.close(directory)
            self.assertEqual(r.returncode, 1, args)
            self.assertIn('standard input', r.stderr.decode())
            self.assertEqual(r.stdout, b'', args)

    def test_memory_follows_the_bytes_in_flight_not_the_records(self):
        # Five records of 8 MB: a bound on the records in flight let two threads hold them all (1.9 times the
        # peak of one thread); a bound on the bytes keeps one in flight. Peak memory is read from /proc.
        if not os.path.exists('/proc/self/status'):
            self.skipTest('no /proc')
        story = open(SAMPLE, encoding='utf-8').read()
        record = json.dumps({'id': 0, 'text': '\n\n'.join([story] * (8_000_000 // len(story)))}) + '\n'
        path = self.write('large.jsonl', (record * 5).encode())
        one, two = (peak_memory(['--jsonl', '--threads', threads], path) for threads in ('1', '2'))
        self.assertLess(two, 1.5 * one, 'peak %.1f MB on two threads, %.1f MB on one' % (two / 1e6, one / 1e6))

    def test_nitf_is_well_formed_and_escaped(self):
        if not shutil.which('xmllint'):
            self.skipTest('xmllint is not installed')
        story = self.write('tricky.txt', 'Fish & Chips <Inc> \x01 "Up" 10%\n\nLONDON (Reuters) - A & B said '
                           '\u201c<x> & \u2018y\u2019\u201d here.\n\n(c) Reuters Limited 1996\n'.encode() + b'\xff')
        r = run(['--format', 'nitf', story])
        self.assertEqual(r.returncode, 0, r.stderr)
        check = subprocess.run(['xmllint', '--noout', '-'], input=r.stdout, capture_output=True)
        self.assertEqual(check.returncode, 0, check.stderr.decode())
        self.assertIn(b'Fish &amp; Chips &lt;Inc&gt;', r.stdout)

    def test_nitf_of_the_seed_story_validates_against_the_dtd(self):
        if not (os.path.exists(SEED) and os.path.exists(DTD)):
            self.skipTest('../shared is absent')
        if not shutil.which('xmllint'):
            self.skipTest('xmllint is not installed')
        for story in (SEED, SAMPLE):
            r = run(['--format', 'nitf', story])
            self.assertEqual(r.returncode, 0, r.stderr)
            out = self.write('story.xml', r.stdout)
            check = subprocess.run(['xmllint', '--noout', '--dtdvalid', DTD, out], capture_output=True)
            self.assertEqual(check.returncode, 0, check.stderr.decode())
            xml = r.stdout.decode()
            self.assertIn('<hl1>', xml)
            self.assertIn('<copyrite.year>', xml)
            self.assertIn('quote-source="', xml)

    def test_brat_round_trip_in_characters(self):
        story = SEED if os.path.exists(SEED) else SAMPLE
        out = os.path.join(self.tmp.name, 'brat')
        r = run(['--format', 'brat', '--out', out, story])
        self.assertEqual(r.returncode, 0, r.stderr)
        base = os.path.join(out, os.path.splitext(os.path.basename(story))[0])
        text = open(base + '.txt', encoding='utf-8').read()
        self.assertEqual(text.encode(), open(story, 'rb').read())
        self.assertTrue(os.path.exists(os.path.join(out, 'annotation.conf')))
        spans, kinds, non_ascii = 0, set(), 0
        ids = set()
        for line in open(base + '.ann', encoding='utf-8'):
            fields = line.rstrip('\n').split('\t')
            if line.startswith('T'):
                kind, *ranges = fields[1].replace(';', ' ').split(' ')
                pieces = [text[int(b):int(e)] for b, e in zip(ranges[::2], ranges[1::2])]
                self.assertEqual(' '.join(pieces), fields[2], line)
                spans += 1
                kinds.add(kind)
                ids.add(fields[0])
                non_ascii += any(ord(c) > 127 for c in fields[2])
            elif line.startswith('R'):
                _, arg1, arg2 = fields[1].split(' ')
                self.assertIn(arg1.split(':')[1], ids)
                self.assertIn(arg2.split(':')[1], ids)
        self.assertGreater(spans, 10)
        self.assertGreater(non_ascii, 0)  # offsets in characters, not bytes, past non-ASCII text
        self.assertTrue({'Headline', 'Quote', 'Speaker', 'Cue', 'Contact', 'Email', 'Copyright'} <= kinds, kinds)
        # For one input without --out the .ann goes to standard output.
        r = run(['--format', 'brat', story])
        self.assertEqual(r.stdout.decode(), open(base + '.ann', encoding='utf-8').read())

    def test_brat_of_a_story_with_invalid_utf8_is_utf8_with_offsets_unchanged(self):
        data = b'Caf\xe9 \xe2\x80 Owners Sell \xc3\xa9\n\nLONDON (Reuters) - "We sold \xff it," Ann Lee said.\n'
        story = self.write('bad.txt', data)
        text = one_fffd_per_bad_byte(data)
        out = os.path.join(self.tmp.name, 'brat')
        r = run(['--format', 'brat', '--out', out, story])
        self.assertEqual(r.returncode, 0, r.stderr)
        ann = open(os.path.join(out, 'bad.ann'), 'rb').read().decode('utf-8')  # strict UTF-8
        self.assertEqual(open(os.path.join(out, 'bad.txt'), 'rb').read().decode('utf-8'), text)
        self.assertEqual(run(['--format', 'brat', story]).stdout.decode('utf-8'), ann)
        kinds = {}
        for line in ann.splitlines():
            fields = line.split('\t')
            if line.startswith('T'):
                kind, *ranges = fields[1].replace(';', ' ').split(' ')
                pieces = [text[int(b):int(e)] for b, e in zip(ranges[::2], ranges[1::2])]
                self.assertEqual(' '.join(pieces), fields[2], line)
                kinds[kind] = fields[2]
        self.assertEqual(kinds['Headline'], 'Caf\ufffd \ufffd\ufffd Owners Sell \u00e9')
        self.assertIn('\ufffd', kinds['Quote'])
        self.assertEqual(kinds['Speaker'], 'Ann Lee')

    def test_terminal_view_colours_only_when_asked(self):
        labels = ['[headline]', '[deck]', '[dateline]', 'quote, direct', '[contact]', '[copyright]', '[boilerplate]']
        r = run(['--format=text', '--color=always', SAMPLE])
        self.assertEqual(r.returncode, 0, r.stderr)
        coloured = r.stdout.decode()
        self.assertRegex(coloured, ANSI)
        for label in labels:
            self.assertIn(label, coloured)
        r = run(['--format=text', '--color=never', SAMPLE])
        plain = r.stdout.decode()
        self.assertNotIn('\x1b', plain)
        for label in labels:
            self.assertIn(label, plain)
        self.assertEqual(ANSI.sub('', coloured), plain)
        self.assertNotIn('\x1b', run(['--format=text', SAMPLE]).stdout.decode())  # auto: not a terminal

    def test_directories_glob_and_out(self):
        tree = os.path.join(self.tmp.name, 'tree')
        os.makedirs(os.path.join(tree, 'a/b'))
        shutil.copy(SAMPLE, os.path.join(tree, 'one.txt'))
        shutil.copy(SAMPLE, os.path.join(tree, 'a/b/two.txt'))
        shutil.copy(SAMPLE, os.path.join(tree, 'a/skip.md'))
        r = run([tree])
        self.assertEqual([json.loads(l)['source'] for l in r.stdout.decode().splitlines()],
                         [os.path.join(tree, 'a/b/two.txt'), os.path.join(tree, 'one.txt')])
        r = run(['--glob', '*.md', tree])
        self.assertEqual(len(r.stdout.decode().splitlines()), 1)
        out = os.path.join(self.tmp.name, 'nitf')
        r = run(['--format', 'nitf', '--out', out, '--threads', '2', tree])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.path.exists(os.path.join(out, 'a/b/two.xml')))
        self.assertTrue(os.path.exists(os.path.join(out, 'one.xml')))

    def test_ten_thousand_stories_on_two_threads_keep_their_order(self):
        story = open(SAMPLE, encoding='utf-8').read()
        lines = ''.join(json.dumps({'id': i, 'text': story if i % 3 else 'T\n\nPARIS (AFP) - %d' % i}) + '\n'
                        for i in range(10000))
        r = run(['--jsonl', '--threads', '2'], lines.encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode().splitlines()
        self.assertEqual(len(out), 10000)
        self.assertEqual([json.loads(l)['id'] for l in out], list(range(10000)))
        single = run(['--jsonl'], lines.encode())
        self.assertEqual(single.stdout, r.stdout)

    def test_quotes_modes(self):
        docs = {}
        for mode in ('full', 'local', 'off'):
            r = run(['--quotes', mode, SAMPLE])
            self.assertEqual(r.returncode, 0, r.stderr)
            docs[mode] = json.loads(r.stdout)
        self.assertTrue(docs['full']['quotes'])
        self.assertEqual([q['content'] for q in docs['local']['quotes']],
                         [q['content'] for q in docs['full']['quotes']])
        self.assertEqual(docs['off']['quotes'], [])
        for key in ('headline', 'dateline', 'paragraphs', 'contacts', 'copyright'):
            self.assertEqual(docs['off'][key], docs['full'][key])
        r = run(['--quotes', 'some', SAMPLE])
        self.assertEqual(r.returncode, 2)
        self.assertIn('--quotes', r.stderr.decode())

    def test_help_and_version(self):
        r = run(['--help'])
        self.assertEqual(r.returncode, 0)
        self.assertIn('--jsonl', r.stdout.decode())
        r = run(['--version'])
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout.decode(), r'^wirecopy \d+\.\d+\.\d+')

    def test_unknown_option(self):
        r = run(['--frobnicate'])
        self.assertEqual(r.returncode, 2)
        self.assertIn('--frobnicate', r.stderr.decode())


if __name__ == '__main__':
    unittest.main(argv=sys.argv[:1], verbosity=2)
