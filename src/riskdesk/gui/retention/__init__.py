"""The "Sletning" page: what the retention rules make due, and a supervisor's approval."""
