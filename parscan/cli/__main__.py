"""`python -m parscan.cli ...`: the same as the `parscan` command."""

from parscan.cli import main

main()
