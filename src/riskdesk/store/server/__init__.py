"""The team server: RiskDesk over PostgreSQL (docs/TEAM-SERVER.md)."""
