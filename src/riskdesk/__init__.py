"""RiskDesk: case records, structured assessments and action plans for crime prevention."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("riskdesk")
except PackageNotFoundError:
    __version__ = "0.0.0+unknown"
