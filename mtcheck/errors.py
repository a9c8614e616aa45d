"""Errors that end a run with exit code 2 and one clear line on stderr."""


class MtcheckError(Exception):
    """Bad usage or bad input: the CLI prints ``str(err)`` on one line and exits 2."""


class InputError(MtcheckError):
    """A file the user gave cannot be used (missing, binary, undecodable, malformed ...)."""

    def __init__(self, path: object, problem: str) -> None:
        from .fsutil import under_cwd  # fsutil imports this module
        # named as the user would type it: a file inside the working folder, relative
        self.path = under_cwd(str(path)) or str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ConfigError(MtcheckError):
    """A configuration file or option is wrong."""
