"""One function per user action; the GUI, the command line and the tests all call these."""
