"""One reader per input format, each yielding `Article` records; `accord.read` picks one
by suffix. The readers of CSV, HTML, WARC and feeds import their libraries only when a
file of their format is read."""
