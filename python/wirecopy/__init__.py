"""wirecopy: annotates press-wire copy as a typed document whose every part is a span of the text.

    >>> import wirecopy
    >>> doc = wirecopy.parse(text)
    >>> doc.dateline.agency.text, [(q.speaker_name, q.content.text) for q in doc.quotes]

Spans carry `begin`/`end` in characters of the Python string (so `text[s.begin:s.end] == s.text`) and
`byte_begin`/`byte_end` in bytes of its UTF-8 form, as the CLI writes them. `Document.to_dict()` has the
content of the CLI's JSON. `parse_many(texts, threads=N)` annotates without holding the GIL.
`wirecopy.dask` annotates JSON Lines corpora on a Dask cluster.
"""
from ._wirecopy import (Byline, Contact, Copyright, Credit, Dateline, Diagnostic, Document, Headline, Person,
                        Quote, Span, __version__, parse, parse_many)

__all__ = ['parse', 'parse_many', 'Document', 'Span', 'Person', 'Headline', 'Dateline', 'Byline', 'Quote',
           'Contact', 'Credit', 'Copyright', 'Diagnostic', '__version__']
