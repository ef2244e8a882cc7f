"""Annotating JSON Lines corpora on a Dask cluster, one story per record, with the CLI's output.

    from dask.distributed import Client
    import wirecopy.dask
    client = Client("tcp://scheduler:8786")            # or a LocalCluster
    wirecopy.dask.annotate_jsonl("corpus/*.jsonl", "annotated/")

Each input record is {"id": ..., "text": "..."}; each output record is what `wirecopy --jsonl` writes for
it: {"id", "wire", "headline", ...}, or {"id": null, "error": ..., "line": N} for a record that is not
such an object (N counts the lines of its file). Outputs are partitioned like the inputs: one output file
per input file, in the same order.
"""
import json

import wirecopy


def annotate_line(line, number=0, style="any"):
    """One JSON Lines record in, the CLI's output record (a dict) out."""
    try:
        record = json.loads(line)
    except ValueError as e:
        return {"id": None, "error": "malformed JSON: %s" % e, "line": number}
    if not isinstance(record, dict):
        return {"id": None, "error": "the line is not a JSON object", "line": number}
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": None, "error": 'no "text" string in the object', "line": number}
    out = {"id": record.get("id")}
    out.update(wirecopy.parse(text, style=style).to_dict())
    return out


def _annotate_partition(lines, style):
    return [json.dumps(annotate_line(line, n, style), ensure_ascii=False) for n, line in enumerate(lines, 1)]


def annotate_bag(lines, style="any"):
    """A dask.bag of JSON Lines strings (one partition per file) → a bag of output JSON strings."""
    return lines.map_partitions(_annotate_partition, style)


def annotate_jsonl(inputs, output_dir, style="any"):
    """Annotates the JSON Lines files `inputs` (a glob or a list) into `output_dir`, one file per input,
    on the current Dask client (or the local scheduler). Returns the output file names."""
    import dask.bag as db
    lines = db.read_text(inputs, blocksize=None, linedelimiter="\n").map(lambda l: l.rstrip("\n"))
    lines = lines.filter(lambda l: l != "")
    # last_endline: dask ends a file's last record without one, and a line that does not end is not a
    # line to `wc -l`, `cat a b` or a reader that splits on "\n".
    return annotate_bag(lines, style).to_textfiles(output_dir.rstrip("/") + "/*.jsonl", last_endline=True)
