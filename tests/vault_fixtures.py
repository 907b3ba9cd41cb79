"""Shared by the vault-using tests: the cheap KDF cost and the demo password."""

from riskdesk.store.key_slots import KdfCost

# The KDF cost is a true port: production uses the OWASP-grade default, tests a cheap one.
CHEAP_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)
PASSWORD = "correct horse"
DEMO_PERSONS = 40
