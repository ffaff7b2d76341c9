"""The errors that end a run with one line and exit status 2, in a module of their own so that
the command line can catch them before it imports anything heavy."""

from __future__ import annotations


class CasecheckError(Exception):
    """Something the user gave cannot be used at all: a flag, a file, a pack, a plugin."""


class UsageError(CasecheckError):
    """The command line names something that cannot be checked at all (exit status 2)."""


class CatalogError(CasecheckError):
    """The shipped catalog or a plugin's catalog is malformed."""


class PluginError(CatalogError):
    """An installed plugin cannot be used: it fails to import, or clashes with another."""


class PackError(CasecheckError):
    """A rule pack is malformed. The message names the file and the key."""


class ConfigError(CasecheckError):
    """A configuration file is malformed. The message names the file and the key."""
