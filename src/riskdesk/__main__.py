import sys

from riskdesk.cli import main

sys.exit(main())
