"""The rules: one module per family, one function per concern, each made a checker with
``@casecheck.engine.checker``. They are put in order, with the plugins', in
:mod:`casecheck.registry`."""
