import sys

from mailservice.cli import main

sys.exit(main())
