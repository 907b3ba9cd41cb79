"""The bundle's entry point: the ``riskdesk`` command, the GUI without arguments."""

import sys

from riskdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
