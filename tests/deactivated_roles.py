"""Deactivated RiskDesk users' roles, which cannot log in: the cluster's clean-up of login
roles (pg_cluster.drop_login_roles) leaves them, and the next test may want the name."""

from __future__ import annotations

from psycopg import sql

from pg_cluster import Cluster


def drop_deactivated_roles(cluster: Cluster) -> None:
    with cluster.connect() as connection:
        names = connection.execute(
            "SELECT rolname FROM pg_roles WHERE NOT rolcanlogin "
            "AND pg_has_role(oid, 'riskdesk_user', 'MEMBER') AND rolname NOT LIKE 'riskdesk\\_%'"
        ).fetchall()
        for (name,) in names:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
