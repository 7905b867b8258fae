"""Entry script for the frozen bundle: PyInstaller needs a file; the app's real start is main()."""

import sys

from trustdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
