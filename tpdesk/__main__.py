"""`python -m tpdesk`, and the entry point of the frozen bundle."""

import sys

from tpdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
