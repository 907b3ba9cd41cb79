-- The owner joined riskdesk_security (10_roles.sql) only to hand it the functions.
-- riskdesk_security is a member of every group role (WITH ADMIN OPTION makes it one on
-- PostgreSQL 15), so an owner left in it would count as a RiskDesk user everywhere
-- pg_has_role asks, the audit function's check included. Every run of the scripts
-- ends here, so the owner never stays.
REVOKE riskdesk_security FROM CURRENT_USER;
