"""Desktop OMS: order management for a small Korean online shop."""

__version__ = "0.1.0"
APP_NAME = "DesktopOMS"
APP_AUTHOR = "DesktopOMS"
