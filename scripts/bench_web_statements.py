#!/usr/bin/env python3
"""Reads a PostgreSQL log (stderr format, log_min_duration_statement = 0) on standard input and
writes the statements it shows as a pgbench script: the simple-protocol statements and the
executions of the extended protocol, in order, each with its logged parameters written in place
as literals. Used by scripts/bench-web to replay one page's SQL."""
import re
import sys

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
STATEMENT = re.compile(r"\bLOG:  duration: [\d.]+ ms  (?:statement|execute [^:]*): (.*)$")
PARAMETERS = re.compile(r"\bDETAIL:  [Pp]arameters: (.*)$")
VALUE = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def records(lines):
    """[statement, parameters] of each logged statement or execution, continuation lines joined.
    A DETAIL line belongs to the log entry just before it (a bind's is skipped with the bind)."""
    kept = []
    last_kept = False  # whether the latest log entry is one of `kept`
    for raw in lines:
        line = raw.rstrip("\n")
        if not LINE.match(line):
            if last_kept:
                kept[-1][0] += "\n" + line
            continue
        found = STATEMENT.search(line)
        if found:
            kept.append([found.group(1), {}])
            last_kept = True
            continue
        found = PARAMETERS.search(line)
        if found and last_kept:
            kept[-1][1] = dict((int(n), v) for n, v in VALUE.findall(found.group(1)))
            continue
        last_kept = False
    return kept


def main():
    seen = []
    for text, parameters in records(sys.stdin):
        for number in sorted(parameters, reverse=True):
            text = re.sub(r"\$%d(?!\d)" % number, lambda _: parameters[number], text)
        seen.append(text.strip().rstrip(";") + ";")
    sys.stdout.write("\n".join(seen) + ("\n" if seen else ""))


if __name__ == "__main__":
    main()
