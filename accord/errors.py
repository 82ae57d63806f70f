"""Accord's errors: each message names the input and what was expected."""


class AccordError(Exception):
    """Base of every error Accord raises on purpose."""


class InputError(AccordError):
    """An input file, line or field cannot be read as an article."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class KnowledgeError(AccordError):
    """A knowledge data file is malformed."""


class GoldError(AccordError):
    """A gold annotation file is malformed."""
