"""RiskDesk: case records, structured assessments and action plans for crime prevention."""


def __getattr__(name: str) -> str:
    # Read from the installed distribution's metadata on first use, not on import:
    # importlib.metadata (with email and zipfile) cost the unlock dialog's first paint
    # 50-90 ms, and only the version report, backups and migrations ever ask.
    if name != "__version__":
        raise AttributeError(f"module 'riskdesk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("riskdesk")
    except PackageNotFoundError:
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
