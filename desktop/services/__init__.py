"""Services: the outside world (bundled data, files, HTTP, PDF, packages) and use cases shared by GUI and CLI."""
