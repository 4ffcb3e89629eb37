"""Domain errors carry an English message template and its parameters.

The template is what translators see (desktop/i18n.py lists them for Qt's lupdate); ``str(exc)`` gives
the English sentence for logs and the CLI.
"""

from __future__ import annotations


class DomainError(ValueError):
    def __init__(self, template: str, *params: object):
        self.template = template
        self.params = params
        super().__init__(template.format(*params))
