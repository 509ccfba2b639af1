-- A person's page (issue 16): HR reads the history of one person's rows (identity, contracts,
-- assignments, recruitment stages) from the audit trail, which only masante_admin reads.
-- `person_audit` shows those four tables' entries and nothing else, with the person each is
-- about; it is read-only for everyone (a plain view would let its readers insert into the
-- trail through it). Managers and the Region get nothing here.

SET LOCAL ROLE masante_owner;

CREATE VIEW public.person_audit WITH (security_barrier) AS
SELECT a.id, a.changed_at, a.login, a.acting_role, a.table_name, a.operation, a.row_key, a.before, a.after,
       CASE WHEN a.table_name = 'people' THEN (a.row_key ->> 'id')::bigint
            ELSE (coalesce(a.after, a.before) ->> 'person_id')::bigint
       END AS person_id
FROM public.audit_log a
WHERE a.table_name IN ('people', 'contracts', 'assignments', 'recruitment_events');
COMMENT ON VIEW public.person_audit IS 'Historique des lignes d''une personne (identité, contrats, affectations, étapes), pour sa fiche.';

REVOKE ALL ON public.person_audit FROM masante_admin;
GRANT SELECT ON public.person_audit TO masante_admin, masante_rh;
