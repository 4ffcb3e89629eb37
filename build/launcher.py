"""Entry script of the frozen build (see build/hashpledge.spec): the same ``main`` as ``hashpledge``."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
