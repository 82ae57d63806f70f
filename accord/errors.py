"""Accord's errors: each message names the input and what was expected."""


class AccordError(Exception):
    """Base of every error Accord raises on purpose."""


class InputError(AccordError):
    """An input file, line or field cannot be read as an article.

    `where` names the place for people ("feed.xml entry 3"); `source` (the file path or
    URL) and `position` (its line or row number, a WARC record's byte offset, a feed
    entry's number; None for a whole file) name it apart, for a failures table.
    """

    def __init__(self, where: str, problem: str, *, source: str | None = None, position: int | None = None) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem
        self.source = where if source is None else source
        self.position = position


class KnowledgeError(AccordError):
    """A knowledge data file is malformed."""


class GoldError(AccordError):
    """A gold annotation file is malformed."""
